package org.limbic.petab;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.RealMatrix;

/**
 * Maximizes a log-likelihood within box bounds by a projected Levenberg–Marquardt method on the
 * Fisher information (Gauss–Newton) matrix: the step s solves (F + λD) s = ∇llh on the free
 * parameters, is projected onto the bounds, and is kept when the llh gains at least 1e-4 of what
 * the quadratic model ∇llh·s − ½ sᵀFs predicts; λ follows Nielsen's rule (shrink by up to 3 on a
 * good step, double and redouble on a rejected one) and D is Moré's scaling, the largest diagonal
 * of F seen so far. Parameters at a bound whose gradient points out are held there (the projected
 * LM of Kanzow, Yamashita and Fukushima, J. Comput. Appl. Math. 172 (2004) 375).
 *
 * <p>Written here because Hipparchus' {@code LevenbergMarquardtOptimizer} works on a residual
 * vector without bounds: a PEtab llh with estimated noise parameters is not a sum of squares
 * (σ enters through log σ), and most estimated parameters have bounds the optimum sits on. The
 * Fisher matrix takes σ's information exactly ({@link NoiseTerm}). A trial step costs one llh
 * (no sensitivities); only an accepted point costs a gradient. The linear algebra is Hipparchus'.
 *
 * <p>It stops, converged, when the projected gradient's largest component is below
 * {@link #GRADIENT_TOLERANCE}, when an accepted step near Gauss–Newton's (λ ≤ 1) gains less than
 * {@link #GAIN_TOLERANCE}·(1 + |llh|), and again after λ is reset to its initial value (the tolerances of fides, Fröhlich and Sorger, PLoS Comput. Biol. 18 (2022) e1010322), or when
 * no step however short gains (λ beyond {@link #LAMBDA_LIMIT}: a stationary point to the
 * precision of the simulation).
 */
final class FisherLevenbergMarquardt {

  static final double GRADIENT_TOLERANCE = 1e-6;
  static final double GAIN_TOLERANCE = 1e-8;
  static final double LAMBDA_LIMIT = 1e14;
  private static final double ACCEPT = 1e-4;
  /**
   * λ where a stalled start tries once more (its initial λ): after rejections λ can sit near 1, where
   * steps are short and gain little though the Gauss–Newton step would gain much (Fiedler: a start
   * stopped at llh 51.86 went on to 57.58 when begun again from its end point).
   */
  private static final double RESTART_LAMBDA = 1e-3;
  /** λ shrinks no further: below it the step is Gauss–Newton's to double precision anyway. */
  private static final double LAMBDA_FLOOR = 1e-12;

  /** The llh, its gradient and its Fisher information matrix at a point (on the parameters' scales). */
  record Point(double llh, double[] gradient, double[][] fisher) {
  }

  /** The objective: the llh alone (-inf where the model cannot be simulated), and a full point (throws where it cannot). */
  interface Objective {
    double llh(double[] x);

    Point point(double[] x);
  }

  /** Where a start ended; the llh after each accepted step (the trace), the work it took, and how it ended. */
  record Result(double initialLlh, double[] best, double llh, int evaluations, int gradients, int iterations,
                List<Double> trace, boolean converged, String status) {
  }

  private FisherLevenbergMarquardt() {
  }

  /** The start moved into the box, and its point; or the result of a start that cannot be simulated. */
  record Begin(double[] x, Point at, Result failed) {
  }

  /** Where both methods begin: x0 clamped to the bounds, and the llh with its gradient there. */
  static Begin begin(Objective objective, double[] x0, double[] lo, double[] hi) {
    double[] x = new double[x0.length];
    for (int j = 0; j < x.length; j++) {
      x[j] = Math.min(hi[j], Math.max(lo[j], x0[j]));
    }
    Point at;
    try {
      at = objective.point(x);
    } catch (RuntimeException e) {
      return new Begin(x, null, new Result(Double.NEGATIVE_INFINITY, x, Double.NEGATIVE_INFINITY, 0, 1, 0, List.of(), false,
          "the start could not be simulated: " + e.getMessage()));
    }
    if (!Double.isFinite(at.llh()) || !finite(at.gradient())) {
      return new Begin(x, at, new Result(at.llh(), x, Double.NEGATIVE_INFINITY, 0, 1, 0, List.of(), false,
          "the start could not be simulated (llh " + at.llh() + ")"));
    }
    // every comparison of the methods is between llh of the plain run, which integrates the states
    // alone: the sensitivity run's llh differs by its own integration error, which near an optimum
    // is the size of the gains compared
    return new Begin(x, plain(at, objective.llh(x)), null);
  }

