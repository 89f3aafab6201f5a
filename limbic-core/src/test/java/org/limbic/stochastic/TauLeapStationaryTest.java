package org.limbic.stochastic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue #14, item 2: tau-leaping's spread across birth-death replicates was 0.9 times Poisson's at
 * 20 molecules, 3 times at 1e4, 16 times at 1e6 and 15,000 times at 1e12, because the leap
 * condition on the net flow lets mu tau grow with the population near the steady state (see
 * {@link TauLeaping}). Reference: the exact stationary distribution of 0 -> X (rate k), X -> 0
 * (rate mu X) is Poisson with mean and variance k / mu.
 */
class TauLeapStationaryTest {

  private static final int REPLICATES = 200;
  private static final double MU = 1;

  /**
   * 200 replicates from the mean, sampled after 10 relaxation times (1/mu each). Allowances: the
   * sample mean within 4 standard errors, √(N / 200), plus epsilon·N / 100 for the leap's bias; the
   * sample variance over N within 0.65 … 1.4, i.e. about ±3.5 standard deviations of a variance
   * ratio from 200 draws (√(2/199) = 0.10), which also holds the scheme's own inflation (about
   * epsilon / 4 = 0.0075). Before the fix the ratio was 3 at 1e4 and grew with N.
   */
  @ParameterizedTest(name = "k/mu = {0}")
  @ValueSource(doubles = {10, 1e3, 1e5, 1e7, 1e9})
  void theSpreadAcrossReplicatesIsPoissonAtEveryPopulation(double n) {
    MassActionNetwork network = MassActionNetwork.builder().species("X").reaction("-> X", n * MU)
        .reaction("X ->", MU).build();
    double sum = 0;
    double sumSquares = 0;
    for (int r = 0; r < REPLICATES; r++) {
      double x = StochasticSimulation.run(network, new double[] {n}, 0, new double[] {10 / MU}, 1000 + r, TauLeaping.NAME)
          .value(0, 0);
      sum += x;
      sumSquares += x * x;
    }
    double mean = sum / REPLICATES;
    double variance = (sumSquares - REPLICATES * mean * mean) / (REPLICATES - 1);
    double epsilon = TauLeapOptions.DEFAULTS.epsilon();
    assertThat(Math.abs(mean - n)).as("|mean - N| at N = %s", n)
        .isLessThanOrEqualTo(4 * Math.sqrt(n / REPLICATES) + epsilon * n / 100);
    assertThat(variance / n).as("variance / N at N = %s", n).isBetween(0.65, 1.4);
  }
}
