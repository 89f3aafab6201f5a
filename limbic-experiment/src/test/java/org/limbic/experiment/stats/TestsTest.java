package org.limbic.experiment.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Reference values from SciPy 1.x (scipy.stats.ttest_1samp / ttest_ind(equal_var=False) and their
 * confidence_interval()), from Newcombe 1998 (Stat Med 17:873, table II, example (a) and
 * method 10) and Wilson 1927. Tolerance 1e-9 relative where the reference has full precision (it is
 * the same formula; only the t quantile's numerics differ), 5e-4 where the paper prints 4 digits.
 */
class TestsTest {

  private static final double[] A = {52, 61, 58, 70, 49, 66, 73, 55};
  private static final double[] B = {45, 50, 41, 57, 48, 39, 52, 44, 47};

  @Test
  void oneSampleTMatchesScipy() {
    TestResult r = Tests.oneSampleT(A, 50);
    assertThat(r.statistic()).isCloseTo(3.452378733412503, within(1e-9));
    assertThat(r.degreesOfFreedom()).isEqualTo(7);
    assertThat(r.p()).isCloseTo(0.010656933833374922, within(1e-9));
    assertThat(r.effect().lower()).isCloseTo(53.30827610208847, within(1e-8));
    assertThat(r.effect().upper()).isCloseTo(67.69172389791153, within(1e-8));
  }

  @Test
  void welchTMatchesScipy() {
    TestResult r = Tests.welchT(A, B);
    assertThat(r.statistic()).isCloseTo(3.7890201847724025, within(1e-9));
    assertThat(r.degreesOfFreedom()).isCloseTo(11.757340582099514, within(1e-9));
    assertThat(r.p()).isCloseTo(0.0026728742236865866, within(1e-9));
    assertThat(r.effect().lower()).isCloseTo(5.719243187062512, within(1e-8));
    assertThat(r.effect().upper()).isCloseTo(21.28075681293749, within(1e-8));
  }

  @Test
  void hedgesGMatchesTheHedgesOlkinFormula() {
    // computed in NumPy from the formula in the method's comment
    Estimate g = Tests.hedgesG(A, B);
    assertThat(g.value()).isCloseTo(1.7930856237680013, within(1e-12));
    assertThat(g.lower()).isCloseTo(0.6660219304481696, within(1e-9));
    assertThat(g.upper()).isCloseTo(2.9201493170878328, within(1e-9));
  }

  /**
   * Two arms of 50,000 (a cohort trial's size): na * nb = 2.5e9 overflowed int, so the variance was
   * negative here (NaN interval) and at 10^6 patients 16 times too wide (g 0.768, 0.702 to 0.834).
   * Values i mod 7 and i mod 7 + 1 (g near -0.5); the interval is checked against the Hedges-Olkin
   * variance (na + nb) / (na nb) + g^2 / (2 (na + nb)) in doubles.
   */
  @Test
  void hedgesGIntervalOfLargeArmsDoesNotOverflow() {
    double[] a = new double[50_000];
    double[] b = new double[50_000];
    for (int i = 0; i < a.length; i++) {
      a[i] = i % 7;
      b[i] = i % 7 + 1;
    }
    Estimate g = Tests.hedgesG(a, b);
    double se = Math.sqrt(100_000.0 / (50_000.0 * 50_000.0) + g.value() * g.value() / 200_000.0);
    // the interval is g -+ 1.96 se; 1e-12 is double rounding on numbers of order 1
    assertThat(g.lower()).isCloseTo(g.value() - 1.959963984540054 * se, within(1e-12));
    assertThat(g.upper() - g.lower()).isCloseTo(2 * 1.959963984540054 * se, within(1e-12)).isLessThan(0.03);
  }

  @Test
  void newcombeIntervalMatchesThePaper() {
    // Newcombe 1998, table II (a): 56/70 vs 48/80, difference 0.2000, method 10: 0.0524 to 0.3339
    TestResult r = Tests.twoProportions(56, 70, 48, 80);
    assertThat(r.effect().value()).isCloseTo(0.2, within(1e-12));
    assertThat(r.effect().lower()).isCloseTo(0.0524, within(5e-4));
    assertThat(r.effect().upper()).isCloseTo(0.3339, within(5e-4));
    assertThat(r.p()).isLessThan(0.05);
  }

  @Test
  void wilsonIntervalAtTheBoundary() {
    // Wilson interval of 0/10: 0 to 0.2775 (Newcombe 1998 table I, example (d) method 3)
    Estimate w = Tests.wilson(0, 10);
    assertThat(w.lower()).isEqualTo(0);
    assertThat(w.upper()).isCloseTo(0.2775, within(5e-4));
  }

  @Test
  void tooFewValuesSayHowMany() {
    assertThatThrownBy(() -> Tests.oneSampleT(new double[] {1}, 0))
        .hasMessageContaining("at least 2 values, got 1");
    assertThatThrownBy(() -> Tests.mean(new double[] {1, Double.NaN}))
        .hasMessageContaining("value 1 is NaN");
  }
}
