package org.limbic.solve;

/**
 * The eigenvalues of a dense real n×n matrix (row-major {@code double[n*n]}), for deciding whether a
 * Jacobian is stable: balancing (Parlett &amp; Reinsch 1969, powers of 2, so exact), reduction to upper
 * Hessenberg form by Householder reflections, then the implicitly double-shifted QR iteration of
 * Francis with deflation at negligible subdiagonals and ad hoc shifts after 10 and 20 iterations
 * without one (Golub &amp; Van Loan, Matrix Computations, 4th ed., Alg. 7.4.2, 7.5.1 and 7.5.2; the
 * deflation test and the exceptional shift as in LAPACK's dlahqr). Eigenvalues only: the
 * transformations are applied to the active diagonal block, not accumulated. O(n^3), about 10 n^3 flops.
 */
public final class Eigenvalues {

  private static final double EPS = Math.ulp(1.0);

  /**
   * The eigenvalues, as real and imaginary parts (a complex pair next to each other, the positive
   * imaginary part first), and the 1-norm of the balanced matrix: the scale of their rounding errors
   * (about n eps norm times an eigenvalue's condition number).
   */
  public record Spectrum(double[] re, double[] im, double norm) {

    /** The largest real part; -infinity for an empty matrix. */
    public double maxRealPart() {
      double max = Double.NEGATIVE_INFINITY;
      for (double r : re) {
        max = Math.max(max, r);
      }
      return max;
    }
  }

  private Eigenvalues() {
  }