  /** The point with the plain run's llh in place of the sensitivity run's. */
  static Point plain(Point at, double llh) {
    return new Point(llh, at.gradient(), at.fisher());
  }

  static Result maximize(Objective objective, double[] x0, double[] lo, double[] hi, int maxIterations) {
    return maximize(objective, x0, lo, hi, maxIterations, GRADIENT_TOLERANCE, GAIN_TOLERANCE);
  }

  /**
   * With other tolerances: the projected gradient's largest component, and the gain relative to
   * 1 + |llh| (0: never stop on a small gain, only on the gradient or when no step gains).
   */
  static Result maximize(Objective objective, double[] x0, double[] lo, double[] hi, int maxIterations,
                         double gradientTolerance, double gainTolerance) {
    Begin begin = begin(objective, x0, lo, hi);
    if (begin.failed() != null) {
      return begin.failed();
    }
    int n = x0.length;
    double[] x = begin.x();
    Point at = begin.at();
    double initialLlh = at.llh();
    int evaluations = 0;
    int gradients = 1;
    List<Double> trace = new ArrayList<>();
    trace.add(initialLlh);
    double[] scaling = new double[n];
    double lambda = 1e-3;
    double nu = 2;
    int iteration = 0;
    int gradientFailures = 0;
    boolean retried = false;
    String lastFailure = "";
    while (true) {
      if (projectedGradient(x, at.gradient(), lo, hi) < gradientTolerance) {
        return done(initialLlh, x, at, evaluations, gradients, iteration, trace, true, "converged: projected gradient below "
            + gradientTolerance);
      }
      if (iteration >= maxIterations) {
        return done(initialLlh, x, at, evaluations, gradients, iteration, trace, false, "stopped after " + maxIterations
            + " iterations");
      }
      iteration++;
      updateScaling(scaling, at.fisher());
      boolean[] free = free(x, at.gradient(), lo, hi);
      double[] step;
      try {
        step = step(at, scaling, lambda, free);
      } catch (MathIllegalArgumentException e) {
        // F + λD lost positive definiteness to rounding (F's entries span many decades, and λ has
        // shrunk far): a larger λ makes it definite again; this counts as a rejected step
        lambda *= nu;
        nu *= 2;
        if (lambda > LAMBDA_LIMIT) {
          return done(initialLlh, x, at, evaluations, gradients, iteration, trace, gradientFailures == 0,
              gradientFailures == 0 ? "converged: no step gains (a stationary point to the simulation's precision)"
                  : "stopped: no step gains; the gradient failed at " + gradientFailures + " accepted points (last: "
                      + lastFailure + ")");
        }
        continue;
      }
      double[] trial = new double[n];
      double[] taken = new double[n];
      for (int j = 0; j < n; j++) {
        trial[j] = Math.min(hi[j], Math.max(lo[j], x[j] + step[j]));
        taken[j] = trial[j] - x[j];
      }
      double predicted = predictedGain(at, taken);
      double llh = Double.NEGATIVE_INFINITY;
      if (predicted > 0) {
        llh = objective.llh(trial);
        evaluations++;
      }
      double rho = predicted > 0 && Double.isFinite(llh) ? (llh - at.llh()) / predicted : -1;
      Point next = null;
      if (rho > ACCEPT) {
        try {
          next = objective.point(trial);
          gradients++;
          if (Double.isFinite(next.llh()) && finite(next.gradient())) {
            next = plain(next, llh);
          } else {
            gradientFailures++;
            lastFailure = "llh " + next.llh() + " or its gradient not finite in the sensitivity run";
            next = null;
          }
        } catch (RuntimeException e) {
          // the sensitivities could not be integrated there (Fiedler: a million steps at an
          // extreme point whose llh could be): the point is rejected, as one that cannot be simulated
          gradients++;
          gradientFailures++;
          lastFailure = e.getMessage();
        }
      }
      if (next != null) {
        double gain = next.llh() - at.llh();
        x = trial;
        at = next;
        trace.add(at.llh());
        lambda = Math.max(LAMBDA_FLOOR, lambda * Math.max(1.0 / 3, 1 - Math.pow(2 * rho - 1, 3)));
        nu = 2;
        // only a step close to Gauss–Newton's (λ ≤ 1) says the model sees nothing more to gain; a
        // short step after rejections may gain little far from the optimum
        boolean small = gain < gainTolerance * (1 + Math.abs(at.llh()));
        // before stopping on a small gain at a λ above the initial one, try once at the initial λ:
        // convergence is declared only when a near-Gauss–Newton step too gains nothing
        if (small && lambda > RESTART_LAMBDA && !retried) {
          retried = true;
          lambda = RESTART_LAMBDA;
          continue;
        }
        if (!small) {
          retried = false;
        }
        if (lambda <= 1 && small) {
          return done(initialLlh, x, at, evaluations, gradients, iteration, trace, true, "converged: a step gained less than "
              + gainTolerance + " (1 + |llh|)");
        }
      } else {
        lambda *= nu;
        nu *= 2;
        if (lambda > LAMBDA_LIMIT) {
          return done(initialLlh, x, at, evaluations, gradients, iteration, trace, gradientFailures == 0,
              gradientFailures == 0 ? "converged: no step gains (a stationary point to the simulation's precision)"
                  : "stopped: no step gains; the gradient failed at " + gradientFailures + " accepted points (last: "
                      + lastFailure + ")");
        }
      }
    }
  }

