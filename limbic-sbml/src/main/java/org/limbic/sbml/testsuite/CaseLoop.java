package org.limbic.sbml.testsuite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * What every SBML Test Suite runner does the same way (the suite's layout, sbml-test-suite
 * cases/README): a folder of NNNNN case folders, each with NNNNN-model.m (tags and test type),
 * NNNNN-settings.txt, NNNNN-results.csv and one NNNNN-sbml-lXvY.xml per Level/Version. The loop
 * reads each case's description, skips a test type the runner does not judge, finds the SBML file,
 * hands the case to the runner's {@link Judge}, times it and reports the results in case order. A
 * problem of the case itself (an unreadable file, a crash) becomes a fail, never an exception.
 */
final class CaseLoop {

  /** Files in order of preference: the newest Level/Version expresses the model most directly. */
  private static final List<String> LEVELS = List.of("l3v2", "l3v1", "l2v5", "l2v4", "l2v3", "l2v2", "l2v1", "l1v2", "l1v1");

  /** One case's folder and files. */
  record Case(String id, Path dir) {

    Path description() {
      return dir.resolve(id + "-model.m");
    }

    Path settings() {
      return dir.resolve(id + "-settings.txt");
    }

    Path results() {
      return dir.resolve(id + "-results.csv");
    }

    /** The SBML file in the newest Level/Version the case comes in. */
    Optional<Path> model() {
      return LEVELS.stream().map(l -> dir.resolve(id + "-sbml-" + l + ".xml")).filter(Files::exists).findFirst();
    }
  }

  /** A runner's judgement of one case: the outcome and its detail (see {@link CaseResult#detail()}). */
  record Verdict(CaseResult.Outcome outcome, String detail) {

    static Verdict pass(String detail) {
      return new Verdict(CaseResult.Outcome.PASS, detail);
    }

    static Verdict fail(String detail) {
      return new Verdict(CaseResult.Outcome.FAIL, detail);
    }

    static Verdict skip(String reason) {
      return new Verdict(CaseResult.Outcome.SKIP, reason);
    }
  }

  /** Judges a case of the runner's test type whose SBML file exists; an IOException is the case's fail. */
  @FunctionalInterface
  interface Judge {
    Verdict judge(Case c, Path model) throws IOException;
  }

  private final Path root;
  private final String testType;
  private final String otherTypes;
  private final Judge judge;

  /**
   * @param testType the test type (model.m {@code testType}) the judge handles; others are skipped
   * @param otherTypes why the others are skipped, e.g. "time courses only"
   */
  CaseLoop(Path root, String testType, String otherTypes, Judge judge) {
    this.root = root;
    this.testType = testType;
    this.otherTypes = otherTypes;
    this.judge = judge;
  }

  /** The case ids (five-digit folder names) under the root, sorted. */
  List<String> caseIds() throws IOException {
    try (Stream<Path> dirs = Files.list(root)) {
      return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d{5}")).sorted().toList();
    }
  }

  Case at(String id) {
    return new Case(id, root.resolve(id));
  }

  /** Runs {@code parallelCases} cases at a time, reporting each result in case order as soon as it and all earlier ones are done. */
  TestSuiteSummary run(List<String> ids, int parallelCases, Consumer<CaseResult> onResult) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, parallelCases));
    try {
      List<Future<CaseResult>> futures = new ArrayList<>();
      for (String id : ids) {
        futures.add(pool.submit(() -> runCase(id)));
      }
      List<CaseResult> results = new ArrayList<>();
      for (Future<CaseResult> f : futures) {
        CaseResult r = f.get();
        results.add(r);
        onResult.accept(r);
      }
      return new TestSuiteSummary(results);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running the SBML Test Suite", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a test-suite case crashed the runner", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Runs one case; never throws for a problem of the case itself (that is a fail or a skip). */
  CaseResult runCase(String id) {
    long start = System.nanoTime();
    Case c = at(id);
    CaseDescription description;
    try {
      description = CaseDescription.read(c.description());
    } catch (IOException e) {
      return new CaseResult(id, CaseResult.Outcome.FAIL, "cannot read the case description: " + e.getMessage(), List.of(), List.of(),
          System.nanoTime() - start);
    }
    Verdict v;
    try {
      v = judge(c, description);
    } catch (IOException e) {
      v = Verdict.fail(e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      // a stack overflow is an unbounded recursion of one case's model: that case fails, the suite goes on
      StackTraceElement where = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
      v = Verdict.fail("crash: " + e + (where == null ? "" : " at " + where));
    }
    return new CaseResult(id, v.outcome(), v.detail(), description.componentTags(), description.testTags(), System.nanoTime() - start);
  }

  private Verdict judge(Case c, CaseDescription description) throws IOException {
    if (!description.testType().equals(testType)) {
      return Verdict.skip("test type " + description.testType() + " is not supported (" + otherTypes + ")");
    }
    Optional<Path> model = c.model();
    if (model.isEmpty()) {
      return Verdict.fail("no SBML file in " + c.dir());
    }
    return judge.judge(c, model.get());
  }
}
