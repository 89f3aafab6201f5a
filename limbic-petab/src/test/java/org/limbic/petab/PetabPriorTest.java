package org.limbic.petab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The eight PEtab priors: their log densities against closed forms, their gradients on each
 * parameter scale against central differences, their truncated quantiles, and Schwen's priors
 * against PEtab.jl's value.
 */
class PetabPriorTest {

  private static final PetabParameter.Scale[] SCALES = PetabParameter.Scale.values();

  @Test
  void logDensitiesAreTheClosedForms() {
    double x = 2.5;
    // normal(1; 2) at x: −½ log(2π·4) − ½ (1.5/2)²
    assertThat(new PetabPrior(PetabPrior.Type.NORMAL, 1, 2).logDensity(x, PetabParameter.Scale.LIN))
        .isCloseTo(-0.5 * Math.log(8 * Math.PI) - 0.5 * 0.5625, within(1e-14));
    // logNormal(0; 1) at x: −½ log(2π) − ½ (ln x)² − ln x, whatever scale x is given on
    double logNormal = -0.5 * Math.log(2 * Math.PI) - 0.5 * Math.pow(Math.log(x), 2) - Math.log(x);
    for (PetabParameter.Scale s : SCALES) {
      assertThat(new PetabPrior(PetabPrior.Type.LOG_NORMAL, 0, 1).logDensity(s.toScale(x), s)).isCloseTo(logNormal, within(1e-13));
    }
    // laplace(1; 0.5): −log(2·0.5) − |1.5|/0.5
    assertThat(new PetabPrior(PetabPrior.Type.LAPLACE, 1, 0.5).logDensity(x, PetabParameter.Scale.LIN)).isCloseTo(-3, within(1e-14));
    // parameterScaleLaplace(0; 2) on log10 at x: −log 4 − |log10 x|/2
    assertThat(new PetabPrior(PetabPrior.Type.PARAMETER_SCALE_LAPLACE, 0, 2).logDensity(Math.log10(x), PetabParameter.Scale.LOG10))
        .isCloseTo(-Math.log(4) - Math.log10(x) / 2, within(1e-14));
    // uniform(1; 3): −log 2 inside, −∞ outside
    PetabPrior uniform = new PetabPrior(PetabPrior.Type.UNIFORM, 1, 3);
    assertThat(uniform.logDensity(Math.log(x), PetabParameter.Scale.LOG)).isCloseTo(-Math.log(2), within(1e-14));
    assertThat(uniform.logDensity(Math.log(3.5), PetabParameter.Scale.LOG)).isEqualTo(Double.NEGATIVE_INFINITY);
  }

  @Test
  void gradientsOnEveryScaleAreTheDifferencesOfTheDensities() {
    double x = 2.5; // away from the Laplace priors' kinks (at 1 and at ln x = 0.2)
    for (PetabPrior.Type type : PetabPrior.Type.values()) {
      PetabPrior prior = type.name().contains("UNIFORM") ? new PetabPrior(type, -10, 10) : new PetabPrior(type, type.name()
          .startsWith("LOG") ? 0.2 : 1, 0.7);
      for (PetabParameter.Scale s : SCALES) {
        double t = s.toScale(x);
        double h = 1e-6;
        double difference = (prior.logDensity(t + h, s) - prior.logDensity(t - h, s)) / (2 * h);
        // central differences at h = 1e-6: O(h²) ≈ 1e-12 truncation, 1e-16/h ≈ 1e-10 rounding
        assertThat(prior.gradient(t, s)).as(prior + " on " + s).isCloseTo(difference, within(1e-8 * Math.max(1, Math.abs(difference))));
      }
    }
  }

  @Test
  void quantilesStayWithinTheBoundsAndSplitTheTruncatedMass() {
    PetabPrior prior = new PetabPrior(PetabPrior.Type.PARAMETER_SCALE_NORMAL, 0, 1);
    // truncated to θ in [−1, 3] on log10: the median of the truncated normal is Φ⁻¹((Φ(−1) + Φ(3)) / 2)
    double median = prior.quantile(0.5, 0.1, 1000, PetabParameter.Scale.LOG10);
    // = Φ⁻¹(0.5786527) = 0.19844789960344730 (Python's statistics.NormalDist); 1e-9: Hipparchus'
    // inverse normal CDF is accurate to about 1e-9 in the centre
    assertThat(median).isCloseTo(0.19844789960344730, within(1e-9));
    for (double q = 0; q <= 1; q += 0.125) {
      double theta = prior.quantile(q, 0.1, 1000, PetabParameter.Scale.LOG10);
      assertThat(theta).isBetween(-1.0, 3.0);
    }
  }

  @Test
  void windowsFarInAPriorsTailStillHaveTheirTruncatedQuantiles() {
    PetabPrior prior = new PetabPrior(PetabPrior.Type.PARAMETER_SCALE_NORMAL, 0, 1);
    // θ in [10, 11]: 1 − Φ(10) rounds to 0, so without mirroring the window had "no mass". The
    // median is −Φ⁻¹((Φ(−11) + Φ(−10)) / 2) = 10.068409369547616 (Python: math.erfc and
    // NormalDist.inv_cdf); 1e-6 allows Hipparchus' inverse CDF at p = 3.8e-24
    assertThat(prior.quantile(0.5, 1e10, 1e11, PetabParameter.Scale.LOG10)).isCloseTo(10.068409369547616, within(1e-6));
    // θ in [50, 51]: even Φ(−50) underflows; the exact median, by bisection on the asymptotic
    // series of log Q(z), is 50.01385548686213; the exponential tail gives 50 + ln 2 / 50 =
    // 50.0138629, off by its O(1/z²) relative error in the excess (ln 2 / z · 1.5 / z² ≈ 8e-6)
    assertThat(prior.quantile(0.5, 1e50, 1e51, PetabParameter.Scale.LOG10)).isCloseTo(50.01385548686213, within(1e-5));
    double previous = 50;
    for (double q = 0; q <= 1; q += 0.125) {
      double theta = prior.quantile(q, 1e50, 1e51, PetabParameter.Scale.LOG10);
      assertThat(theta).isBetween(previous, 51.0);
      previous = theta;
    }
    // a uniform prior does have no mass outside its range
    PetabPrior uniform = new PetabPrior(PetabPrior.Type.PARAMETER_SCALE_UNIFORM, 0, 1);
    assertThatThrownBy(() -> uniform.quantile(0.5, 1e2, 1e3, PetabParameter.Scale.LOG10))
        .hasMessageContaining("no mass within the bounds");
  }

  @Test
  void schwensPriorsAtTheNominalParametersAreThoseOfPetabJl() {
    Path petab = PetabTestSuiteTest.findPetab();
    Assumptions.assumeTrue(petab != null, "PEtab material not found at ../shared/petab; skipping Schwen's priors");
    PetabProblem p = PetabProblem.read(petab.resolve("benchmark/Schwen_PONE2014/Schwen_PONE2014.yaml"));
    // PEtab.jl's test of Schwen's objective with priors (sebapersson/PEtab.jl, test/Test_ll.jl)
    // takes 12.519137073132825 off the cost: six parameterScaleNormal priors of sd 3
    assertThat(new PetabObjective(p).logPrior(Map.of())).isCloseTo(-12.519137073132825, within(1e-12));
  }
}
