package org.limbic.sbml.testsuite;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.limbic.compile.CompiledModel;
import org.limbic.compile.ModelCompiler;
import org.limbic.model.Model;
import org.limbic.model.ModelException;
import org.limbic.model.Species;
import org.limbic.sbml.FastReactions;
import org.limbic.sbml.SbmlImporter;
import org.limbic.sbml.UnsupportedSbmlException;
import org.limbic.sbml.testsuite.CaseLoop.Verdict;
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

  private static final double SOLVER_RELATIVE_TOLERANCE = 1e-10;
  private static final double SOLVER_ABSOLUTE_FRACTION = 1e-6;

  private final CaseLoop loop;

  public SbmlTestSuite(Path root) {
    this.loop = new CaseLoop(root, "TimeCourse", "time courses only", SbmlTestSuite::judge);
  }

  /** The case ids (five-digit folder names) under the root, sorted. */
  public List<String> caseIds() throws IOException {
    return loop.caseIds();
  }

  /** Runs the cases on {@code jobs} threads, reporting each result in case order as soon as it and all earlier ones are done. */
  public TestSuiteSummary run(List<String> ids, int jobs, Consumer<CaseResult> onResult) {
    return loop.run(ids, jobs, onResult);
  }

  private static Verdict judge(CaseLoop.Case c, Path file) throws IOException {
    CaseSettings settings = CaseSettings.read(c.settings());
    ExpectedResults expected = ExpectedResults.read(c.results());
    Model model;
    try {
      model = SbmlImporter.read(file);
    } catch (UnsupportedSbmlException e) {
      return Verdict.skip(e.getMessage());
    } catch (IOException | ModelException e) {
      return Verdict.fail("import: " + e.getMessage());
    }
    double[][] actual;
    try {
      actual = simulate(model, settings);
    } catch (ModelException | SolverException e) {
      return Verdict.fail(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    String mismatch = compare(settings, expected, actual);
    return mismatch == null ? Verdict.pass("") : Verdict.fail(mismatch);
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
