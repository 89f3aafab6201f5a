package org.limbic.stochastic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dimerization 2A -> B (c1), B -> 2A (c2) against its chemical master equation solved exactly
 * ({@link DimerizationMasterEquation}). Non-linear: the propensity c1 A(A-1)/2 is where the
 * combinatorics of mass action show.
 */
class DimerizationReferenceTest {

  private static final double[] TIMES = {0.1, 0.5, 2};

  record Dimerization(int a0, double c1, double c2) {

    MassActionNetwork network() {
      return MassActionNetwork.builder().species("A", "B")
          .reaction("2 A -> B", c1).reaction("B -> 2 A", c2).build();
    }

    DimerizationMasterEquation masterEquation() {
      return new DimerizationMasterEquation(a0, 0, c1, c2);
    }
  }

  /** 20 molecules: 11 states, most moves change the propensity by 10% or more. */
  private static final Dimerization SMALL = new Dimerization(20, 0.05, 0.5);
  /** 1000 molecules, equilibrium near A = 618: large enough for tau-leaping to leap. */
  private static final Dimerization LARGE = new Dimerization(1000, 0.001, 1);

  @Test
  void masterEquationConservesProbability() {
    DimerizationMasterEquation cme = LARGE.masterEquation();
    double[] p = cme.distribution(0, 2);
    // uniformization loses at most 1e-15 of mass per slice (34 slices) plus round-off in 500-term sums
    assertThat(Arrays.stream(p).sum()).isCloseTo(1, within(1e-12));
    assertThat(Arrays.stream(p).min().orElseThrow()).isGreaterThanOrEqualTo(0);
  }

  @Test
  void masterEquationReachesDetailedBalanceAtLongTimes() {
    // a birth-death chain in B is reversible: at equilibrium p(b+1) / p(b) = forward(b) / backward(b+1)
    DimerizationMasterEquation cme = SMALL.masterEquation();
    double[] p = cme.distribution(0, 50); // slowest relaxation rate is ~1/time unit here: e^-50 is far below 1e-12
    for (int b = 0; b + 1 < p.length; b++) {
      double ratio = cme.dimerization(b) / cme.dissociation(b + 1);
      // relative 1e-9: the stationary state is reached to ~1e-15 in absolute terms, the smallest p is ~1e-6
      assertThat(p[b + 1]).as("p(B=%d)", b + 1).isCloseTo(p[b] * ratio, within(1e-9 * p[b + 1] + 1e-15));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"direct", "nrm", "tau-leap"})
  void smallCountsMatchMasterEquationWithinFourStandardErrors(String method) {
    assertMatchesMasterEquation(SMALL, StochasticMethods.factory(method), t -> 0, 0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"direct", "nrm"})
  void largeCountsMatchMasterEquationWithinFourStandardErrors(String method) {
    assertMatchesMasterEquation(LARGE, StochasticMethods.factory(method), t -> 0, 0);
  }

  /**
   * Tau-leaping is biased; the allowances come on top of the 4-SE sampling band and follow the
   * fixed-leap argument of BirthDeathReferenceTest, linearized about the current state (linear noise
   * approximation, Van Kampen, Stochastic Processes in Physics and Chemistry, ch. X): A relaxes at rate
   * lambda(x) = c1 (2x - 1) + c2 with drift f = -2 a1 + 2 a2 and leap noise 4 (a1 + a2).
   *
   * <p>Mean: a leap's local error is lambda tau^2 |f| / 2 &lt;= lambda tau epsilon x / (2 g) since Cao's
   * selection keeps tau |f| &lt;= epsilon x / g (g = 2 + 1/(x-1) for A in 2A -> B); errors decay at rate
   * >= lambda_min, so the bias at t is at most (lambda_max / lambda_min)(epsilon x_max / (2 g))
   * (1 - e^{-lambda_min t}). Variance: relative excess at most lambda tau / (2 - lambda tau) with tau
   * at most Cao's variance bound (epsilon x / g)^2 / (4 (a1 + a2)), maximized over the counts seen.
   * Counts seen: from the equilibrium mean minus 4 SD (from the master equation) up to A0.
   * Measured with epsilon = 0.03: variance excess 7% at t = 2 (allowance 20%), mean bias below 0.2% (allowance 1.7%).
   */
  @Test
  void tauLeapMatchesMasterEquationWithinSamplingBandPlusLeapBias() {
    double epsilon = TauLeapOptions.DEFAULTS.epsilon();
    DimerizationMasterEquation cme = LARGE.masterEquation();
    double[] late = cme.distribution(0, TIMES[TIMES.length - 1]);
    double low = cme.momentOfA(late, 1) - 4 * Math.sqrt(cme.momentOfA(late, 2));
    double high = LARGE.a0();
    int total = LARGE.a0();
    double lambdaMin = Double.POSITIVE_INFINITY;
    double lambdaMax = 0;
    double varianceExcess = 0;
    for (double x = Math.floor(low); x <= high; x++) {
      double g = 2 + 1 / (x - 1);
      double lambda = LARGE.c1() * (2 * x - 1) + LARGE.c2();
      double noise = 4 * (LARGE.c1() * x * (x - 1) / 2 + LARGE.c2() * (total - x) / 2);
      double tau = Math.pow(epsilon * x / g, 2) / noise;
      lambdaMin = Math.min(lambdaMin, lambda);
      lambdaMax = Math.max(lambdaMax, lambda);
      varianceExcess = Math.max(varianceExcess, lambda * tau / (2 - lambda * tau));
    }
    double meanBiasScale = lambdaMax / lambdaMin * epsilon * high / (2 * 2);
    double rate = lambdaMin;
    assertMatchesMasterEquation(LARGE, TauLeaping::new, t -> meanBiasScale * (1 - Math.exp(-rate * t)),
        varianceExcess);
  }

  private static void assertMatchesMasterEquation(Dimerization system, Supplier<StochasticMethod> methods,
                                                  DoubleUnaryOperator meanBias, double varianceBiasRelative) {
    int n = StandardErrors.REPLICATES;
    DimerizationMasterEquation cme = system.masterEquation();
    EnsembleMoments moments = Ensemble.run(system.network(), new double[] {system.a0(), 0}, 0, TIMES,
        1977L, n, methods, 2);
    String method = methods.get().name();
    for (int s = 0; s < TIMES.length; s++) {
      double t = TIMES[s];
      double[] p = cme.distribution(0, t);
      double mean = cme.momentOfA(p, 1);
      double variance = cme.momentOfA(p, 2);
      double fourth = cme.momentOfA(p, 4);
      double meanTolerance = StandardErrors.BAND * StandardErrors.ofMean(variance, n) + meanBias.applyAsDouble(t);
      double varianceTolerance = StandardErrors.BAND * StandardErrors.ofVariance(variance, fourth, n)
          + varianceBiasRelative * variance;
      assertThat(moments.mean(s, 0)).as("%s mean of A at t=%s", method, t).isCloseTo(mean, within(meanTolerance));
      assertThat(moments.variance(s, 0)).as("%s variance of A at t=%s", method, t)
          .isCloseTo(variance, within(varianceTolerance));
    }
  }
}
