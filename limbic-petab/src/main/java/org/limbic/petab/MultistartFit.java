package org.limbic.petab;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Maximum-likelihood estimation from many starts: Latin-hypercube starts within the bounds, on each
 * parameter's scale (lin, log, log10), each improved by a local method: {@link Optimizer#LM}, the
 * projected Levenberg–Marquardt method on the forward-sensitivity gradient and the Fisher
 * information ({@link FisherLevenbergMarquardt}), {@link Optimizer#LBFGSB} on the gradient alone
 * ({@link LbfgsB}), or {@link Optimizer#BOBYQA}, Powell's
 * derivative-free method (Hipparchus; {@link BoundedMaximizer}) for models whose sensitivities are
 * not implemented (events, delays). {@link Optimizer#AUTO} takes LM where the gradient can be
 * computed and says why when it cannot. Same seed, same starts and results, whatever the thread
 * count: each start is drawn before any runs and optimized on its own. Hierarchically, the local
 * method moves the dynamic parameters alone, the observation-only ones optimized on each point's
 * trajectories ({@link HierarchicalObjective}).
 */
public final class MultistartFit {

  /** The local methods. */
  public enum Optimizer {
    /** LM where the problem's gradient can be computed, BOBYQA where it cannot. */
    AUTO,
    /** Projected Levenberg–Marquardt on the Fisher information, with forward sensitivities. */
    LM,
    /** L-BFGS-B on the forward-sensitivity gradient alone, for objectives the Fisher information models poorly. */
    LBFGSB,
    /** Powell's BOBYQA, no derivatives. */
    BOBYQA
  }

  /**
   * One start: where it began, where it ended, the llh after each improvement (its trace), what it
   * cost (llh evaluations, gradient evaluations, seconds), whether it converged, and how it ended.
   */
  public record Start(int index, double[] initial, double initialLlh, double[] best, double llh, int evaluations,
                      int gradients, double seconds, List<Double> trace, boolean converged, String status) {
  }

  /** A fit's starts, in start order, and the method that made them (with the reason where AUTO fell back). */
  public record Result(Optimizer optimizer, String reason, List<Start> starts) {
  }

  private final PetabProblem problem;
  private final List<PetabParameter> estimated;
  private final double rtol;
  private final double atol;

  private final boolean priors;
  /** The split into dynamic and observation-only parameters with hierarchical optimization; null without. */
  private final ObservationParameters split;

  /** At the objective's tolerances ({@link PetabObjective#RTOL}, {@link PetabObjective#ATOL}), with the problem's priors. */
  public MultistartFit(PetabProblem problem) {
    this(problem, PetabObjective.RTOL, PetabObjective.ATOL);
  }

  /** With the problem's priors. */
  public MultistartFit(PetabProblem problem, double rtol, double atol) {
    this(problem, rtol, atol, true);
  }

  /**
   * Integrating at {@code rtol} and {@code atol} while fitting, maximizing the log-likelihood plus
   * the parameters' objective priors ({@code priors}; their log-posterior) or the log-likelihood
   * alone. Where the tolerances differ from the
   * objective's, each start's end point is evaluated again at the objective's, so that the llh it
   * reports compares with a reference (and with another fit's) to the objective's accuracy.
   */
  public MultistartFit(PetabProblem problem, double rtol, double atol, boolean priors) {
    this(problem, rtol, atol, priors, false);
  }

  /**
   * As {@link #MultistartFit(PetabProblem, double, double, boolean)}, with {@code hierarchical}:
   * the local method moves the dynamic parameters only, each point's observation-only parameters
   * (scalings, offsets, noise levels: {@link #observationParameters()}) optimized on its
   * trajectories ({@link HierarchicalObjective}). The starts are drawn as without it, over all the
   * estimated parameters (their observation-only part begins the first inner solve), and each
   * start reports the full vector it ended at.
   */
  public MultistartFit(PetabProblem problem, double rtol, double atol, boolean priors, boolean hierarchical) {
    this.priors = priors;
    ObservationParameters parts = ObservationParameters.of(problem);
    this.split = hierarchical && !parts.inner().isEmpty() ? parts : null;
    this.rtol = rtol;
    this.atol = atol;
    this.problem = problem;
    this.estimated = problem.parameters().values().stream().filter(PetabParameter::estimate).toList();
    if (estimated.isEmpty()) {
      throw new IllegalArgumentException(problem.yaml() + ": no parameter is estimated (estimate = 1)");
    }
  }

  /** How many estimated parameters have an objective prior that this fit adds to the llh (0 without priors). */
  public int priorsAdded() {
    return priors ? (int) estimated.stream().filter(p -> p.objectivePrior() != null).count() : 0;
  }

  /** The observation-only parameters a hierarchical fit optimizes in its inner problem (empty without). */
  public List<String> observationParameters() {
    return split == null ? List.of() : split.inner();
  }

  /** The estimated parameters, in the order of the start vectors (linear values). */
  public List<PetabParameter> estimated() {
    return estimated;
  }

  /**
   * Runs {@code starts} starts from seed {@code seed} on {@code threads} threads with {@code optimizer},
   * at most {@code maxEvaluations} objective evaluations (BOBYQA) or iterations (LM, L-BFGS-B) each.
   */
  public Result run(int starts, long seed, int threads, int maxEvaluations, Optimizer optimizer) {
    return run(starts, seed, threads, maxEvaluations, optimizer, done -> { });
  }

  /** As {@link #run(int, long, int, int, Optimizer)}, telling {@code progress} how many starts have ended, as each ends. */
  public Result run(int starts, long seed, int threads, int maxEvaluations, Optimizer optimizer,
                    java.util.function.IntConsumer progress) {
    if (starts < 1 || threads < 1) {
      throw new IllegalArgumentException("starts and threads must be at least 1, got " + starts + " and " + threads);
    }
    double[][] initial = latinHypercube(starts, new SplittableRandom(seed));
    PetabObjective objective = new PetabObjective(problem, rtol, atol);
    PetabObjective reference = rtol == PetabObjective.RTOL && atol == PetabObjective.ATOL ? objective : new PetabObjective(problem);
    Optimizer method = optimizer;
    String reason = "";
    if (optimizer == Optimizer.AUTO) {
      method = Optimizer.LM;
      try {
        objective.gradient(Map.of());
      } catch (UnsupportedOperationException e) {
        method = Optimizer.BOBYQA;
        reason = "no gradient: " + e.getMessage();
      } catch (RuntimeException e) {
        // the gradient is implemented, but the nominal point cannot be simulated: the starts,
        // which handle their own failures, decide
      }
    }
    Optimizer chosen = method;
    java.util.concurrent.atomic.AtomicInteger ended = new java.util.concurrent.atomic.AtomicInteger();
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      List<Future<Start>> futures = new ArrayList<>();
      for (int i = 0; i < starts; i++) {
        int index = i;
        futures.add(pool.submit(() -> {
          Start s;
          try {
            s = reassess(chosen == Optimizer.BOBYQA ? optimize(index, initial[index], objective, maxEvaluations)
                : fit(index, initial[index], objective, maxEvaluations, chosen == Optimizer.LBFGSB), objective, reference);
          } catch (RuntimeException e) {
            // one start's failure (a model that cannot be simulated somewhere the method went, a
            // linear-algebra fault) is that start's result, with its reason, not the end of the fit
            s = new Start(index, toLinear(initial[index]), Double.NaN, toLinear(initial[index]), Double.NEGATIVE_INFINITY, 0, 0,
                0, List.of(), false, "failed: " + e);
          }
          progress.accept(ended.incrementAndGet());
          return s;
        }));
      }
      List<Start> out = new ArrayList<>();
      for (Future<Start> f : futures) {
        out.add(f.get());
      }
      return new Result(chosen, reason, List.copyOf(out));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the fit was interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a start failed: " + e.getCause(), e.getCause());
    }
  }

  /** The start with its end point's llh at the reference objective's tolerances, when the fit ran at others. */
  private Start reassess(Start s, PetabObjective objective, PetabObjective reference) {
    if (reference == objective || !Double.isFinite(s.llh())) {
      return s;
    }
    double[] scaled = new double[s.best().length];
    for (int j = 0; j < scaled.length; j++) {
      scaled[j] = estimated.get(j).scale().toScale(s.best()[j]);
    }
    double again = llh(scaled, reference);
    if (!Double.isFinite(again)) {
      // an end point the tighter tolerances cannot simulate has no llh to report, whatever the fit's run said
      return new Start(s.index(), s.initial(), s.initialLlh(), s.best(), Double.NEGATIVE_INFINITY, s.evaluations(),
          s.gradients(), s.seconds(), s.trace(), false, "its end point could not be simulated again at rtol "
          + PetabObjective.RTOL + " (the fit's llh there was " + s.llh() + ")");
    }
    return new Start(s.index(), s.initial(), s.initialLlh(), s.best(), again, s.evaluations(), s.gradients(),
        s.seconds(), s.trace(), s.converged(), s.status());
  }

  /** With BOBYQA, the method that needs nothing but the objective. */
  public List<Start> run(int starts, long seed, int threads, int maxEvaluations) {
    return run(starts, seed, threads, maxEvaluations, Optimizer.BOBYQA).starts();
  }

  /**
   * The starts, on the parameters' scales: each parameter's range cut in {@code n} strata, one
   * start in each; strata of equal probability under its initialization prior where it has one
   * (truncated to the bounds), of equal width on its scale where not (PEtab's default).
   */
  double[][] latinHypercube(int n, SplittableRandom random) {
    double[][] x = new double[n][estimated.size()];
    for (int j = 0; j < estimated.size(); j++) {
      int[] order = new int[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      for (int i = n - 1; i > 0; i--) {
        int k = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[k];
        order[k] = t;
      }
      double lo = lower(j);
      double hi = upper(j);
      PetabParameter p = estimated.get(j);
      for (int i = 0; i < n; i++) {
        double q = (order[i] + random.nextDouble()) / n;
        x[i][j] = p.initializationPrior() == null ? lo + q * (hi - lo)
            : p.initializationPrior().quantile(q, p.lowerBound(), p.upperBound(), p.scale());
      }
    }
    return x;
  }

  private double lower(int j) {
    PetabParameter p = estimated.get(j);
    return p.scale().toScale(p.lowerBound());
  }

  private double upper(int j) {
    PetabParameter p = estimated.get(j);
    return p.scale().toScale(p.upperBound());
  }

  private Map<String, Double> linear(double[] scaled) {
    Map<String, Double> values = new LinkedHashMap<>();
    for (int j = 0; j < scaled.length; j++) {
      PetabParameter p = estimated.get(j);
      values.put(p.id(), p.scale().toLinear(scaled[j]));
    }
    return values;
  }

  /** The log-likelihood at a point on the parameters' scales; -inf where a simulation fails. */
  double llh(double[] scaled, PetabObjective objective) {
    Map<String, Double> values = linear(scaled);
    try {
      double llh = objective.evaluate(values).llh() + (priors ? objective.logPrior(values) : 0);
      return Double.isNaN(llh) ? Double.NEGATIVE_INFINITY : llh;
    } catch (org.limbic.solve.SolverException | IllegalArgumentException | org.limbic.model.ModelException e) {
      // a point where the model cannot be simulated (a step that collapses, a state that is not
      // finite after pre-equilibration) is a very poor one, not the end of the fit
      return Double.NEGATIVE_INFINITY;
    }
  }

  private Start fit(int index, double[] x0, PetabObjective objective, int maxIterations, boolean lbfgsb) {
    long start = System.nanoTime();
    FisherLevenbergMarquardt.Objective f = new FisherLevenbergMarquardt.Objective() {
      @Override
      public double llh(double[] x) {
        return MultistartFit.this.llh(x, objective);
      }

      @Override
      public FisherLevenbergMarquardt.Point point(double[] x) {
        PetabObjective.Gradient g = priors ? objective.posteriorGradient(linear(x)) : objective.gradient(linear(x));
        return new FisherLevenbergMarquardt.Point(g.llh(), g.gradient(), g.fisher());
      }
    };
    double[] inBox = clamped(x0);
    if (priors && !Double.isFinite(objective.logPrior(linear(inBox)))) {
      // a start drawn within the bounds but outside an objective prior's support (a uniform prior
      // narrower than the bounds) has log-posterior −inf: it is not a point the model failed at
      return new Start(index, toLinear(x0), Double.NEGATIVE_INFINITY, toLinear(x0), Double.NEGATIVE_INFINITY, 0, 0,
          (System.nanoTime() - start) / 1e9, List.of(), false, "the start lies outside the support of an objective prior ("
          + outsidePriors(inBox) + ")");
    }
    if (split != null) {
      HierarchicalObjective h = new HierarchicalObjective(objective, estimated, split, priors, inBox);
      double[] lo = h.outer(lower());
      double[] hi = h.outer(upper());
      FisherLevenbergMarquardt.Result r = lbfgsb ? LbfgsB.maximize(h, h.outer(x0), lo, hi, maxIterations)
          : FisherLevenbergMarquardt.maximize(h, h.outer(x0), lo, hi, maxIterations);
      return new Start(index, toLinear(x0), r.initialLlh(), toLinear(h.full(r.best())), r.llh(), r.evaluations(),
          r.gradients(), (System.nanoTime() - start) / 1e9, r.trace(), r.converged(), r.status());
    }
    FisherLevenbergMarquardt.Result r = lbfgsb ? LbfgsB.maximize(f, x0, lower(), upper(), maxIterations)
        : FisherLevenbergMarquardt.maximize(f, x0, lower(), upper(), maxIterations);
    return new Start(index, toLinear(x0), r.initialLlh(), toLinear(r.best()), r.llh(), r.evaluations(), r.gradients(),
        (System.nanoTime() - start) / 1e9, r.trace(), r.converged(), r.status());
  }

  private double[] clamped(double[] x) {
    double[] out = new double[x.length];
    for (int j = 0; j < x.length; j++) {
      out[j] = Math.min(upper(j), Math.max(lower(j), x[j]));
    }
    return out;
  }

  /** The estimated parameters whose objective prior has no density at {@code scaled}. */
  private String outsidePriors(double[] scaled) {
    List<String> ids = new ArrayList<>();
    for (int j = 0; j < scaled.length; j++) {
      PetabParameter p = estimated.get(j);
      if (p.objectivePrior() != null && !Double.isFinite(p.objectivePrior().logDensity(scaled[j], p.scale()))) {
        ids.add(p.id() + " = " + p.scale().toLinear(scaled[j]) + " under " + p.objectivePrior());
      }
    }
    return String.join(", ", ids);
  }

  private double[] lower() {
    double[] lo = new double[estimated.size()];
    for (int j = 0; j < lo.length; j++) {
      lo[j] = lower(j);
    }
    return lo;
  }

  private double[] upper() {
    double[] hi = new double[estimated.size()];
    for (int j = 0; j < hi.length; j++) {
      hi[j] = upper(j);
    }
    return hi;
  }

  private double[] toLinear(double[] scaled) {
    double[] out = new double[scaled.length];
    for (int j = 0; j < out.length; j++) {
      out[j] = estimated.get(j).scale().toLinear(scaled[j]);
    }
    return out;
  }

  private Start optimize(int index, double[] x0, PetabObjective objective, int maxEvaluations) {
    long start = System.nanoTime();
    HierarchicalObjective h = split == null ? null : new HierarchicalObjective(objective, estimated, split, priors, clamped(x0));
    BoundedMaximizer.Result r = h == null
        ? BoundedMaximizer.maximize(x -> llh(x, objective), x0, lower(), upper(), 1.0, maxEvaluations)
        : BoundedMaximizer.maximize(h::llh, h.outer(x0), h.outer(lower()), h.outer(upper()), 1.0, maxEvaluations);
    String status = r.status().startsWith("no point") ? "no point of this start could be simulated" : r.status();
    double[] best = h == null ? r.best() : h.full(r.best());
    return new Start(index, toLinear(x0), r.initialLlh(), toLinear(best), r.llh(), r.evaluations(), 0,
        (System.nanoTime() - start) / 1e9, r.trace(), status.equals("converged"), status);
  }
}
