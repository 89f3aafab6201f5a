package org.limbic.sbml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.limbic.compile.CompiledModel;
import org.limbic.compile.ModelCompiler;
import org.limbic.model.Model;
import org.limbic.model.ModelException;
import org.limbic.model.Species;
import org.limbic.simulation.SimulationOptions;
import org.limbic.simulation.SimulationResult;
import org.limbic.simulation.Simulator;
import org.limbic.solve.SolverException;

/**
 * Runs the semantic cases of the SBML Test Suite (a directory of NNNNN case folders): for each case
 * the highest Level/Version SBML file is imported, compiled and simulated at the settings' output
 * times, and every expected column is compared with the suite's rule
 * {@code |C - U| <= absolute + relative * |C|} (NaN and infinities must match exactly).
 *
 * <p>Solver tolerances: relative 1e-10 and absolute 1e-6 times the case's absolute tolerance. The
 * suite's typical tolerances are relative 1e-4 and absolute 1e-7 to 1e-10; controlling the local
 * error six orders of magnitude below them leaves room for the growth of global error over a run
 * (typically one or two orders) without making every case pay for quadruple precision.
 */
public final class SbmlTestSuite {

  /** Files in order of preference: the newest Level/Version expresses the model most directly. */
  private static final List<String> LEVELS = List.of("l3v2", "l3v1", "l2v5", "l2v4", "l2v3", "l2v2", "l2v1", "l1v2", "l1v1");
  private static final double SOLVER_RELATIVE_TOLERANCE = 1e-10;
  private static final double SOLVER_ABSOLUTE_FRACTION = 1e-6;

  private final Path root;

  public SbmlTestSuite(Path root) {
    this.root = root;
  }

  /** The case ids (five-digit folder names) under the root, sorted. */
  public List<String> caseIds() throws IOException {
    try (Stream<Path> dirs = Files.list(root)) {
      return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d{5}")).sorted().toList();
    }
  }

