package org.limbic.petab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * {@link GradientCheck}'s Ridders extrapolation on functions whose central differences at the
 * table's first steps are far off, as Borghans' log-likelihood in K_par is: f(x) = 2x + 50w sin(x/w)
 * with w = 1e-4 (f'(0) = 52) varies on a scale ten times below the first step h = 1e-3. dfridr's
 * stop (when the error grows by SAFE = 2 over the best so far) returned -9.88 here, from the first
 * three differences; the whole table gives 52.
 */
class RiddersTest {

  private static DoubleUnaryOperator central(DoubleUnaryOperator f) {
    return h -> (f.applyAsDouble(h) - f.applyAsDouble(-h)) / (2 * h);
  }

  @Test
  void aFunctionSharperThanTheFirstStepGetsItsDerivative() {
    for (double w : new double[] {3e-5, 1e-4, 2e-4}) {
      double[] d = GradientCheck.ridders(central(x -> 2 * x + 50 * w * Math.sin(x / w)), 0);
      assertThat(d[0]).as("w = %g", w).isCloseTo(52.0, within(52.0 * 1e-7));
    }
  }

  @Test
  void aSmoothFunctionConvergesAndReportsASmallError() {
    double[] d = GradientCheck.ridders(central(x -> Math.exp(3 * x) * Math.cos(x)), Math.ulp(1.0));
    assertThat(d[0]).isCloseTo(3.0, within(1e-9));
    assertThat(d[1]).isLessThan(1e-6);
  }

  /**
   * Beer's central differences in tau_typeIDT1_ExpID5 (log-likelihood 58622.9, one ulp 7.3e-12, at
   * rtol 1e-12), h = 1e-3 halved to 4.9e-7, as recorded: below h = 1e-5 the differences are a few
   * ulps over 2h, and those at h = 7.8e-6 and 3.9e-6 are equal (4 and 8 ulps), which made an
   * extrapolation of estimated error 0 that was off by 2.8e-4 (-3.40492e-3). The sensitivity
   * gradient is -3.40397447e-3 at every rtol from 1e-8 to 1e-13.
   */
  @Test
  void quantizedDifferencesDoNotPassForExact() {
    double[] recorded = {-0.0034039876481983810, -0.0034039767342619600, -0.0034039694583043456, -0.0034039258025586605,
        -0.0034041586332023144, -0.0034037511795759200, -0.0034039840102195740, -0.0034049153327941895,
        -0.0034049153327941895, -0.0034030526876449585, -0.0034086406230926514, -0.0034049153327941895};
    DoubleUnaryOperator central = h -> recorded[(int) Math.round(Math.log(1e-3 / h) / Math.log(2))];
    double[] d = GradientCheck.ridders(central, Math.ulp(58622.914119));
    assertThat(d[0]).isCloseTo(-3.40397447e-3, within(3.40397447e-3 * 1e-5));
    assertThat(d[1]).as("the estimated error is not below the rounding floor").isGreaterThan(0);
  }
}
