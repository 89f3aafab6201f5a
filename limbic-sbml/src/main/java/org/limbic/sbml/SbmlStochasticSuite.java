package org.limbic.sbml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.limbic.compile.CompiledModel;
import org.limbic.compile.ModelCompiler;
import org.limbic.model.Model;
import org.limbic.model.ModelException;
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
  static final String METHOD = "nrm";
  /** Per-case, per-statistic false-failure probability allowed for a correct simulator. */
  static final double CASE_ALPHA = 1e-4;
  /** P(|N(0,1)| > 3): the chance of one Z outside (-3, 3). */
  static final double POINT_P = 0.0027;

  private final Path root;

  public SbmlStochasticSuite(Path root) {
    this.root = root;
  }

  /** The case ids (five-digit folder names) under the root, sorted. */
  public List<String> caseIds() throws IOException {
    try (Stream<Path> dirs = Files.list(root)) {
      return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d{5}")).sorted().toList();
    }
  }

  /**
   * Runs the cases one after the other, each ensemble on {@code threads} threads (the numbers do not
   * depend on the thread count), reporting each result as it is done.
   */
  public TestSuiteSummary run(List<String> ids, int threads, Consumer<CaseResult> onResult) {
    List<CaseResult> results = new ArrayList<>();
    for (String id : ids) {
      CaseResult r = runCase(id, threads);
      results.add(r);
      onResult.accept(r);
    }
    return new TestSuiteSummary(results);
  }

  /** Runs one case; never throws for a problem of the case itself (that is a fail or a skip). */
  public CaseResult runCase(String id, int threads) {
    long start = System.nanoTime();
    Path dir = root.resolve(id);
    CaseDescription description;
    try {
      description = CaseDescription.read(dir.resolve(id + "-model.m"));
    } catch (IOException e) {
      return new CaseResult(id, CaseResult.Outcome.FAIL, "cannot read the case description: " + e.getMessage(), List.of(),
          List.of(), System.nanoTime() - start);
    }
    Verdict verdict;
    try {
      verdict = judge(id, dir, description, threads);
    } catch (IOException e) {
      verdict = fail(e.getMessage());
    } catch (RuntimeException e) {
      verdict = fail("crash: " + e);
    }
    return new CaseResult(id, verdict.outcome(), verdict.detail(), description.componentTags(), description.testTags(),
        System.nanoTime() - start);
  }

  private record Verdict(CaseResult.Outcome outcome, String detail) {
  }

  private static Verdict fail(String detail) {
    return new Verdict(CaseResult.Outcome.FAIL, detail);
  }

  private static Verdict skip(String reason) {
    return new Verdict(CaseResult.Outcome.SKIP, reason);
  }

  private Verdict judge(String id, Path dir, CaseDescription description, int threads) throws IOException {
    if (!description.testType().equals("StochasticTimeCourse")) {
      return skip("test type " + description.testType() + " is not supported (needs the distrib package)");
    }
    Path file = SbmlTestSuite.modelFile(dir, id);
    if (file == null) {
      return fail("no SBML file in " + dir);
    }
    StochasticCaseSettings settings = StochasticCaseSettings.read(dir.resolve(id + "-settings.txt"));
    ExpectedResults expected = ExpectedResults.read(dir.resolve(id + "-results.csv"));
    if (!settings.concentration().isEmpty()) {
      return skip("concentrations " + settings.concentration() + " requested; stochastic runs count molecules");
    }
    Model model;
    try {
      model = SbmlImporter.read(file);
    } catch (UnsupportedSbmlException e) {
      return skip(e.getMessage());
    }
    CompiledModel compiled = ModelCompiler.compile(model);
    List<String> variables = settings.variables();
    for (String name : variables) {
      if (!compiled.layout().reads().containsKey(name)) {
        return fail("output '" + name + "' is not a variable of the model");
      }
    }
    double[] times = settings.outputTimes();
    EnsembleMoments moments;
    try {
      moments = StochasticEventSimulation.ensemble(compiled, compiled.newParameters(), settings.start(), times, variables,
          SEED, REPLICATES, METHOD, Math.max(1, threads));
    } catch (ModelException e) {
      return skip("stochastic simulation refuses the model: " + e.getMessage());
    }
    Statistics z = new Statistics("Z", settings.meanRange());
    Statistics y = new Statistics("Y", settings.sdRange());
    double n = REPLICATES;
    for (int v = 0; v < variables.size(); v++) {
      String name = variables.get(v);
      int meanColumn = expected.columns().indexOf(name + "-mean");
      int sdColumn = expected.columns().indexOf(name + "-sd");
      if (meanColumn < 0 || sdColumn < 0) {
        return fail("results file has no " + name + "-mean and " + name + "-sd columns");
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
      return fail("expected " + expected.rows().length + " rows, simulated " + times.length);
    }
    String summary = z.summary() + "; " + y.summary();
    return new Verdict(z.passes() && y.passes() ? CaseResult.Outcome.PASS : CaseResult.Outcome.FAIL, summary);
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
