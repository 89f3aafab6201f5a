package org.limbic.stochastic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.random.RandomGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PoissonSamplerTest {

  /**
   * Poisson(m) has mean m, variance m and fourth central moment m + 3 m^2; 10^5 draws, 4-SE bands
   * (StandardErrors). Means on both sides of the switch from inversion to PTRS at 10.
   */
  @ParameterizedTest
  @ValueSource(doubles = {0.3, 4, 9.9, 10, 37.5, 1e4})
  void meanAndVarianceMatchPoisson(double m) {
    int n = 100_000;
    RandomGenerator random = StochasticSimulation.random(11);
    MomentAccumulator moments = new MomentAccumulator(1);
    double[] one = new double[1];
    for (int i = 0; i < n; i++) {
      one[0] = PoissonSampler.sample(random, m);
      moments.add(one);
    }
    assertThat(moments.mean()[0]).isCloseTo(m, within(4 * StandardErrors.ofMean(m, n)));
    assertThat(moments.variance()[0]).isCloseTo(m, within(4 * StandardErrors.ofVariance(m, m + 3 * m * m, n)));
  }

  @ParameterizedTest
  @ValueSource(longs = {1024, 5000, 1_000_000})
  void stirlingSeriesMatchesTheSummedLogarithms(long k) {
    double sum = 0;
    for (long j = 2; j <= k; j++) {
      sum += Math.log(j);
    }
    // the summation accumulates ~k ulps of round-off: 1e-16 * k relative at most
    assertThat(PoissonSampler.logFactorial(k)).isCloseTo(sum, within(1e-16 * k * sum));
  }
}
