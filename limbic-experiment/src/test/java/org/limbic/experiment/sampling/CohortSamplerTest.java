package org.limbic.experiment.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.limbic.experiment.spec.CohortSpec;
import org.limbic.experiment.spec.Distribution;

class CohortSamplerTest {

  private static double[][] draw(CohortSampler s) {
    double[][] x = new double[s.size()][];
    for (int i = 0; i < s.size(); i++) {
      x[i] = new double[s.parameters().size()];
      s.sample(i, x[i]);
    }
    return x;
  }

  private static double correlation(double[][] x, int a, int b) {
    int n = x.length;
    double ma = 0, mb = 0;
    for (double[] r : x) {
      ma += r[a] / n;
      mb += r[b] / n;
    }
    double sab = 0, saa = 0, sbb = 0;
    for (double[] r : x) {
      sab += (r[a] - ma) * (r[b] - mb);
      saa += (r[a] - ma) * (r[a] - ma);
      sbb += (r[b] - mb) * (r[b] - mb);
    }
    return sab / Math.sqrt(saa * sbb);
  }

  @Test
  void gaussianCopulaGivesTheRequestedCorrelationOfNormalScores() {
    double rho = 0.6;
    int n = 20_000;
    CohortSpec cohort = new CohortSpec(n, Map.of("x", new Distribution.Normal(0, 1), "y", new Distribution.Normal(5, 2)),
        List.of(new CohortSpec.Correlation("x", "y", rho)));
    double r = correlation(draw(new CohortSampler(cohort, 2024)), 0, 1);
    // Standard error of Pearson's r for bivariate normal data: (1 - rho^2) / sqrt(n) (Fisher 1915); 4 SE ~ 0.018.
    double se = (1 - rho * rho) / Math.sqrt(n);
    assertThat(r).isCloseTo(rho, within(4 * se));
  }

  @Test
  void logNormalHasTheGivenMedianAndCoefficientOfVariation() {
    int n = 20_000;
    double cv = 0.5;
    CohortSpec cohort = new CohortSpec(n, Map.of("k", new Distribution.LogNormal(3.0, cv)), List.of());
    double[] k = Arrays.stream(draw(new CohortSampler(cohort, 5))).mapToDouble(r -> r[0]).sorted().toArray();
    double sigma = CohortSampler.logSigma(cv);
    assertThat(sigma).isCloseTo(Math.sqrt(Math.log(1.25)), within(1e-15));
    // The sample median's SE is 1/(2 f(m) sqrt(n)) with f(m) = 1/(m sigma sqrt(2 pi)): ~0.0129 here; allow 4 SE.
    double seMedian = 3.0 * sigma * Math.sqrt(2 * Math.PI) / (2 * Math.sqrt(n));
    assertThat(k[n / 2]).isCloseTo(3.0, within(4 * seMedian));
    double mean = Arrays.stream(k).average().orElseThrow();
    double sd = Math.sqrt(Arrays.stream(k).map(v -> (v - mean) * (v - mean)).sum() / (n - 1));
    // cv of the sample: its SE is roughly cv * sqrt((1 + 2 cv^2)/(2n)) ~ 0.003 for a near-normal; allow 0.03 for log-normal tails.
    assertThat(sd / mean).isCloseTo(cv, within(0.03));
  }

  @Test
  void uniformAndEmpiricalMarginalsStayInTheirSupport() {
    CohortSpec cohort = new CohortSpec(2000, Map.of("u", new Distribution.Uniform(2, 4),
        "e", new Distribution.Empirical(new double[] {5, 1, 3}), "f", new Distribution.Fixed(7)),
        List.of(new CohortSpec.Correlation("u", "e", -0.8)));
    CohortSampler s = new CohortSampler(cohort, 9);
    assertThat(s.parameters()).containsExactly("e", "f", "u");
    double[][] x = draw(s);
    for (double[] r : x) {
      assertThat(r[0]).isBetween(1.0, 5.0);
      assertThat(r[1]).isEqualTo(7.0);
      assertThat(r[2]).isBetween(2.0, 4.0);
    }
    assertThat(correlation(x, 0, 2)).isLessThan(-0.6);
  }

  @Test
  void empiricalQuantileInterpolatesBetweenOrderStatistics() {
    double[] sorted = {1, 3, 5};
    assertThat(CohortSampler.empiricalQuantile(sorted, 0)).isEqualTo(1);
    assertThat(CohortSampler.empiricalQuantile(sorted, 0.25)).isEqualTo(2);
    assertThat(CohortSampler.empiricalQuantile(sorted, 1)).isEqualTo(5);
  }

  @Test
  void contradictoryCorrelationsAreRejected() {
    CohortSpec cohort = new CohortSpec(10, Map.of("a", new Distribution.Normal(0, 1), "b", new Distribution.Normal(0, 1),
        "c", new Distribution.Normal(0, 1)), List.of(new CohortSpec.Correlation("a", "b", 0.9),
        new CohortSpec.Correlation("b", "c", 0.9), new CohortSpec.Correlation("a", "c", -0.9)));
    assertThatThrownBy(() -> new CohortSampler(cohort, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positive definite");
  }

  @Test
  void aSubjectsValuesDoNotDependOnWhichOthersWereDrawn() {
    CohortSpec cohort = new CohortSpec(100, Map.of("a", new Distribution.Normal(0, 1)), List.of());
    double[] alone = new double[1];
    new CohortSampler(cohort, 3).sample(57, alone);
    double[][] all = draw(new CohortSampler(cohort, 3));
    assertThat(all[57]).containsExactly(alone);
  }
}
