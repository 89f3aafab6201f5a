package org.limbic.petab;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.hipparchus.optim.univariate.BrentOptimizer;
import org.hipparchus.optim.univariate.SearchInterval;
import org.hipparchus.optim.univariate.UnivariateObjectiveFunction;

/**
 * Maximizes a log-likelihood within box bounds from a start, without gradients: Powell's BOBYQA
 * (Hipparchus) for two or more parameters, Brent's method for one, nothing to do for none. The one
 * optimizer of {@link MultistartFit} and of the re-optimizations of {@link ProfileLikelihood}.
 *
 * <p>BOBYQA's trust region shrinks for good once it stops, often short of the optimum on these
 * problems (Boehm: a start stopped at -249.7, 111 below the best): it is restarted from its best
 * point, with a fresh region, until a round gains less than {@link #ROUND_GAIN} in llh or the
 * evaluations are spent.
 */
final class BoundedMaximizer {

  /** A round of BOBYQA that gains less than this (llh units) ends the optimization. */
  static final double ROUND_GAIN = 1e-3;

  /**
   * The start's llh; where it ended (on the parameters' scales), its llh, the llh at each new best
   * point (the trace), the evaluations it took, and how it ended.
   */
  record Result(double initialLlh, double[] best, double llh, List<Double> trace, int evaluations, String status) {
  }

  private BoundedMaximizer() {
  }

  /**
   * From {@code x0} within [{@code lo}, {@code hi}], at most {@code maxEvaluations} evaluations of
   * {@code llh} (which returns -inf where the model cannot be simulated). {@code radius} is BOBYQA's
   * initial trust region, capped at a fifth of the smallest range (BOBYQA needs the bounds at least
   * twice the region apart); it stops at 1e-6 of it.
   */
  static Result maximize(ToDoubleFunction<double[]> llh, double[] x0, double[] lo, double[] hi, double radius,
                         int maxEvaluations) {
    int n = x0.length;
    double[] best = x0.clone();
    double initialLlh = llh.applyAsDouble(x0);
    double[] bestLlh = {initialLlh};
    int[] evaluations = {1};
    List<Double> trace = new ArrayList<>();
    if (Double.isFinite(initialLlh)) {
      trace.add(initialLlh);
    }
    String status = "converged";
    if (n == 1) {
      try {
        var point = new BrentOptimizer(1e-10, 1e-10).optimize(new MaxEval(Math.max(1, maxEvaluations - 1)), GoalType.MAXIMIZE,
            new SearchInterval(lo[0], hi[0], Math.min(hi[0], Math.max(lo[0], x0[0]))),
            new UnivariateObjectiveFunction(x -> {
              double v = llh.applyAsDouble(new double[] {x});
              evaluations[0]++;
              if (v > bestLlh[0]) {
                bestLlh[0] = v;
                trace.add(v);
                best[0] = x;
              }
              return Double.isFinite(v) ? v : -1e30;
            }));
        point.getPoint();
      } catch (MathIllegalStateException e) {
        status = "stopped after " + maxEvaluations + " evaluations";
      }
    } else if (n >= 2) {
      double smallestRange = Double.POSITIVE_INFINITY;
      for (int j = 0; j < n; j++) {
        smallestRange = Math.min(smallestRange, hi[j] - lo[j]);
      }
      double r = Math.min(radius, 0.2 * smallestRange);
      boolean first = true;
      double before = Double.NEGATIVE_INFINITY;
      // the first round always runs, also from a start whose simulation failed (its llh -inf)
      while ((first || bestLlh[0] - before > ROUND_GAIN) && evaluations[0] < maxEvaluations) {
        first = false;
        before = bestLlh[0];
        BOBYQAOptimizer optimizer = new BOBYQAOptimizer(2 * n + 1, r, 1e-6 * r);
        try {
          optimizer.optimize(new MaxEval(maxEvaluations - evaluations[0] + 1), GoalType.MINIMIZE, new InitialGuess(best.clone()),
              new SimpleBounds(lo, hi), new ObjectiveFunction(x -> {
                double v = llh.applyAsDouble(x);
                evaluations[0]++;
                if (v > bestLlh[0]) {
                  bestLlh[0] = v;
                  trace.add(v);
                  System.arraycopy(x, 0, best, 0, n);
                }
                // a failed simulation is a very poor point, finite so that BOBYQA's models stay finite
                return Double.isFinite(v) ? -v : 1e30;
              }));
        } catch (MathIllegalStateException e) {
          status = "stopped after " + maxEvaluations + " evaluations";
        }
      }
    }
    if (!Double.isFinite(bestLlh[0])) {
      status = "no point could be simulated";
    } else if (evaluations[0] >= maxEvaluations && !status.startsWith("stopped")) {
      status = "stopped after " + maxEvaluations + " evaluations";
    }
    return new Result(initialLlh, best, bestLlh[0], List.copyOf(trace), evaluations[0], status);
  }
}
