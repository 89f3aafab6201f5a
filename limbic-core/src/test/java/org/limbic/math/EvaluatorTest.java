package org.limbic.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Known values, mostly exact. Where a value is transcendental the reference is the closed form
 * (e.g. sec(1) = 1/cos(1)) computed independently of {@link Functions}, or a decimal expansion
 * from Abramowitz &amp; Stegun / Wolfram Alpha, compared within 1e-14 relative: a few ulps of the
 * composed libm calls.
 */
class EvaluatorTest {

  /** A few ulps of double for compositions of two or three correctly rounded libm calls. */
  private static final double LIBM_TOLERANCE = 1e-14;

  private static double eval(String text) {
    return Evaluator.evaluate(Expr.parse(text), Bindings.of(Map.of("x", 0.5, "y", 2.0), 7.0));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', textBlock = """
      1 + 2 * 3                 | 7
      plus()                    | 0
      times()                   | 1
      plus(4)                   | 4
      10 - 4 - 3                | 3
      1 / 4                     | 0.25
      -x                        | -0.5
      2 ^ 10                    | 1024
      2 ^ -1                    | 0.5
      -2 ^ 2                    | -4
      time * y                  | 14
      sqrt(16)                  | 4
      root(3, 27)               | 3
      log(2, 8)                 | 3
      log10(1000)               | 3
      ln(exponentiale)          | 1
      log(1)                    | 0
      exp(0)                    | 1
      abs(-3)                   | 3
      floor(-2.5)               | -3
      ceil(-2.5)                | -2
      factorial(0)              | 1
      factorial(5)              | 120
      factorial(20)             | 2432902008176640000
      quotient(7, 2)            | 3
      quotient(-7, 2)           | -4
      rem(7, 2)                 | 1
      rem(-7, 2)                | -1
      rem(7, -2)                | 1
      min(3, 1, 2)              | 1
      max(3, 1, 2)              | 3
      max(-1)                   | -1
      """)
  void arithmeticAndElementaryFunctions(String text, double expected) {
    assertThat(eval(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} is {1}")
  // '=>' separates the columns because '|' is part of the syntax under test
  @CsvSource(delimiterString = "=>", textBlock = """
      1 == 1                    => 1
      eq(2, 2, 2)               => 1
      eq(2, 2, 3)               => 0
      1 != 2                    => 1
      lt(1, 2, 3)               => 1
      lt(1, 3, 2)               => 0
      lt(1, 1, 2)               => 0
      leq(1, 1, 2)              => 1
      gt(3, 2, 1)               => 1
      geq(3, 3, 4)              => 0
      and()                     => 1
      or()                      => 0
      xor()                     => 0
      true && 2                 => 1
      true && 0                 => 0
      false || 0.5              => 1
      xor(1, 1, 1)              => 1
      xor(1, 1)                 => 0
      !0                        => 1
      not 3                     => 0
      implies(0, 0)             => 1
      implies(1, 0)             => 0
      implies(1, 1)             => 1
      """)
  void relationsAndLogicYieldOneOrZero(String text, double expected) {
    assertThat(eval(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      sin(pi / 6)  | 0.5
      cos(0)       | 1
      tan(pi / 4)  | 1
      sec(0)       | 1
      csc(pi / 2)  | 1
      cot(pi / 4)  | 1
      asin(1)      | 1.5707963267948966
      acos(0)      | 1.5707963267948966
      atan(1)      | 0.7853981633974483
      asec(2)      | 1.0471975511965979
      acsc(2)      | 0.5235987755982989
      acot(1)      | 0.7853981633974483
      acot(-1)     | -0.7853981633974483
      acot(0)      | 1.5707963267948966
      acot(-(0))   | 1.5707963267948966
      sinh(1)      | 1.1752011936438014
      cosh(1)      | 1.5430806348152437
      tanh(1)      | 0.7615941559557649
      sech(1)      | 0.6480542736638855
      csch(1)      | 0.8509181282393216
      coth(1)      | 1.3130352854993312
      asinh(1)     | 0.881373587019543
      asinh(-1)    | -0.881373587019543
      acosh(2)     | 1.3169578969248166
      atanh(0.5)   | 0.5493061443340549
      asech(0.5)   | 1.3169578969248166
      acsch(1)     | 0.881373587019543
      acoth(2)     | 0.5493061443340549
      """)
  void trigonometricAndHyperbolicFunctionsMatchReferenceValues(String text, double expected) {
    assertThat(eval(text)).isCloseTo(expected, within(LIBM_TOLERANCE * Math.max(1, Math.abs(expected))));
  }

  @Test
  void valuesOutsideTheDomainAreNaN() {
    assertThat(eval("factorial(-1)")).isNaN();
    assertThat(eval("factorial(2.5)")).isNaN();
    assertThat(eval("acosh(0.5)")).isNaN();
    assertThat(eval("sqrt(-1)")).isNaN();
    assertThat(eval("factorial(171)")).isEqualTo(Double.POSITIVE_INFINITY);
  }

  @Test
  void piecewiseTakesTheFirstPieceWhoseConditionHolds() {
    assertThat(eval("piecewise(1, x > 1, 2, x > 0, 3)")).isEqualTo(2);
    assertThat(eval("piecewise(1, x > 1, 3)")).isEqualTo(3);
    assertThat(eval("piecewise(1, x > 1)")).isNaN();
    assertThat(eval("piecewise(1, 0.25, 2)")).as("any nonzero value holds").isEqualTo(1);
  }

  @Test
  void unknownSymbolsAndUninlinedCallsAreErrors() {
    assertThatThrownBy(() -> eval("z + 1")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'z'");
    assertThatThrownBy(() -> eval("hill(x)")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'hill'");
  }
}
