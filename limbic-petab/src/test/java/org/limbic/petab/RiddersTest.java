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
      double[] d = GradientCheck.ridders(central(x -> 2 * x + 50 * w * Math.sin(x / w)));
      assertThat(d[0]).as("w = %g", w).isCloseTo(52.0, within(52.0 * 1e-7));
    }
  }

  @Test
  void aSmoothFunctionConvergesAndReportsASmallError() {
    double[] d = GradientCheck.ridders(central(x -> Math.exp(3 * x) * Math.cos(x)));
    assertThat(d[0]).isCloseTo(3.0, within(1e-9));
    assertThat(d[1]).isLessThan(1e-6);
  }
}
