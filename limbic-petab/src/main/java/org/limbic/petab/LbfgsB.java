package org.limbic.petab;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealMatrix;

/**
 * Maximizes a log-likelihood within box bounds by L-BFGS-B (Byrd, Lu, Nocedal and Zhu, SIAM J. Sci.
 * Comput. 16 (1995) 1190), on the gradient alone: for objectives whose Fisher information is no
 * good model of their curvature (priors with kinks, far from a fit). Each iteration finds the
 * generalized Cauchy point along the projected steepest-descent path of the quadratic model with
 * the limited-memory BFGS matrix B = θI − W M Wᵀ (the last {@link #MEMORY} pairs), minimizes the
 * model over the variables still free there, truncates that step to the box, and searches along it
 * by backtracking until the Armijo condition holds.
 *
 * <p>Written here because Hipparchus has no bound-constrained quasi-Newton method. B is formed as a
 * dense matrix from its compact form: these problems have at most a few hundred parameters, and one
 * model simulation costs more than every product with it, so the sparse recurrences of the
 * original code buy nothing. The line search is simpler than Moré–Thuente's: it backtracks (the
 * minimizer of the interpolating quadratic, within [0.1, 0.5] of the step) until the Armijo
 * condition holds, on likelihoods alone, and then extends the step fourfold while the curvature
 * condition fails, each extension costing a gradient. A pair is stored only when sᵀy > ε yᵀy,
 * which keeps B positive definite.
 *
 * <p>Stops, converged, when the projected gradient's largest component is below
 * {@link FisherLevenbergMarquardt#GRADIENT_TOLERANCE}, or when an iteration reduces the objective
 * by less than {@link #FACTR} machine epsilons relative (the original's factr = 1e7 default).
 */
final class LbfgsB {

  static final int MEMORY = 10;
  static final double FACTR = 1e7;
  private static final double EPSILON = Math.ulp(1.0);
  private static final double ARMIJO = 1e-4;
  private static final double WOLFE = 0.9;
  private static final int MAX_BACKTRACKS = 30;

  private LbfgsB() {
  }

