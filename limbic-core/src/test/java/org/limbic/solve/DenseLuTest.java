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
}