  /**
   * The eigenvalues of {@code a} (not modified).
   *
   * @return null if an entry is not finite or the QR iteration did not converge in 30 max(10, n) iterations (LAPACK's limit)
   */
  public static Spectrum of(double[] a, int n) {
    if (a.length != n * n) {
      throw new IllegalArgumentException("a " + n + "x" + n + " matrix has " + n * n + " entries, not " + a.length);
    }
    double[][] h = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        h[i][j] = a[i * n + j];
        if (!Double.isFinite(h[i][j])) {
          return null;
        }
      }
    }
    balance(h);
    double norm = 0;
    for (int j = 0; j < n; j++) {
      double column = 0;
      for (int i = 0; i < n; i++) {
        column += Math.abs(h[i][j]);
      }
      norm = Math.max(norm, column);
    }
    hessenberg(h);
    double[] re = new double[n];
    double[] im = new double[n];
    return qr(h, re, im, norm) ? new Spectrum(re, im, norm) : null;
  }

  /** D^-1 A D with D diagonal of powers of 2 making each row's and column's off-diagonal 1-norms about equal. */
  private static void balance(double[][] h) {
    int n = h.length;
    boolean done = false;
    while (!done) {
      done = true;
      for (int i = 0; i < n; i++) {
        double c = 0;
        double r = 0;
        for (int j = 0; j < n; j++) {
          if (j != i) {
            c += Math.abs(h[j][i]);
            r += Math.abs(h[i][j]);
          }
        }
        if (c == 0 || r == 0) {
          continue;
        }
        double sum = c + r;
        double f = 1;
        double g = r / 2;
        while (c < g) {
          f *= 2;
          c *= 4;
        }
        g = r * 2;
        while (c > g) {
          f /= 2;
          c /= 4;
        }
        // c is now c f^2: the scaled column and row norms are c f and r / f
        if ((c + r) / f < 0.95 * sum) {
          done = false;
          for (int j = 0; j < n; j++) {
            h[i][j] /= f;
            h[j][i] *= f;
          }
        }
      }
    }
  }

  /** Q^T A Q upper Hessenberg, Q a product of Householder reflections (G&amp;VL Alg. 7.4.2). */
  private static void hessenberg(double[][] h) {
    int n = h.length;
    double[] v = new double[n];
    for (int k = 0; k < n - 2; k++) {
      double scale = 0;
      for (int i = k + 1; i < n; i++) {
        scale = Math.max(scale, Math.abs(h[i][k]));
      }
      if (scale == 0) {
        continue;
      }
      double sigma = 0;
      for (int i = k + 1; i < n; i++) {
        v[i] = h[i][k] / scale;
        sigma += v[i] * v[i];
      }
      double alpha = Math.sqrt(sigma);
      if (v[k + 1] > 0) {
        alpha = -alpha;
      }
      v[k + 1] -= alpha;
      double vv = 0;
      for (int i = k + 1; i < n; i++) {
        vv += v[i] * v[i];
      }
      if (vv == 0) {
        continue;
      }
      double beta = 2 / vv;
      for (int j = k; j < n; j++) {
        double s = 0;
        for (int i = k + 1; i < n; i++) {
          s += v[i] * h[i][j];
        }
        s *= beta;
        for (int i = k + 1; i < n; i++) {
          h[i][j] -= s * v[i];
        }
      }
      for (int i = 0; i < n; i++) {
        double s = 0;
        for (int j = k + 1; j < n; j++) {
          s += h[i][j] * v[j];
        }
        s *= beta;
        for (int j = k + 1; j < n; j++) {
          h[i][j] -= s * v[j];
        }
      }
      h[k + 1][k] = alpha * scale;
      for (int i = k + 2; i < n; i++) {
        h[i][k] = 0;
      }
    }
  }

  /** The Francis QR iteration on the Hessenberg matrix h; false if it does not converge. */
  private static boolean qr(double[][] h, double[] re, double[] im, double norm) {
    int n = h.length;
    int hi = n - 1;
    int iterations = 0;
    int total = 0;
    double[] v = new double[3];
    while (hi >= 0) {
      // the start l of the unreduced block ending at hi
      int l = hi;
      while (l > 0) {
        double s = Math.abs(h[l - 1][l - 1]) + Math.abs(h[l][l]);
        if (s == 0) {
          s = norm;
        }
        if (Math.abs(h[l][l - 1]) <= EPS * s) {
          h[l][l - 1] = 0;
          break;
        }
        l--;
      }
      if (l == hi) {
        re[hi] = h[hi][hi];
        im[hi] = 0;
        hi--;
        iterations = 0;
        continue;
      }
      if (l == hi - 1) {
        twoByTwo(h[hi - 1][hi - 1], h[hi - 1][hi], h[hi][hi - 1], h[hi][hi], re, im, hi - 1);
        hi -= 2;
        iterations = 0;
        continue;
      }
      if (++total > 30 * Math.max(10, n)) {
        return false;
      }
      iterations++;
      // the shifts: the eigenvalues of the trailing 2x2 block, given by their sum and product
      double sum;
      double product;
      if (iterations == 10 || iterations == 20) {
        double s = Math.abs(h[hi][hi - 1]) + Math.abs(h[hi - 1][hi - 2]);
        double diagonal = 0.75 * s + h[hi][hi];
        sum = 2 * diagonal;
        product = diagonal * diagonal + 0.4375 * s * s;
      } else {
        sum = h[hi - 1][hi - 1] + h[hi][hi];
        product = h[hi - 1][hi - 1] * h[hi][hi] - h[hi - 1][hi] * h[hi][hi - 1];
      }
      // the first column of (H - s1)(H - s2), then the bulge chased down (G&VL Alg. 7.5.1)
      double x = h[l][l] * h[l][l] + h[l][l + 1] * h[l + 1][l] - sum * h[l][l] + product;
      double y = h[l + 1][l] * (h[l][l] + h[l + 1][l + 1] - sum);
      double z = h[l + 1][l] * h[l + 2][l + 1];
      for (int k = l; k <= hi - 2; k++) {
        double beta = house(x, y, z, v);
        if (beta != 0) {
          int first = Math.max(l, k - 1);
          for (int j = first; j <= hi; j++) {
            double s = beta * (v[0] * h[k][j] + v[1] * h[k + 1][j] + v[2] * h[k + 2][j]);
            h[k][j] -= s * v[0];
            h[k + 1][j] -= s * v[1];
            h[k + 2][j] -= s * v[2];
          }
          int last = Math.min(k + 3, hi);
          for (int i = l; i <= last; i++) {
            double s = beta * (h[i][k] * v[0] + h[i][k + 1] * v[1] + h[i][k + 2] * v[2]);
            h[i][k] -= s * v[0];
            h[i][k + 1] -= s * v[1];
            h[i][k + 2] -= s * v[2];
          }
          if (k > l) {
            h[k + 1][k - 1] = 0;
            h[k + 2][k - 1] = 0;
          }
        }
        x = h[k + 1][k];
        y = h[k + 2][k];
        z = k < hi - 2 ? h[k + 3][k] : 0;
      }
      double beta = house(x, y, 0, v);
      if (beta != 0) {
        for (int j = hi - 2; j <= hi; j++) {
          double s = beta * (v[0] * h[hi - 1][j] + v[1] * h[hi][j]);
          h[hi - 1][j] -= s * v[0];
          h[hi][j] -= s * v[1];
        }
        for (int i = l; i <= hi; i++) {
          double s = beta * (h[i][hi - 1] * v[0] + h[i][hi] * v[1]);
          h[i][hi - 1] -= s * v[0];
          h[i][hi] -= s * v[1];
        }
        h[hi][hi - 2] = 0;
      }
    }
    return true;
  }

  /** A Householder vector v (in {@code v}) and beta with (I - beta v v^T)(x, y, z) a multiple of e1; beta 0 if (x, y, z) is 0. */
  private static double house(double x, double y, double z, double[] v) {
    double scale = Math.abs(x) + Math.abs(y) + Math.abs(z);
    if (scale == 0) {
      return 0;
    }
    x /= scale;
    y /= scale;
    z /= scale;
    double alpha = Math.sqrt(x * x + y * y + z * z);
    if (x > 0) {
      alpha = -alpha;
    }
    v[0] = x - alpha;
    v[1] = y;
    v[2] = z;
    double vv = v[0] * v[0] + y * y + z * z;
    return vv == 0 ? 0 : 2 / vv;
  }

  /** The eigenvalues of [[a, b], [c, d]] into re/im at i and i + 1, without cancellation. */
  private static void twoByTwo(double a, double b, double c, double d, double[] re, double[] im, int i) {
    double p = 0.5 * (a - d);
    double bc = b * c;
    double discriminant = p * p + bc;
    if (discriminant >= 0) {
      double z = p + Math.copySign(Math.sqrt(discriminant), p);
      re[i] = d + z;
      re[i + 1] = z == 0 ? d : d - bc / z;
      im[i] = 0;
      im[i + 1] = 0;
    } else {
      re[i] = d + p;
      re[i + 1] = d + p;
      im[i] = Math.sqrt(-discriminant);
      im[i + 1] = -im[i];
    }
  }
}
