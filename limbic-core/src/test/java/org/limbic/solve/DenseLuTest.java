package org.limbic.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DenseLuTest {

  @Test
  void solvesWellConditionedSystemsToRoundoff() {
    Random rnd = new Random(42);
    for (int n = 1; n <= 12; n++) {
      double[] a = new double[n * n];
      for (int i = 0; i < n * n; i++) {
        a[i] = rnd.nextGaussian();
      }
      for (int i = 0; i < n; i++) {
        a[i * n + i] += 2 * n; // diagonally dominant: condition number O(1)
      }
      double[] x = new double[n];
      double[] b = new double[n];
      for (int i = 0; i < n; i++) {
        x[i] = rnd.nextGaussian();
      }
      for (int i = 0; i < n; i++) {
        for (int k = 0; k < n; k++) {
          b[i] += a[i * n + k] * x[k];
        }
      }
      DenseLu lu = new DenseLu(n);
      assertThat(lu.factor(a)).isTrue();
      lu.solve(a, b);
      for (int i = 0; i < n; i++) {
        // backward-stable LU: error ~ cond · n · eps ≈ 1e-14 here; 1e-12 leaves margin
        assertThat(b[i]).isCloseTo(x[i], within(1e-12));
      }
    }
  }

  @Test
  void pivotsWhenTheLeadingEntryIsZero() {
    double[] a = {0, 1, 1, 0};
    double[] b = {2, 3};
    DenseLu lu = new DenseLu(2);
    assertThat(lu.factor(a)).isTrue();
    lu.solve(a, b);
    assertThat(b).containsExactly(3, 2);
  }

  @Test
  void reportsASingularMatrix() {
    double[] a = {1, 2, 2, 4};
    assertThat(new DenseLu(2).factor(a)).isFalse();
  }

  /** Aᵀ x = b for random matrices with pivoting (the leading entries small), checked by multiplying back. */
  @Test
  void solvesTheTransposedSystem() {
    Random rnd = new Random(7);
    for (int n = 1; n <= 9; n++) {
      double[] a = new double[n * n];
      for (int i = 0; i < n * n; i++) {
        a[i] = rnd.nextGaussian();
      }
      for (int i = 0; i < n; i++) {
        a[i * n + i] *= 1e-3; // small diagonal: rows are swapped
      }
      double[] lu = a.clone();
      DenseLu dense = new DenseLu(n);
      assertThat(dense.factor(lu)).isTrue();
      double[] b = new double[n];
      for (int i = 0; i < n; i++) {
        b[i] = rnd.nextGaussian();
      }
      double[] x = b.clone();
      dense.solveTransposed(lu, x);
      for (int j = 0; j < n; j++) {
        double s = 0;
        for (int i = 0; i < n; i++) {
          s += a[i * n + j] * x[i];
        }
        // random Gaussian matrices of this size have condition numbers below ~1e4: 1e-9 is a wide margin
        assertThat(s).isCloseTo(b[j], within(1e-9));
      }
    }
  }

  /**
   * The estimate of 1/κ₁ against the exact value (‖A‖₁ ‖A⁻¹‖₁, the inverse column by column): it is an
   * upper bound (the estimate of ‖A⁻¹‖₁ is a lower bound), and within a factor 3 of it here, as Higham
   * reports for nearly all matrices. A matrix singular but for rounding has 1/κ near eps.
   */
  @Test
  void estimatesTheReciprocalCondition() {
    Random rnd = new Random(11);
    for (int n = 1; n <= 8; n++) {
      double[] a = new double[n * n];
      for (int i = 0; i < n * n; i++) {
        a[i] = rnd.nextGaussian() * Math.exp(3 * rnd.nextGaussian());
      }
      double norm = 0;
      for (int j = 0; j < n; j++) {
        double c = 0;
        for (int i = 0; i < n; i++) {
          c += Math.abs(a[i * n + j]);
        }
        norm = Math.max(norm, c);
      }
      double[] lu = a.clone();
      DenseLu dense = new DenseLu(n);
      assertThat(dense.factor(lu)).isTrue();
      double inverseNorm = 0;
      for (int j = 0; j < n; j++) {
        double[] e = new double[n];
        e[j] = 1;
        dense.solve(lu, e);
        double c = 0;
        for (double v : e) {
          c += Math.abs(v);
        }
        inverseNorm = Math.max(inverseNorm, c);
      }
      double exact = 1 / (norm * inverseNorm);
      double estimate = dense.reciprocalCondition(lu, norm);
      assertThat(estimate).as("n = %d", n).isBetween(exact * (1 - 1e-12), 3 * exact);
    }
    // [[-0.5995, 0.3], [0.5995, -0.3]]: singular, but 0.5995 * (1 / 0.5995) rounds below 1 and leaves a pivot of 5.6e-17
    double[] singular = {-0.5995, 0.3, 0.5995, -0.3};
    DenseLu two = new DenseLu(2);
    assertThat(two.factor(singular)).as("the zero-pivot test alone").isTrue();
    assertThat(two.reciprocalCondition(singular, 1.199)).isLessThan(1e-15);
  }
}