  private static Result done(double initialLlh, double[] x, Point at, int evaluations, int gradients, int iterations,
                             List<Double> trace, boolean converged, String status) {
    return new Result(initialLlh, x.clone(), at.llh(), evaluations, gradients, iterations, List.copyOf(trace), converged, status);
  }

  /** The largest component of P(x + g) − x: zero exactly where x is stationary within the bounds. */
  static double projectedGradient(double[] x, double[] g, double[] lo, double[] hi) {
    double max = 0;
    for (int j = 0; j < x.length; j++) {
      max = Math.max(max, Math.abs(Math.min(hi[j], Math.max(lo[j], x[j] + g[j])) - x[j]));
    }
    return max;
  }

  /** A parameter is held when it sits on a bound and its gradient points out of the box. */
  private static boolean[] free(double[] x, double[] g, double[] lo, double[] hi) {
    boolean[] free = new boolean[x.length];
    for (int j = 0; j < x.length; j++) {
      free[j] = !(x[j] <= lo[j] && g[j] <= 0) && !(x[j] >= hi[j] && g[j] >= 0);
    }
    return free;
  }

  /** Moré's scaling: each diagonal of F, the largest seen, floored so that a parameter F does not see still has a finite step. */
  private static void updateScaling(double[] scaling, double[][] fisher) {
    double max = 0;
    for (int j = 0; j < scaling.length; j++) {
      scaling[j] = Math.max(scaling[j], fisher[j][j]);
      max = Math.max(max, scaling[j]);
    }
    double floor = Math.max(1e-12, 1e-8 * max);
    for (int j = 0; j < scaling.length; j++) {
      scaling[j] = Math.max(scaling[j], floor);
    }
  }

  /** (F + λD) s = g on the free parameters; zero on the held ones. */
  private static double[] step(Point at, double[] scaling, double lambda, boolean[] free) {
    int n = free.length;
    int[] index = new int[n];
    int m = 0;
    for (int j = 0; j < n; j++) {
      if (free[j]) {
        index[m++] = j;
      }
    }
    double[] s = new double[n];
    if (m == 0) {
      return s;
    }
    RealMatrix a = new Array2DRowRealMatrix(m, m);
    double[] b = new double[m];
    for (int i = 0; i < m; i++) {
      for (int k = 0; k < m; k++) {
        a.setEntry(i, k, at.fisher()[index[i]][index[k]]);
      }
      a.addToEntry(i, i, lambda * scaling[index[i]]);
      b[i] = at.gradient()[index[i]];
    }
    // F is positive semi-definite and λD positive definite: the sum has a Cholesky factor; the
    // thresholds only guard rounding in a symmetric matrix built by sums
    double[] solution = new CholeskyDecomposition(a, 1e-12, 0).getSolver().solve(new ArrayRealVector(b, false)).toArray();
    for (int i = 0; i < m; i++) {
      s[index[i]] = solution[i];
    }
    return s;
  }

  /** The quadratic model's gain along s: g·s − ½ sᵀ F s. */
  private static double predictedGain(Point at, double[] s) {
    double gain = 0;
    for (int i = 0; i < s.length; i++) {
      if (s[i] == 0.0) {
        continue;
      }
      double fs = 0;
      for (int k = 0; k < s.length; k++) {
        fs += at.fisher()[i][k] * s[k];
      }
      gain += at.gradient()[i] * s[i] - 0.5 * s[i] * fs;
    }
    return gain;
  }

  static boolean finite(double[] v) {
    for (double d : v) {
      if (!Double.isFinite(d)) {
        return false;
      }
    }
    return true;
  }
}
