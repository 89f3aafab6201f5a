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
}
