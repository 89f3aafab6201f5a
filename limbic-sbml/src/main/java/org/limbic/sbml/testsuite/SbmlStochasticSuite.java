package org.limbic.sbml.testsuite;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.limbic.compile.CompiledModel;
import org.limbic.compile.ModelCompiler;
import org.limbic.model.Model;
import org.limbic.model.ModelException;
import org.limbic.sbml.SbmlImporter;
import org.limbic.sbml.UnsupportedSbmlException;
import org.limbic.sbml.testsuite.CaseLoop.Verdict;
import org.limbic.simulation.StochasticEventSimulation;
import org.limbic.stochastic.EnsembleMoments;

/**
 * Runs the stochastic cases of the SBML Test Suite (its {@code stochastic} folder, from the DSMTS:
 * Evans, Gillespie and Wilkinson, Bioinformatics 24:285, 2008). Each StochasticTimeCourse case is
 * imported, run as a jump process with its events ({@link StochasticEventSimulation}) for
 * {@value #REPLICATES} replicates with the next reaction method from a fixed seed, recording every
 * output variable (species counts, parameters, rule values), and judged at every output time and
 * variable by the suite's statistics: Z = √n (X̄ − μ)/σ in meanRange and Y = √(n/2) (S²/σ² − 1) in
 * sdRange (the suite's README). StatisticalDistribution cases (the distrib package) and models the
 * stochastic simulators refuse (rate rules) are skipped with the reason.
 *
 * <p>Pass rule. A correct simulator still puts some points outside the ranges by chance: at the
 * bound 3 a normal Z falls outside with probability p = 0.0027, and a case has up to a few hundred
 * points. The DSMTS authors judge per case whether the violations exceed what chance allows ("0-1
 * per test is great, 2-3 should be checked"). Made precise: a case passes when, for Z and for Y
 * separately, the number of points outside the range is at most k(m), the smallest k with
 * P(Binomial(m, p) > k) ≤ {@value #CASE_ALPHA}, m the number of points judged. Y uses the same p as Z
 * although a normal Y would leave (−5, 5) far more rarely: S² of small molecule counts has heavy
 * tails (its variance carries the excess kurtosis, which for a Poisson count of mean λ is 1/λ), so
 * the normal tail would call chance a failure. With {@value #CASE_ALPHA} per case, a correct
 * simulator fails one of the 39 cases with probability below 0.4%; a real error (a wrong propensity,
 * a wrong stoichiometry) moves whole stretches of the time course and fails by far more points.
 * Points where the expected σ is 0 (deterministic, e.g. the initial time) must match exactly.
 */
public final class SbmlStochasticSuite {

  static final int REPLICATES = 10_000;
  /** Fixed so that every run of the suite gives the same verdicts (and the same numbers on any thread count). */
  static final long SEED = 20080115L;
  /** The exact method the suite is judged with by default. */
  static final String METHOD = "nrm";
  /** Per-case, per-statistic false-failure probability allowed for a correct simulator. */
  static final double CASE_ALPHA = 1e-4;
  /** P(|N(0,1)| > 3): the chance of one Z outside (-3, 3). */
  static final double POINT_P = 0.0027;

  private final Path root;
  private final String method;

  /** The suite run with the next reaction method. */
  public SbmlStochasticSuite(Path root) {
    this(root, METHOD);
  }

  /** The suite run with another stochastic method (direct, nrm, tau-leap). */
  public SbmlStochasticSuite(Path root, String method) {
    this.root = root;
    this.method = method;
  }

  /** The case ids (five-digit folder names) under the root, sorted. */
  public List<String> caseIds() throws IOException {
    return loop(1).caseIds();
  }

  /**
   * Runs the cases one after the other, each ensemble on {@code threads} threads (the numbers do not
   * depend on the thread count), reporting each result as it is done.
   */
  public TestSuiteSummary run(List<String> ids, int threads, Consumer<CaseResult> onResult) {
    return loop(threads).run(ids, 1, onResult);
  }

  private CaseLoop loop(int threads) {
    return new CaseLoop(root, "StochasticTimeCourse", "needs the distrib package", (c, file) -> judge(c, file, method, Math.max(1, threads)));
  }

