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
 * parameter's scale (lin, log, log10), each improved by Powell's BOBYQA (Hipparchus), which keeps to
 * the bounds and needs no gradient ({@link BoundedMaximizer}; Brent's method for one parameter). The gradient-based methods on forward sensitivities (issue
 * #12) will be faster on problems with many parameters; this is the one that needs nothing more
 * than the objective. Same seed, same starts and results, whatever the thread count: each start
 * is drawn before any runs and optimized on its own.
 */
public final class MultistartFit {

  /** One start: where it began, where it ended, and what it cost. */
  public record Start(int index, double[] initial, double initialLlh, double[] best, double llh, int evaluations,
                      double seconds, String status) {
  }

  private final PetabProblem problem;
  private final List<PetabParameter> estimated;

  public MultistartFit(PetabProblem problem) {
    this.problem = problem;
    this.estimated = problem.parameters().values().stream().filter(PetabParameter::estimate).toList();
    if (estimated.isEmpty()) {
      throw new IllegalArgumentException(problem.yaml() + ": no parameter is estimated (estimate = 1)");
    }
  }

  /** The estimated parameters, in the order of the start vectors (linear values). */
  public List<PetabParameter> estimated() {
    return estimated;
  }

  /**
   * Runs {@code starts} starts from seed {@code seed} on {@code threads} threads, at most
   * {@code maxEvaluations} objective evaluations each; the results in start order.
   */
  public List<Start> run(int starts, long seed, int threads, int maxEvaluations) {
    if (starts < 1 || threads < 1) {
      throw new IllegalArgumentException("starts and threads must be at least 1, got " + starts + " and " + threads);
    }
    double[][] initial = latinHypercube(starts, new SplittableRandom(seed));
    PetabObjective objective = new PetabObjective(problem);
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      List<Future<Start>> futures = new ArrayList<>();
      for (int i = 0; i < starts; i++) {
        int index = i;
        futures.add(pool.submit(() -> optimize(index, initial[index], objective, maxEvaluations)));
      }
      List<Start> out = new ArrayList<>();
      for (Future<Start> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the fit was interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a start failed: " + e.getCause(), e.getCause());
    }
  }

  /** The starts, on the parameters' scales: each parameter's range cut in {@code n} strata, one start in each. */
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
      for (int i = 0; i < n; i++) {
        x[i][j] = lo + (order[i] + random.nextDouble()) / n * (hi - lo);
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

  /** The log-likelihood at a point on the parameters' scales; -inf where a simulation fails. */
  double llh(double[] scaled, PetabObjective objective) {
    Map<String, Double> values = new LinkedHashMap<>();
    for (int j = 0; j < scaled.length; j++) {
      PetabParameter p = estimated.get(j);
      values.put(p.id(), p.scale().toLinear(scaled[j]));
    }
    try {
      double llh = objective.evaluate(values).llh();
      return Double.isNaN(llh) ? Double.NEGATIVE_INFINITY : llh;
    } catch (org.limbic.solve.SolverException | IllegalArgumentException | org.limbic.model.ModelException e) {
      // a point where the model cannot be simulated (a step that collapses, a state that is not
      // finite after pre-equilibration) is a very poor one, not the end of the fit
      return Double.NEGATIVE_INFINITY;
    }
  }

  private Start optimize(int index, double[] x0, PetabObjective objective, int maxEvaluations) {
    long start = System.nanoTime();
    int n = x0.length;
    double[] lo = new double[n];
    double[] hi = new double[n];
    for (int j = 0; j < n; j++) {
      lo[j] = lower(j);
      hi[j] = upper(j);
    }
    BoundedMaximizer.Result r = BoundedMaximizer.maximize(x -> llh(x, objective), x0, lo, hi, 1.0, maxEvaluations);
    String status = r.status().startsWith("no point") ? "no point of this start could be simulated" : r.status();
    double[] bestLinear = new double[n];
    double[] initialLinear = new double[n];
    for (int j = 0; j < n; j++) {
      bestLinear[j] = estimated.get(j).scale().toLinear(r.best()[j]);
      initialLinear[j] = estimated.get(j).scale().toLinear(x0[j]);
    }
    return new Start(index, initialLinear, r.initialLlh(), bestLinear, r.llh(), r.evaluations(),
        (System.nanoTime() - start) / 1e9, status);
  }
}
