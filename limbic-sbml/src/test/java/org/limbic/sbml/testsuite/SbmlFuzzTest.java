package org.limbic.sbml.testsuite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limbic.model.Model;
import org.limbic.model.ModelException;
import org.limbic.sbml.SbmlImporter;
import org.limbic.sbml.UnsupportedSbmlException;
import org.limbic.solve.SolverException;

/**
 * Mutated test-suite cases (issue #14): each of {@value #MUTANTS} seeded mutants of SBML Test
 * Suite files (every level and version the suite has) is imported and simulated to its case's
 * settings, and judged by libSBML's validator. No mutant may crash (a throwable other than the
 * library's refusals), hang (over {@value #HANG_SECONDS} s), or be simulated where libSBML reports
 * an error. Skipped, with a message, without the suite or libSBML (Debian {@code python3-sbml5}).
 */
class SbmlFuzzTest {

  static final int MUTANTS = 600;
  /** The slowest passing suite case simulates in well under a second; 20 s is a hang, not a slow case. */
  static final int HANG_SECONDS = 20;
  private static final long SEED = 20261202L;
  private static final int FILES_PER_VALIDATION = 200;
  static final String LIBSBML_CRASHED = "libSBML's validator crashed reading it";
  private static final String PYTHON = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";

  enum Outcome { SIMULATED, REFUSED, CRASHED, HUNG }

  record Trial(Path file, Path settings, String source, String mutation) {
  }

  @Test
  void mutantsAreRefusedOrSimulatedAndNeverCrashHangOrPassInvalidSbml(@TempDir Path dir) throws Exception {
    Path suite = SbmlTestSuiteTest.findSuite();
    Assumptions.assumeTrue(suite != null, "SBML Test Suite not found at ../shared/sbml-test-suite/semantic; skipping the SBML fuzz test");
    Assumptions.assumeTrue(libSbmlAvailable(), PYTHON + " cannot import libsbml (Debian: apt-get install -y python3-sbml5);"
        + " skipping the SBML fuzz test, which libSBML judges");
    // LIMBIC_FUZZ_KEEP=DIR keeps the mutants there, to look at a failure
    String keep = System.getenv("LIMBIC_FUZZ_KEEP");
    if (keep != null) {
      dir = Files.createDirectories(Path.of(keep));
    }
    List<Trial> trials = mutants(suite, dir);
    Map<Path, String> invalid = libSbmlErrors(trials);

    Map<Outcome, Integer> counts = new HashMap<>();
    int simulatedInvalid = 0;
    int libSbmlCrashes = 0;
    List<String> failures = new ArrayList<>();
    List<String> refusedValid = new ArrayList<>();
    ExecutorService worker = newWorker();
    try {
      for (Trial t : trials) {
        Outcome outcome;
        String detail = "";
        Future<?> run = worker.submit(() -> {
          importAndSimulate(t);
          return null;
        });
        try {
          run.get(HANG_SECONDS, TimeUnit.SECONDS);
          outcome = Outcome.SIMULATED;
        } catch (TimeoutException e) {
          run.cancel(true);
          worker.shutdownNow();
          worker = newWorker();
          outcome = Outcome.HUNG;
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          outcome = refusal(cause) ? Outcome.REFUSED : Outcome.CRASHED;
          detail = cause.toString();
        }
        counts.merge(outcome, 1, Integer::sum);
        String libSbml = invalid.get(t.file());
        if (LIBSBML_CRASHED.equals(libSbml)) {
          libSbmlCrashes++;
        }
        if (outcome == Outcome.SIMULATED && libSbml != null && !LIBSBML_CRASHED.equals(libSbml)) {
          simulatedInvalid++;
          failures.add(t.file().getFileName() + " (" + t.source() + ", " + t.mutation() + "): simulated, but libSBML: " + libSbml);
        } else if (outcome == Outcome.REFUSED && libSbml == null) {
          refusedValid.add(t.file().getFileName() + " (" + t.mutation() + "): " + detail);
        } else if (outcome == Outcome.CRASHED || outcome == Outcome.HUNG) {
          failures.add(t.file().getFileName() + " (" + t.source() + ", " + t.mutation() + "): " + outcome + " " + detail);
        }
      }
    } finally {
      worker.shutdownNow();
    }
    System.out.printf("SBML fuzz: %d mutants (seed %d), libSBML errors in %d (it crashed on %d); simulated %d, refused %d, crashed %d, hung %d;"
            + " simulated although libSBML reports an error: %d; refused although libSBML reports none: %d%n", trials.size(),
        SEED, invalid.size() - libSbmlCrashes, libSbmlCrashes, counts.getOrDefault(Outcome.SIMULATED, 0), counts.getOrDefault(Outcome.REFUSED, 0),
        counts.getOrDefault(Outcome.CRASHED, 0), counts.getOrDefault(Outcome.HUNG, 0), simulatedInvalid, refusedValid.size());
    if (keep != null) {
      Files.write(dir.resolve("refused-valid.txt"), refusedValid);
    }
    assertThat(failures).as("mutants that crashed, hung or were simulated although invalid").isEmpty();
  }