  static FisherLevenbergMarquardt.Result maximize(FisherLevenbergMarquardt.Objective objective, double[] x0, double[] lo,
                                                  double[] hi, int maxIterations) {
    FisherLevenbergMarquardt.Begin begin = FisherLevenbergMarquardt.begin(objective, x0, lo, hi);
    if (begin.failed() != null) {
      return begin.failed();
    }
    int n = x0.length;
    double[] x = begin.x();
    FisherLevenbergMarquardt.Point at = begin.at();
    double initialLlh = at.llh();
    int evaluations = 0;
    int gradients = 1;
    List<Double> trace = new ArrayList<>();
    trace.add(initialLlh);
    // minimize f = −llh
    double f = -at.llh();
    double[] g = negate(at.gradient());
    Deque<double[]> sPairs = new ArrayDeque<>();
    Deque<double[]> yPairs = new ArrayDeque<>();
    double theta = 1;
    int iteration = 0;
    while (true) {
      if (FisherLevenbergMarquardt.projectedGradient(x, at.gradient(), lo, hi) < FisherLevenbergMarquardt.GRADIENT_TOLERANCE) {
        return result(initialLlh, x, f, evaluations, gradients, iteration, trace, true, "converged: projected gradient below "
            + FisherLevenbergMarquardt.GRADIENT_TOLERANCE);
      }
      if (iteration >= maxIterations) {
        return result(initialLlh, x, f, evaluations, gradients, iteration, trace, false, "stopped after " + maxIterations
            + " iterations");
      }
      iteration++;
      double[][] b;
      try {
        b = matrix(n, theta, sPairs, yPairs);
      } catch (org.hipparchus.exception.MathRuntimeException e) {
        sPairs.clear(); // the pairs have become linearly dependent to rounding: start the memory again
        yPairs.clear();
        theta = 1;
        b = matrix(n, theta, sPairs, yPairs);
      }
      double[] cauchy = cauchyPoint(x, g, b, lo, hi);
      double[] target = subspaceMinimum(x, cauchy, g, b, lo, hi);
      double[] d = new double[n];
      double slope = 0;
      for (int j = 0; j < n; j++) {
        d[j] = target[j] - x[j];
        slope += g[j] * d[j];
      }
      if (!(slope < 0)) {
        // the model's step does not descend: B has lost touch with f; start its memory again
        if (sPairs.isEmpty()) {
          return result(initialLlh, x, f, evaluations, gradients, iteration, trace, true,
              "converged: no descent direction within the bounds");
        }
        sPairs.clear();
        yPairs.clear();
        theta = 1;
        continue;
      }
      double step = sPairs.isEmpty() ? Math.min(1, 1 / norm(d)) : 1;
      double maxStep = maxFeasibleStep(x, d, lo, hi);
      double[] trial = new double[n];
      double[] acceptedPoint = null;
      FisherLevenbergMarquardt.Point next = null;
      for (int k = 0; k < MAX_BACKTRACKS; k++) {
        for (int j = 0; j < n; j++) {
          trial[j] = Math.min(hi[j], Math.max(lo[j], x[j] + step * d[j]));
        }
        double fTrial = -objective.llh(trial);
        evaluations++;
        if (!(Double.isFinite(fTrial) && fTrial <= f + ARMIJO * step * slope)) {
          if (next != null) {
            break; // an extrapolation went too far: keep the step before it
          }
          // the quadratic through f, the slope and the trial, kept within [0.1, 0.5] of the step
          double shorter = Double.isFinite(fTrial) ? -slope * step * step / (2 * (fTrial - f - slope * step)) : 0.1 * step;
          step = Math.min(0.5 * step, Math.max(0.1 * step, shorter));
          continue;
        }
        try {
          FisherLevenbergMarquardt.Point p = objective.point(trial);
          gradients++;
          if (!Double.isFinite(p.llh()) || !FisherLevenbergMarquardt.finite(p.gradient())) {
            throw new IllegalStateException("llh " + p.llh() + " or its gradient not finite in the sensitivity run");
          }
          next = FisherLevenbergMarquardt.plain(p, -fTrial);
        } catch (RuntimeException e) {
          // the sensitivities could not be integrated there: a point as poor as one that cannot be simulated
          gradients++;
          if (next != null) {
            break;
          }
          step *= 0.1;
          continue;
        }
        acceptedPoint = trial.clone();
        double newSlope = -dot(next.gradient(), d);
        // the curvature condition of Wolfe (c₂ = 0.9, as the original's): without it the pairs
        // see only short steps and B over-estimates the curvature; a step is extended, up to
        // where d leaves the box, until the slope has risen enough
        if (newSlope >= WOLFE * slope || step >= maxStep) {
          break;
        }
        step = Math.min(maxStep, 4 * step);
      }
      if (next == null) {
        if (!sPairs.isEmpty()) {
          sPairs.clear();
          yPairs.clear();
          theta = 1;
          continue;
        }
        return result(initialLlh, x, f, evaluations, gradients, iteration, trace, true,
            "converged: no step along the steepest descent gains (a stationary point to the simulation's precision)");
      }
      trial = acceptedPoint;
      double fNext = -next.llh();
      double[] gNext = negate(next.gradient());
      double[] s = new double[n];
      double[] y = new double[n];
      double sy = 0;
      double yy = 0;
      for (int j = 0; j < n; j++) {
        s[j] = trial[j] - x[j];
        y[j] = gNext[j] - g[j];
        sy += s[j] * y[j];
        yy += y[j] * y[j];
      }
      if (sy > EPSILON * yy) {
        sPairs.addLast(s);
        yPairs.addLast(y);
        if (sPairs.size() > MEMORY) {
          sPairs.removeFirst();
          yPairs.removeFirst();
        }
        theta = yy / sy;
      }
      double reduction = (f - fNext) / Math.max(Math.max(Math.abs(f), Math.abs(fNext)), 1);
      x = trial.clone();
      f = fNext;
      g = gNext;
      at = next;
      trace.add(-f);
      if (reduction <= FACTR * EPSILON) {
        return result(initialLlh, x, f, evaluations, gradients, iteration, trace, true,
            "converged: relative reduction below factr·ε = " + FACTR * EPSILON);
      }
    }
  }

  private static FisherLevenbergMarquardt.Result result(double initialLlh, double[] x, double f, int evaluations, int gradients,
                                                        int iterations, List<Double> trace, boolean converged, String status) {
    return new FisherLevenbergMarquardt.Result(initialLlh, x.clone(), -f, evaluations, gradients, iterations, List.copyOf(trace),
        converged, status);
  }

