package org.limbic.petab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Fisher information against the observed Hessian where the two must agree: with data that the
 * model reproduces exactly and σ fixed, every residual is 0, so −∇² llh = Σ ∇h ∇hᵀ / σ² exactly
 * (the term in r ∇²h vanishes). The model is y = A exp(−k t) with A on the linear and k on the
 * log10 scale, so the scales' chain rule is inside what is compared; the Hessian is taken by central
 * differences of the sensitivity gradient.
 */
class FisherInformationTest {

  @TempDir
  Path tmp;

  @Test
  void equalsTheObservedHessianWhereTheResidualsVanish() throws IOException {
    double[][] data = new double[4][];
    double[] times = {0, 1, 2, 4};
    for (int i = 0; i < times.length; i++) {
      data[i] = new double[] {times[i], 2 * Math.exp(-0.5 * times[i])};
    }
    Path yaml = ProfileProblems.write(tmp, ProfileProblems.DECAY, "A * X", 0.1, data,
        "A\tlin\t0\t10\t2\t1\nk\tlog10\t0.01\t100\t0.5\t1\n");
    PetabObjective objective = new PetabObjective(PetabProblem.read(yaml));
    PetabObjective.Gradient at = objective.gradient(Map.of());
    double[] scaled = {2, Math.log10(0.5)};
    // h = 1e-4 on each scale: the differences' error is O(h²) ≈ 1e-8 relative, the gradients'
    // (rtol 1e-10) contribute 1e-10 / h ≈ 1e-6 at most; hence the bar 1e-5 of the largest entry
    double h = 1e-4;
    double[][] hessian = new double[2][2];
    for (int j = 0; j < 2; j++) {
      double[] plus = objective.gradient(values(scaled, j, h)).gradient();
      double[] minus = objective.gradient(values(scaled, j, -h)).gradient();
      for (int i = 0; i < 2; i++) {
        hessian[i][j] = -(plus[i] - minus[i]) / (2 * h);
      }
    }
    double largest = Math.max(Math.abs(at.fisher()[0][0]), Math.abs(at.fisher()[1][1]));
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 2; j++) {
        assertThat(Math.abs(at.fisher()[i][j] - hessian[i][j])).as("F[%d][%d] = %s, −∇² llh = %s", i, j, at.fisher()[i][j],
            hessian[i][j]).isLessThan(1e-5 * largest);
      }
    }
    // and they are not trivially equal: A and k are correlated through the decay
    assertThat(Math.abs(at.fisher()[0][1])).isGreaterThan(0.1 * largest);
  }

  private static Map<String, Double> values(double[] scaled, int j, double h) {
    Map<String, Double> v = new HashMap<>();
    v.put("A", scaled[0] + (j == 0 ? h : 0));
    v.put("k", Math.pow(10, scaled[1] + (j == 1 ? h : 0)));
    return v;
  }
}