  private static void importAndSimulate(Trial t) throws IOException {
    Model model = SbmlImporter.read(t.file());
    SbmlTestSuite.simulate(model, CaseSettings.read(t.settings()));
  }

  /** The library's ways of refusing an input: each says what and where. */
  private static boolean refusal(Throwable e) {
    return e instanceof UnsupportedSbmlException || e instanceof ModelException || e instanceof IOException
        || e instanceof UncheckedIOException || e instanceof IllegalArgumentException || e instanceof SolverException;
  }

  private static List<Trial> mutants(Path suite, Path dir) throws IOException {
    List<Path> cases;
    try (Stream<Path> s = Files.list(suite)) {
      cases = s.filter(p -> p.getFileName().toString().matches("\\d{5}")).sorted().toList();
    }
    SplittableRandom random = new SplittableRandom(SEED);
    List<Trial> trials = new ArrayList<>();
    while (trials.size() < MUTANTS) {
      Path c = cases.get(random.nextInt(cases.size()));
      String id = c.getFileName().toString();
      Path settings = c.resolve(id + "-settings.txt");
      List<Path> files;
      try (Stream<Path> s = Files.list(c)) {
        files = s.filter(p -> p.getFileName().toString().matches(id + "-sbml-l\\dv\\d\\.xml")).sorted().toList();
      }
      if (files.isEmpty() || !Files.exists(settings)) {
        continue;
      }
      Path source = files.get(random.nextInt(files.size()));
      SbmlMutator.Mutant m = SbmlMutator.mutate(Files.readString(source), random);
      Path file = dir.resolve(String.format("m%04d-%s", trials.size(), source.getFileName()));
      Files.writeString(file, m.text());
      trials.add(new Trial(file, settings, source.getFileName().toString(), m.mutation()));
    }
    return trials;
  }

  /**
   * libSBML's verdict per file: its first error, or absent for a file without errors. libSBML's
   * Python binding crashes (a segmentation fault) on some mutants; such a file is judged
   * {@link #LIBSBML_CRASHED} and the rest of its batch validated again.
   */
  private static Map<Path, String> libSbmlErrors(List<Trial> trials) throws IOException, InterruptedException, URISyntaxException {
    Path script = Path.of(SbmlFuzzTest.class.getResource("/sbml-validate.py").toURI());
    Map<Path, String> errors = new HashMap<>();
    List<Path> pending = new ArrayList<>(trials.stream().map(Trial::file).toList());
    while (!pending.isEmpty()) {
      List<Path> batch = pending.subList(0, Math.min(pending.size(), FILES_PER_VALIDATION));
      List<String> command = new ArrayList<>(List.of(PYTHON, script.toString(), "--quiet", "--each"));
      batch.forEach(f -> command.add(f.toString()));
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(300, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("libSBML's validator did not finish in 300 s");
      }
      int checked = 0;
      for (String line : out.lines().toList()) {
        int colon = line.indexOf(": ");
        if (colon <= 0) {
          continue;
        }
        if (line.startsWith(": Error", colon) || line.startsWith(": Fatal", colon)) {
          errors.putIfAbsent(Path.of(line.substring(0, colon)), line.substring(colon + 2));
        } else if (line.startsWith(": checked", colon)) {
          checked++;
        }
      }
      if (checked < batch.size()) {
        errors.put(batch.get(checked), LIBSBML_CRASHED);
        checked++;
      }
      pending = new ArrayList<>(pending.subList(checked, pending.size()));
    }
    return errors;
  }

  private static boolean libSbmlAvailable() throws IOException, InterruptedException {
    Process probe = new ProcessBuilder(PYTHON, "-c", "import libsbml").redirectErrorStream(true).start();
    probe.getInputStream().readAllBytes();
    return probe.waitFor(60, TimeUnit.SECONDS) && probe.exitValue() == 0;
  }

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "sbml-fuzz");
      t.setDaemon(true);
      return t;
    });
  }
}
