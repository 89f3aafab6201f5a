package org.limbic.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Eigenvalues against matrices of known spectrum. A = V B V⁻¹ with B block diagonal (real
 * eigenvalues and 2×2 blocks [[a, b], [−b, a]] for a ± ib) and V = I + E, |E_ij| ≤ 0.3/n, so that
 * κ∞(V) < 2: each eigenvalue's condition number is below 2 and the computed ones are within about
 * n eps ‖A‖ · 2 of the true ones; 1e-10 ‖A‖ leaves a wide margin.
 */
class EigenvaluesTest {

  @Test
  void findsKnownRealAndComplexSpectra() {
    Random rnd = new Random(3);
    for (int trial = 0; trial < 200; trial++) {
      int n = 1 + rnd.nextInt(12);
      double[] b = new double[n * n];
      double[] re = new double[n];
      double[] im = new double[n];
      for (int i = 0; i < n; i++) {
        double a = rnd.nextGaussian() * 3;
        if (i + 1 < n && rnd.nextBoolean()) {
          double w = 0.1 + rnd.nextDouble() * 4;
          b[i * n + i] = a;
          b[(i + 1) * n + i + 1] = a;
          b[i * n + i + 1] = w;
          b[(i + 1) * n + i] = -w;
          re[i] = a;
          re[i + 1] = a;
          im[i] = w;
          im[i + 1] = -w;
          i++;
        } else {
          b[i * n + i] = a;
          re[i] = a;
        }
      }
      double[] v = new double[n * n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          v[i * n + j] = (i == j ? 1 : 0) + (rnd.nextDouble() * 2 - 1) * 0.3 / n;
        }
      }
      double[] a = multiply(multiply(v, b, n), inverse(v, n), n);
      Eigenvalues.Spectrum s = Eigenvalues.of(a, n);
      assertThat(s).as("trial %d converged", trial).isNotNull();
      double scale = 1e-10 * Math.max(1, s.norm());
      assertThat(sorted(s.re(), s.im())).as("trial %d, n = %d", trial, n)
          .usingElementComparator((x, y) -> Math.abs(x - y) <= scale ? 0 : Double.compare(x, y))
          .containsExactly(sorted(re, im));
      double expectedMax = Arrays.stream(re).max().orElseThrow();
      assertThat(s.maxRealPart()).isCloseTo(expectedMax, within(scale));
    }
  }

  /** The companion matrix of (x−1)(x−2)…(x−6): its eigenvalues are ill-conditioned (up to ~1e4), 1e-7 still holds. */
  @Test
  void findsTheRootsOfACompanionMatrix() {
    double[] poly = {1};
    for (int r = 1; r <= 6; r++) {
      double[] next = new double[poly.length + 1];
      for (int k = 0; k < poly.length; k++) {
        next[k] += poly[k];
        next[k + 1] -= r * poly[k];
      }
      poly = next;
    }
    int n = 6;
    double[] c = new double[n * n];
    for (int j = 0; j < n; j++) {
      c[j] = -poly[j + 1];
    }
    for (int i = 1; i < n; i++) {
      c[i * n + i - 1] = 1;
    }
    Eigenvalues.Spectrum s = Eigenvalues.of(c, n);
    double[] re = s.re().clone();
    Arrays.sort(re);
    for (int r = 1; r <= 6; r++) {
      assertThat(re[r - 1]).isCloseTo(r, within(1e-7));
      assertThat(s.im()[r - 1]).isCloseTo(0, within(1e-7));
    }
  }

  /** A rotation generator, a Jordan block, the zero matrix and an empty one. */
  @Test
  void handlesSmallAndDegenerateMatrices() {
    Eigenvalues.Spectrum rotation = Eigenvalues.of(new double[] {0, 1, -1, 0}, 2);
    assertThat(rotation.re()).containsExactly(0, 0);
    assertThat(rotation.im()).containsExactly(1, -1);
    Eigenvalues.Spectrum jordan = Eigenvalues.of(new double[] {-2, 1, 0, 0, -2, 1, 0, 0, -2}, 3);
    for (double r : jordan.re()) {
      assertThat(r).isCloseTo(-2, within(1e-5)); // a defective eigenvalue moves by eps^(1/3)
    }
    assertThat(Eigenvalues.of(new double[9], 3).re()).containsExactly(0, 0, 0);
    assertThat(Eigenvalues.of(new double[0], 0).maxRealPart()).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(Eigenvalues.of(new double[] {Double.NaN}, 1)).isNull();
  }

  /** Balancing matters for Jacobians whose rates span many orders: entries from 1e-8 to 1e8. */
  @Test
  void findsTheSpectrumOfABadlyScaledMatrix() {
    int n = 5;
    double[] d = {1e-4, 1e-2, 1, 1e2, 1e4};
    double[] a = new double[n * n];
    Random rnd = new Random(5);
    double[] lambda = {-1, -2, -3, -4, -5};
    // D T D^-1 with T upper triangular: eigenvalues the diagonal of T, entries scaled by d_i / d_j
    for (int i = 0; i < n; i++) {
      a[i * n + i] = lambda[i];
      for (int j = i + 1; j < n; j++) {
        a[i * n + j] = rnd.nextGaussian() * d[i] / d[j];
      }
      for (int j = 0; j < i; j++) {
        a[i * n + j] = 1e-9 * rnd.nextGaussian() * d[i] / d[j];
      }
    }
    double[] re = Eigenvalues.of(a, n).re().clone();
    Arrays.sort(re);
    for (int i = 0; i < n; i++) {
      assertThat(re[i]).isCloseTo(-5 + i, within(1e-6));
    }
  }

  private static Double[] sorted(double[] re, double[] im) {
    Integer[] order = new Integer[re.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> re[x] != re[y] ? Double.compare(re[x], re[y]) : Double.compare(im[x], im[y]));
    Double[] out = new Double[2 * re.length];
    for (int i = 0; i < order.length; i++) {
      out[2 * i] = re[order[i]];
      out[2 * i + 1] = im[order[i]];
    }
    return out;
  }

  private static double[] multiply(double[] x, double[] y, int n) {
    double[] z = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < n; k++) {
        for (int j = 0; j < n; j++) {
          z[i * n + j] += x[i * n + k] * y[k * n + j];
        }
      }
    }
    return z;
  }

  private static double[] inverse(double[] a, int n) {
    double[] lu = a.clone();
    DenseLu dense = new DenseLu(n);
    dense.factor(lu);
    double[] inv = new double[n * n];
    for (int j = 0; j < n; j++) {
      double[] e = new double[n];
      e[j] = 1;
      dense.solve(lu, e);
      for (int i = 0; i < n; i++) {
        inv[i * n + j] = e[i];
      }
    }
    return inv;
  }
}