  /** B = θI − W M Wᵀ with W = [Y θS] and M = [[−D, Lᵀ], [L, θSᵀS]]⁻¹ (Byrd, Nocedal and Schnabel 1994, eq. 3.5). */
  static double[][] matrix(int n, double theta, Deque<double[]> sPairs, Deque<double[]> yPairs) {
    double[][] b = new double[n][n];
    for (int i = 0; i < n; i++) {
      b[i][i] = theta;
    }
    int m = sPairs.size();
    if (m == 0) {
      return b;
    }
    double[][] s = sPairs.toArray(new double[0][]);
    double[][] y = yPairs.toArray(new double[0][]);
    RealMatrix middle = new Array2DRowRealMatrix(2 * m, 2 * m);
    for (int i = 0; i < m; i++) {
      for (int k = 0; k < m; k++) {
        double sy = dot(s[i], y[k]);
        if (i == k) {
          middle.setEntry(i, i, -sy);
        }
        if (i > k) {
          middle.setEntry(m + i, k, sy); // L: s_iᵀ y_k for i > k
          middle.setEntry(k, m + i, sy); // Lᵀ
        }
        middle.setEntry(m + i, m + k, theta * dot(s[i], s[k]));
      }
    }
    // a threshold of 0: the entries are sᵀy and θsᵀs, 1e-11 and less near an optimum, which
    // Hipparchus' default absolute pivot threshold (1e-11) would call singular
    RealMatrix inverse = new LUDecomposition(middle, 0.0).getSolver().getInverse();
    double[][] w = new double[n][2 * m];
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < m; i++) {
        w[j][i] = y[i][j];
        w[j][m + i] = theta * s[i][j];
      }
    }
    double[][] wm = new double[n][2 * m];
    for (int j = 0; j < n; j++) {
      for (int c = 0; c < 2 * m; c++) {
        double sum = 0;
        for (int k = 0; k < 2 * m; k++) {
          sum += w[j][k] * inverse.getEntry(k, c);
        }
        wm[j][c] = sum;
      }
    }
    // the lower triangle, mirrored: B is symmetric, and the Cholesky factor of its free block checks
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        b[i][j] -= dot(wm[i], w[j]);
        b[j][i] = b[i][j];
      }
    }
    return b;
  }

  /**
   * The first local minimizer of the model f + gᵀz + ½ zᵀBz along x(t) = P(x − t g): the path
   * is walked breakpoint by breakpoint, each variable fixed once it reaches its bound.
   */
  static double[] cauchyPoint(double[] x, double[] g, double[][] b, double[] lo, double[] hi) {
    int n = x.length;
    double[] breakpoint = new double[n];
    double[] d = new double[n];
    for (int j = 0; j < n; j++) {
      if (g[j] < 0) {
        breakpoint[j] = hi[j] == Double.POSITIVE_INFINITY ? Double.POSITIVE_INFINITY : (x[j] - hi[j]) / g[j];
      } else if (g[j] > 0) {
        breakpoint[j] = lo[j] == Double.NEGATIVE_INFINITY ? Double.POSITIVE_INFINITY : (x[j] - lo[j]) / g[j];
      } else {
        breakpoint[j] = Double.POSITIVE_INFINITY;
      }
      d[j] = breakpoint[j] > 0 ? -g[j] : 0;
    }
    Integer[] order = new Integer[n];
    for (int j = 0; j < n; j++) {
      order[j] = j;
    }
    Arrays.sort(order, (p, q) -> Double.compare(breakpoint[p], breakpoint[q]));
    double[] z = new double[n]; // x(t) − x
    double t = 0;
    int next = 0;
    while (next < n && breakpoint[order[next]] <= 0) {
      next++;
    }
    while (true) {
      double[] bd = multiply(b, d);
      double slope = dot(g, d) + dot(bd, z);
      double curvature = dot(d, bd);
      if (slope >= 0) {
        break;
      }
      double end = next < n ? breakpoint[order[next]] : Double.POSITIVE_INFINITY;
      double dt = curvature > 0 ? -slope / curvature : Double.POSITIVE_INFINITY;
      if (dt < end - t) {
        for (int j = 0; j < n; j++) {
          z[j] += dt * d[j];
        }
        break;
      }
      if (end == Double.POSITIVE_INFINITY) {
        break; // the model falls without bound along a free direction: stop where we are
      }
      for (int j = 0; j < n; j++) {
        z[j] += (end - t) * d[j];
      }
      t = end;
      while (next < n && breakpoint[order[next]] <= t) {
        int j = order[next++];
        z[j] = (d[j] > 0 ? hi[j] : lo[j]) - x[j];
        d[j] = 0;
      }
    }
    double[] c = new double[n];
    for (int j = 0; j < n; j++) {
      c[j] = Math.min(hi[j], Math.max(lo[j], x[j] + z[j]));
    }
    return c;
  }

  /**
   * The model's minimizer over the variables free at the Cauchy point (the others held there),
   * truncated to the box along the way from the Cauchy point: the direct primal method of the paper.
   */
  static double[] subspaceMinimum(double[] x, double[] cauchy, double[] g, double[][] b, double[] lo, double[] hi) {
    int n = x.length;
    int[] free = new int[n];
    int m = 0;
    for (int j = 0; j < n; j++) {
      if (cauchy[j] > lo[j] && cauchy[j] < hi[j]) {
        free[m++] = j;
      }
    }
    if (m == 0) {
      return cauchy;
    }
    double[] z = new double[n];
    for (int j = 0; j < n; j++) {
      z[j] = cauchy[j] - x[j];
    }
    double[] bz = multiply(b, z);
    RealMatrix reduced = new Array2DRowRealMatrix(m, m);
    double[] r = new double[m];
    for (int i = 0; i < m; i++) {
      for (int k = 0; k < m; k++) {
        reduced.setEntry(i, k, b[free[i]][free[k]]);
      }
      r[i] = -(g[free[i]] + bz[free[i]]);
    }
    double[] du;
    try {
      du = new CholeskyDecomposition(reduced, 1e-14, 0).getSolver().solve(new ArrayRealVector(r, false)).toArray();
    } catch (org.hipparchus.exception.MathRuntimeException e) {
      return cauchy; // B lost positive definiteness to rounding: the Cauchy point is still a descent
    }
    // Morales and Nocedal's remark (ACM TOMS 38 (2011) 7): project the subspace step onto the box,
    // and keep the projection when it still descends. Truncating the whole step where the first
    // variable meets its bound (the original) crawls when many parameters sit at their bounds,
    // as most of Boehm's do at its optimum
    double[] projected = cauchy.clone();
    double descent = 0;
    for (int i = 0; i < m; i++) {
      int j = free[i];
      projected[j] = Math.min(hi[j], Math.max(lo[j], cauchy[j] + du[i]));
    }
    for (int j = 0; j < n; j++) {
      descent += g[j] * (projected[j] - x[j]);
    }
    if (descent < 0) {
      return projected;
    }
    double alpha = 1;
    for (int i = 0; i < m; i++) {
      int j = free[i];
      if (du[i] > 0) {
        alpha = Math.min(alpha, (hi[j] - cauchy[j]) / du[i]);
      } else if (du[i] < 0) {
        alpha = Math.min(alpha, (lo[j] - cauchy[j]) / du[i]);
      }
    }
    double[] out = cauchy.clone();
    for (int i = 0; i < m; i++) {
      int j = free[i];
      out[j] = Math.min(hi[j], Math.max(lo[j], cauchy[j] + alpha * du[i]));
    }
    return out;
  }

  /** The longest step along d from x that stays within the box (at least 1: x + d is in it). */
  private static double maxFeasibleStep(double[] x, double[] d, double[] lo, double[] hi) {
    double max = Double.POSITIVE_INFINITY;
    for (int j = 0; j < x.length; j++) {
      if (d[j] > 0) {
        max = Math.min(max, (hi[j] - x[j]) / d[j]);
      } else if (d[j] < 0) {
        max = Math.min(max, (lo[j] - x[j]) / d[j]);
      }
    }
    return Math.max(1, max);
  }

  private static double[] multiply(double[][] a, double[] v) {
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = dot(a[i], v);
    }
    return out;
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  private static double norm(double[] v) {
    return Math.sqrt(dot(v, v));
  }

  private static double[] negate(double[] v) {
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = -v[i];
    }
    return out;
  }
}
