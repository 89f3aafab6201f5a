package org.limbic.experiment.trial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.limbic.experiment.spec.TrialDesign;

/**
 * The statistics of a comparison against values solved by hand, not by the code under test: eight
 * patients, four an arm, with exact rational answers (computed with fractions and mpmath at 30
 * digits; the t quantile from scipy). Unless stated, the tolerance is 1e-12: the answers are of
 * order 1-10 and double arithmetic on eight rows (a QR factorization with a condition number near
 * 10^3 for the ANCOVA) is off by less than 1e-13.
 */
class TrialAnalysisReferenceTest {

  private static final double[] BASELINE_ARM = {20, 24, 22, 26};
  private static final double[] LAST_ARM = {12, 15, 16, 14};
  private static final double[] BASELINE_CONTROL = {21, 25, 23, 19};
  private static final double[] LAST_CONTROL = {18, 20, 17, 16};
  /** Lower is better; remission at or below 15: 3 of 4 in the arm (12, 15, 14), none of the control. */
  private static final TrialDesign.Endpoint SCORE = new TrialDesign.Endpoint("score", true, 15);
  private static final double EXACT = 1e-12;

  private static TrialAnalysis.Comparison comparison() {
    return TrialAnalysis.compare("drug", "placebo", SCORE, BASELINE_ARM, LAST_ARM, BASELINE_CONTROL, LAST_CONTROL);
  }

  /**
   * change = b0 + b1 arm + b2 baseline by the normal equations, solved in fractions: b = (179/20,
   * -39/10, -3/5), SSE = 111/10, s^2 = SSE / 5 = 111/50, var(b1) = s^2 [(X'X)^-1]_11 = 2331/2000.
   * The interval is b1 -+ t(0.975, 5) se with t(0.975, 5) = 2.5705818356363146 (scipy.stats.t.ppf).
   */
  @Test
  void ancovaIsTheHandSolvedLeastSquaresEffectOfTheArmAdjustedForBaseline() {
    var a = comparison().ancova();
    double se = Math.sqrt(2331.0 / 2000);
    assertThat(a.effect().value()).isCloseTo(-3.9, within(EXACT));
    assertThat(a.statistic()).isCloseTo(-3.9 / se, within(EXACT));
    assertThat(a.degreesOfFreedom()).isEqualTo(5);
    assertThat(a.effect().lower()).isCloseTo(-3.9 - 2.5705818356363146 * se, within(EXACT));
    assertThat(a.effect().upper()).isCloseTo(-3.9 + 2.5705818356363146 * se, within(EXACT));
    // 2 P(T5 < -3.6125...) from scipy; Hipparchus' t distribution (regularized beta) agrees to ~1e-14, so 1e-10 is loose
    assertThat(a.p()).isCloseTo(0.015339936144463096, within(1e-10));
  }

  /**
   * Improvements (baseline - last) 8, 9, 6, 12 and 3, 5, 6, 3: means 35/4 and 17/4, variances 25/4
   * and 9/4, pooled variance 17/4, so d = (18/4) / (sqrt(17) / 2) = 9 / sqrt(17); the small-sample
   * factor J = 1 - 3 / (4 (n1 + n2) - 9) = 20/23 (Hedges & Olkin 1985), g = 180 / (23 sqrt(17)), and
   * var(g) = (n1 + n2) / (n1 n2) + g^2 / (2 (n1 + n2)) = 1/2 + g^2 / 16.
   */
  @Test
  void hedgesGIsTheTextbookFormulaWithTheSmallSampleCorrection() {
    var g = comparison().smd();
    double expected = 180 / (23 * Math.sqrt(17));
    double se = Math.sqrt(0.5 + expected * expected / 16);
    assertThat(g.value()).isCloseTo(expected, within(EXACT)).isCloseTo(1.8981048915886928, within(EXACT));
    assertThat(g.lower()).isCloseTo(expected - 1.959963984540054 * se, within(EXACT));
    assertThat(g.upper()).isCloseTo(expected + 1.959963984540054 * se, within(EXACT));
  }

  /**
   * Wilson: (p + z^2/2n -+ z sqrt(p(1-p)/n + z^2/4n^2)) / (1 + z^2/n) (Wilson 1927), here written out
   * once more; 3/4 gives (0.30064184258240192, 0.95441273919029943) and 0/4 gives (0, 0.48989083645459730)
   * (mpmath). The z test pools 3/8: z = 0.75 / sqrt(3/8 * 5/8 * (1/4 + 1/4)) = 2.1908902300206645,
   * p = erfc(z / sqrt 2) = 0.028459736916310577; NNT = 1 / ARR = 1 / (3/4 - 0) = 4/3.
   */
  @Test
  void remissionRatesAreWilsonIntervalsTheZTestPoolsAndTheNntIsOneOverTheDifference() {
    var r = comparison().remission().orElseThrow();
    assertThat(r.remittedArm()).isEqualTo(3);
    assertThat(r.remittedControl()).isZero();
    assertThat(r.rateArm().value()).isEqualTo(0.75);
    assertThat(r.rateArm().lower()).isCloseTo(wilson(3, 4, -1), within(EXACT)).isCloseTo(0.30064184258240192, within(EXACT));
    assertThat(r.rateArm().upper()).isCloseTo(wilson(3, 4, 1), within(EXACT)).isCloseTo(0.95441273919029943, within(EXACT));
    assertThat(r.rateControl().lower()).isCloseTo(0, within(EXACT));
    assertThat(r.rateControl().upper()).isCloseTo(0.48989083645459730, within(EXACT));
    assertThat(r.test().statistic()).isCloseTo(0.75 / Math.sqrt(3.0 / 8 * 5.0 / 8 * 0.5), within(EXACT))
        .isCloseTo(2.1908902300206645, within(EXACT));
    // Hipparchus' normal tail (its erfc) against mpmath's erfc: equal to ~1e-15
    assertThat(r.test().p()).isCloseTo(0.028459736916310577, within(1e-12));
    assertThat(r.nnt().value()).isCloseTo(4.0 / 3, within(EXACT));
    // Newcombe's interval of the difference, (0.085232532926043484, 0.95441273919029943), reciprocated (Altman 1998)
    assertThat(r.nnt().riskDifference().lower()).isCloseTo(0.085232532926043484, within(EXACT));
    assertThat(r.nnt().lower()).isCloseTo(1 / 0.95441273919029943, within(EXACT));
    assertThat(r.nnt().upper()).isCloseTo(1 / 0.085232532926043484, within(1e-10)); // 11.7: 1e-12 relative
  }

  private static double wilson(int x, int n, int sign) {
    double z = 1.959963984540054;
    double p = x / (double) n;
    return (p + z * z / (2 * n) + sign * z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n))) / (1 + z * z / n);
  }
}
