package org.limbic.solve;

/**
 * LU factorization with partial (row) pivoting of a dense n×n matrix stored row-major in a
 * {@code double[n*n]}, factored in place (Golub &amp; Van Loan, Matrix Computations, Alg. 3.4.1), then
 * used for any number of solves. The stiff integrators factor {@code I/(hγ) − J} once per step.
 *
 * <p>Hot path: {@link #factor} and {@link #solve} allocate nothing; the pivot array is allocated
 * once, in the constructor.
 */
public final class DenseLu {

  private final int n;
  private final int[] pivot;

  public DenseLu(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("dimension must be >= 1, got " + n);
    }
    this.n = n;
    this.pivot = new int[n];
  }

  public int dimension() {
    return n;
  }

  /**
   * Overwrites {@code a} (row-major, n×n) with its LU factors: the unit lower triangle L below the
   * diagonal, U on and above it, rows swapped as recorded in the pivot array.
   *
   * @return false if the matrix is singular to working precision (a zero pivot); the caller decides
   *     what that means (the integrators reject the step and shrink h)
   */
  public boolean factor(double[] a) {
    for (int k = 0; k < n; k++) {
      int p = k;
      double max = Math.abs(a[k * n + k]);
      for (int i = k + 1; i < n; i++) {
        double v = Math.abs(a[i * n + k]);
        if (v > max) {
          max = v;
          p = i;
        }
      }
      pivot[k] = p;
      if (max == 0.0 || !Double.isFinite(max)) {
        return false;
      }
      int rk = k * n;
      if (p != k) {
        int rp = p * n;
        for (int j = 0; j < n; j++) {
          double t = a[rk + j];
          a[rk + j] = a[rp + j];
          a[rp + j] = t;
        }
      }
      double inv = 1.0 / a[rk + k];
      for (int i = k + 1; i < n; i++) {
        int ri = i * n;
        double l = a[ri + k] * inv;
        a[ri + k] = l;
        if (l != 0.0) {
          for (int j = k + 1; j < n; j++) {
            a[ri + j] -= l * a[rk + j];
          }
        }
      }
    }
    return true;
  }

  /** Solves A x = b in place ({@code b} becomes x), with {@code lu} as left by {@link #factor}. */
  public void solve(double[] lu, double[] b) {
    for (int k = 0; k < n; k++) {
      int p = pivot[k];
      if (p != k) {
        double t = b[k];
        b[k] = b[p];
        b[p] = t;
      }
    }
    for (int i = 1; i < n; i++) {
      int ri = i * n;
      double s = b[i];
      for (int j = 0; j < i; j++) {
        s -= lu[ri + j] * b[j];
      }
      b[i] = s;
    }
    for (int i = n - 1; i >= 0; i--) {
      int ri = i * n;
      double s = b[i];
      for (int j = i + 1; j < n; j++) {
        s -= lu[ri + j] * b[j];
      }
      b[i] = s / lu[ri + i];
    }
  }

  /**
   * Solves A^T x = b in place ({@code b} becomes x), with {@code lu} as left by {@link #factor}:
   * PA = LU, so U^T L^T P x = b (for condition estimates, which need both A^-1 and A^-T).
   */
  public void solveTransposed(double[] lu, double[] b) {
    for (int i = 0; i < n; i++) {
      double s = b[i];
      for (int j = 0; j < i; j++) {
        s -= lu[j * n + i] * b[j];
      }
      b[i] = s / lu[i * n + i];
    }
    for (int i = n - 1; i >= 0; i--) {
      double s = b[i];
      for (int j = i + 1; j < n; j++) {
        s -= lu[j * n + i] * b[j];
      }
      b[i] = s;
    }
    for (int k = n - 1; k >= 0; k--) {
      int p = pivot[k];
      if (p != k) {
        double t = b[k];
        b[k] = b[p];
        b[p] = t;
      }
    }
  }

  /**
   * An estimate of the reciprocal condition number 1 / (‖A‖₁ ‖A⁻¹‖₁) of the matrix whose factors
   * {@code lu} holds, given its 1-norm: Hager's estimator of ‖A⁻¹‖₁ as refined by Higham (ACM TOMS 14
   * (1988) 381, Alg. 4.1; LAPACK's dlacon): a few solves with A and Aᵀ. The estimate of ‖A⁻¹‖₁ is a
   * lower bound, nearly always within a factor 3 of it, so the result is an upper bound of rcond.
   */
  public double reciprocalCondition(double[] lu, double norm1) {
    if (!(norm1 > 0)) {
      return 0;
    }
    double[] x = new double[n];
    java.util.Arrays.fill(x, 1.0 / n);
    solve(lu, x);
    double estimate = norm1(x);
    if (n > 1) {
      double[] sign = new double[n];
      int j = signsThenTransposedSolve(lu, x, sign);
      for (int iteration = 2; iteration <= 5; iteration++) {
        java.util.Arrays.fill(x, 0);
        x[j] = 1;
        solve(lu, x);
        double previous = estimate;
        estimate = norm1(x);
        boolean sameSigns = true;
        for (int i = 0; i < n; i++) {
          sameSigns &= (x[i] >= 0 ? 1 : -1) == sign[i];
        }
        if (sameSigns || estimate <= previous) {
          estimate = Math.max(estimate, previous);
          break;
        }
        int last = j;
        j = signsThenTransposedSolve(lu, x, sign);
        if (Math.abs(x[last]) == Math.abs(x[j])) {
          break;
        }
      }
      // Higham's extra vector, for the matrices that fool the iteration
      for (int i = 0; i < n; i++) {
        x[i] = (i % 2 == 0 ? 1 : -1) * (1 + (double) i / (n - 1));
      }
      solve(lu, x);
      estimate = Math.max(estimate, 2 * norm1(x) / (3 * n));
    }
    return Double.isFinite(estimate) && estimate > 0 ? 1 / (norm1 * estimate) : 0;
  }

  /** sign := sign(x), then x := A^-T sign; the index of x's largest magnitude. */
  private int signsThenTransposedSolve(double[] lu, double[] x, double[] sign) {
    for (int i = 0; i < n; i++) {
      sign[i] = x[i] >= 0 ? 1 : -1;
      x[i] = sign[i];
    }
    solveTransposed(lu, x);
    int j = 0;
    for (int i = 1; i < n; i++) {
      if (Math.abs(x[i]) > Math.abs(x[j])) {
        j = i;
      }
    }
    return j;
  }

  private static double norm1(double[] x) {
    double s = 0;
    for (double v : x) {
      s += Math.abs(v);
    }
    return s;
  }
}
