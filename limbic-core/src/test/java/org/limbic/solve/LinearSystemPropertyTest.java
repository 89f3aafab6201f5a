package org.limbic.solve;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Random stable linear systems y' = A y against the exact solution. A = V D V⁻¹ with D diagonal,
 * eigenvalues in [−10, −0.1], V = I + E with |E_ij| ≤ 0.3/n, so that ‖E‖∞ ≤ 0.3 and
 * κ∞(V) ≤ 1.3/0.7 < 2: exp(At) y0 = V exp(Dt) V⁻¹ y0 is exact up to roundoff.
 *
 * <p>Tolerance: each accepted step's local error is ≤ tol = atol + rtol·|y| in the RMS norm; on a
 * system contractive in the V-norm the global error is at most κ(V)·Σ local errors. With rtol =
 * atol = 1e-8, |y| ≤ 4 and fewer than 400 steps (asserted), the bound is 2·400·5e-8 = 4e-5; we assert
 * 4e-5 on every component.
 */
class LinearSystemPropertyTest {

  private static final double TOL = 1e-8;

  @Property(tries = 60)
  void matchesTheMatrixExponential(@ForAll @IntRange(min = 2, max = 6) int n,
                                   @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
    java.util.Random rnd = new java.util.Random(seed);
    double[] v = new double[n * n];
    double[] lambda = new double[n];
    for (int i = 0; i < n; i++) {
      lambda[i] = -Math.exp(Math.log(0.1) + rnd.nextDouble() * Math.log(100)); // log-uniform in [0.1, 10]
      for (int j = 0; j < n; j++) {
        v[i * n + j] = (i == j ? 1 : 0) + (rnd.nextDouble() * 2 - 1) * 0.3 / n;
      }
    }
    double[] vInv = inverse(v, n);
    double[] a = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double s = 0;
        for (int k = 0; k < n; k++) {
          s += v[i * n + k] * lambda[k] * vInv[k * n + j];
        }
        a[i * n + j] = s;
      }
    }
    double[] y0 = new double[n];
    for (int i = 0; i < n; i++) {
      y0[i] = rnd.nextDouble() * 2 - 1;
    }
    double tEnd = 2.0;
    double[] exact = new double[n];
    for (int i = 0; i < n; i++) {
      double s = 0;
      for (int k = 0; k < n; k++) {
        double c = 0;
        for (int j = 0; j < n; j++) {
          c += vInv[k * n + j] * y0[j];
        }
        s += v[i * n + k] * Math.exp(lambda[k] * tEnd) * c;
      }
      exact[i] = s;
    }
    for (String method : new String[] {"dopri5", "rodas5p", "rodas4", "auto"}) {
      Integrator in = Integrators.create(method, IntegratorOptions.tolerances(TOL, TOL));
      double[] y = TestSystems.solve(in, TestSystems.linear(a, n), y0, tEnd);
      assertThat(in.statistics().steps()).isLessThan(400);
      for (int i = 0; i < n; i++) {
        assertThat(Math.abs(y[i] - exact[i])).as("%s component %d", method, i).isLessThan(4e-5);
      }
    }
  }

  private static double[] inverse(double[] m, int n) {
    double[] lu = m.clone();
    DenseLu dlu = new DenseLu(n);
    if (!dlu.factor(lu)) {
      throw new IllegalStateException("V is singular");
    }
    double[] inv = new double[n * n];
    double[] col = new double[n];
    for (int j = 0; j < n; j++) {
      java.util.Arrays.fill(col, 0);
      col[j] = 1;
      dlu.solve(lu, col);
      for (int i = 0; i < n; i++) {
        inv[i * n + j] = col[i];
      }
    }
    return inv;
  }
}