  private static Verdict judge(CaseLoop.Case c, Path file, String method, int threads) throws IOException {
    StochasticCaseSettings settings = StochasticCaseSettings.read(c.settings());
    ExpectedResults expected = ExpectedResults.read(c.results());
    if (!settings.concentration().isEmpty()) {
      return Verdict.skip("concentrations " + settings.concentration() + " requested; stochastic runs count molecules");
    }
    Model model;
    try {
      model = SbmlImporter.read(file);
    } catch (UnsupportedSbmlException e) {
      return Verdict.skip(e.getMessage());
    }
    CompiledModel compiled = ModelCompiler.compile(model);
    List<String> variables = settings.variables();
    for (String name : variables) {
      if (!compiled.layout().reads().containsKey(name)) {
        return Verdict.fail("output '" + name + "' is not a variable of the model");
      }
    }
    double[] times = settings.outputTimes();
    EnsembleMoments moments;
    try {
      moments = StochasticEventSimulation.ensemble(compiled, compiled.newParameters(), settings.start(), times, variables,
          SEED, REPLICATES, method, threads);
    } catch (ModelException e) {
      return Verdict.skip("stochastic simulation refuses the model: " + e.getMessage());
    }
    Statistics z = new Statistics("Z", settings.meanRange());
    Statistics y = new Statistics("Y", settings.sdRange());
    double n = REPLICATES;
    for (int v = 0; v < variables.size(); v++) {
      String name = variables.get(v);
      int meanColumn = expected.columns().indexOf(name + "-mean");
      int sdColumn = expected.columns().indexOf(name + "-sd");
      if (meanColumn < 0 || sdColumn < 0) {
        return Verdict.fail("results file has no " + name + "-mean and " + name + "-sd columns");
      }
      boolean judgeMean = settings.output().contains(name + "-mean");
      boolean judgeSd = settings.output().contains(name + "-sd");
      for (int r = 0; r < Math.min(times.length, expected.rows().length); r++) {
        double mu = expected.rows()[r][meanColumn];
        double sigma = expected.rows()[r][sdColumn];
        double mean = moments.mean(r, v);
        double variance = moments.variance(r, v);
        double t = times[r];
        if (judgeMean) {
          z.add(sigma == 0 ? (mean == mu ? 0 : Double.POSITIVE_INFINITY) : Math.sqrt(n) * (mean - mu) / sigma, name, t);
        }
        if (judgeSd) {
          y.add(sigma == 0 ? (variance == 0 ? 0 : Double.POSITIVE_INFINITY)
              : Math.sqrt(n / 2) * (variance / (sigma * sigma) - 1), name, t);
        }
      }
    }
    if (expected.rows().length > times.length) {
      return Verdict.fail("expected " + expected.rows().length + " rows, simulated " + times.length);
    }
    String summary = z.summary() + "; " + y.summary();
    return z.passes() && y.passes() ? Verdict.pass(summary) : Verdict.fail(summary);
  }

  /** Violations of one statistic's range over a case's points. */
  private static final class Statistics {
    private final String name;
    private final double[] range;
    private int points;
    private int outside;
    private double worst;
    private String worstAt = "";

    Statistics(String name, double[] range) {
      this.name = name;
      this.range = range;
    }

    void add(double value, String variable, double t) {
      points++;
      if (!(value > range[0] && value < range[1])) {
        outside++;
      }
      if (!(Math.abs(value) <= Math.abs(worst))) {
        worst = value;
        worstAt = String.format(Locale.ROOT, "%s at t = %s", variable, t);
      }
    }

    boolean passes() {
      return outside <= allowedViolations(points, POINT_P, CASE_ALPHA);
    }

    String summary() {
      return String.format(Locale.ROOT, "%s outside (%s, %s) at %d of %d points (allowed %d), worst %.2f (%s)", name,
          num(range[0]), num(range[1]), outside, points, allowedViolations(points, POINT_P, CASE_ALPHA), worst, worstAt);
    }

    private static String num(double v) {
      return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
  }

  /** The smallest k with P(Binomial(m, p) > k) ≤ alpha: violations that chance alone explains. */
  static int allowedViolations(int m, double p, double alpha) {
    double pmf = Math.pow(1 - p, m);
    double cumulative = pmf;
    int k = 0;
    while (1 - cumulative > alpha && k < m) {
      pmf *= (double) (m - k) / (k + 1) * p / (1 - p);
      k++;
      cumulative += pmf;
    }
    return k;
  }
}