  /** Runs the cases on {@code jobs} threads, reporting each result in case order as soon as it and all earlier ones are done. */
  public TestSuiteSummary run(List<String> ids, int jobs, Consumer<CaseResult> onResult) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs));
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
  public CaseResult runCase(String id) {
    long start = System.nanoTime();
    Path dir = root.resolve(id);
    CaseDescription description;
    try {
      description = CaseDescription.read(dir.resolve(id + "-model.m"));
    } catch (IOException e) {
      return new CaseResult(id, CaseResult.Outcome.FAIL, "cannot read the case description: " + e.getMessage(), List.of(), List.of(),
          System.nanoTime() - start);
    }
    Outcome o;
    try {
      o = judge(id, dir, description);
    } catch (RuntimeException e) {
      StackTraceElement where = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
      o = Outcome.fail("crash: " + e + (where == null ? "" : " at " + where));
    }
    return new CaseResult(id, o.outcome, o.detail, description.componentTags(), description.testTags(), System.nanoTime() - start);
  }

  private record Outcome(CaseResult.Outcome outcome, String detail) {
    static Outcome fail(String detail) {
      return new Outcome(CaseResult.Outcome.FAIL, detail);
    }

    static Outcome skip(String detail) {
      return new Outcome(CaseResult.Outcome.SKIP, detail);
    }
  }

  private Outcome judge(String id, Path dir, CaseDescription description) {
    if (!description.testType().equals("TimeCourse")) {
      return Outcome.skip("test type " + description.testType() + " is not supported (time courses only)");
    }
    Path file = modelFile(dir, id);
    if (file == null) {
      return Outcome.fail("no SBML file in " + dir);
    }
    CaseSettings settings;
    ExpectedResults expected;
    try {
      settings = CaseSettings.read(dir.resolve(id + "-settings.txt"));
      expected = ExpectedResults.read(dir.resolve(id + "-results.csv"));
    } catch (IOException e) {
      return Outcome.fail(e.getMessage());
    }
    Model model;
    try {
      model = SbmlImporter.read(file);
    } catch (UnsupportedSbmlException e) {
      return Outcome.skip(e.getMessage());
    } catch (IOException | ModelException e) {
      return Outcome.fail("import: " + e.getMessage());
    }
    double[][] actual;
    try {
      actual = simulate(model, settings);
    } catch (ModelException | SolverException e) {
      return Outcome.fail(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    String mismatch = compare(settings, expected, actual);
    return mismatch == null ? new Outcome(CaseResult.Outcome.PASS, "") : Outcome.fail(mismatch);
  }

  /** The case's SBML file in the newest Level/Version it comes in, or null when there is none. */
  static Path modelFile(Path dir, String id) {
    return LEVELS.stream().map(l -> dir.resolve(id + "-sbml-" + l + ".xml")).filter(Files::exists).findFirst().orElse(null);
  }

  /** The solver options a case runs with (see the class comment). */
  static SimulationOptions options(CaseSettings settings) {
    return SimulationOptions.DEFAULTS.withTolerances(SOLVER_RELATIVE_TOLERANCE,
        Math.max(SOLVER_ABSOLUTE_FRACTION * settings.absolute(), 1e-300));
  }

  /** Simulated values, one row per output time and one column per settings variable, in amount or concentration as asked. */
  static double[][] simulate(Model model, CaseSettings settings) {
    CompiledModel compiled = ModelCompiler.compile(model);
    SimulationOptions options = options(settings);
    List<String> outputs = new ArrayList<>();
    for (String v : settings.variables()) {
      outputs.add(v);
      model.speciesById(v).ifPresent(s -> outputs.add(s.compartment()));
    }
    boolean settle = FastReactions.present(model);
    double[] times = settle ? FastReactions.settlingTimes(settings.outputTimes()) : settings.outputTimes();
    SimulationResult result = new Simulator(compiled, options).run(compiled.newParameters(), times, outputs);
    int skipped = settle ? 1 : 0; // the start, before the fast reactions settle
    double[][] rows = new double[result.times().length - skipped][settings.variables().size()];
    for (int i = 0; i < rows.length; i++) {
      double[] values = result.values()[i + skipped];
      int column = 0;
      for (int v = 0; v < settings.variables().size(); v++) {
        String variable = settings.variables().get(v);
        double value = values[column++];
        Species s = model.speciesById(variable).orElse(null);
        if (s != null) {
          double size = values[column++];
          if (!s.hasOnlySubstanceUnits() && settings.amount().contains(variable)) {
            value *= size;
          } else if (s.hasOnlySubstanceUnits() && settings.concentration().contains(variable)) {
            value /= size;
          }
        }
        rows[i][v] = value;
      }
    }
    return rows;
  }

  /** The first point outside the suite's tolerance, described, or null when every point passes. */
  static String compare(CaseSettings settings, ExpectedResults expected, double[][] actual) {
    if (expected.rows().length > actual.length) {
      return "expected " + expected.rows().length + " rows, simulated " + actual.length;
    }
    for (int c = 1; c < expected.columns().size(); c++) {
      String name = expected.columns().get(c);
      int v = settings.variables().indexOf(name);
      if (v < 0) {
        return "expected column '" + name + "' is not among the settings' variables " + settings.variables();
      }
      for (int r = 0; r < expected.rows().length; r++) {
        double want = expected.rows()[r][c];
        double got = actual[r][v];
        if (!agrees(want, got, settings.absolute(), settings.relative())) {
          return String.format(Locale.ROOT, "row %d (t = %s), column %s: expected %s, simulated %s", r, expected.rows()[r][0], name,
              want, got);
        }
      }
    }
    return null;
  }

  static boolean agrees(double expected, double actual, double absolute, double relative) {
    if (Double.isNaN(expected) || Double.isInfinite(expected)) {
      return Double.compare(expected, actual) == 0;
    }
    return Math.abs(expected - actual) <= absolute + relative * Math.abs(expected);
  }
}
