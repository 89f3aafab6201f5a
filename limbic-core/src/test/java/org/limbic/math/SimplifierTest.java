package org.limbic.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimplifierTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      2 * 3 + 1                       | 7
      sin(0) + cos(0)                 | 1
      x + 0                           | x
      0 + x                           | x
      x * 1                           | x
      1 * x                           | x
      x * 0                           | 0
      0 * sin(x) * y                  | 0
      x - 0                           | x
      0 - x                           | -x
      0 - -x                          | x
      x / 1                           | x
      x ^ 1                           | x
      x ^ 0                           | 1
      --x                             | x
      -(-(2))                         | 2
      (x + y) + (z + 1) + 2           | x + y + z + 3
      2 * (x * 3) * (y * z)           | 6 * x * y * z
      x + (2 - 2) * y                 | x
      piecewise(a, 1 > 2, b, x > 0, c) | piecewise(b, x > 0, c)
      piecewise(a, x > 0, b, 2 > 1, c) | piecewise(a, x > 0, b)
      piecewise(a, 0, b)              | b
      piecewise(a, false)             | NaN
      f(x * 1)                        | f(x)
      """)
  void appliesIdentitiesAndFoldsConstants(String before, String after) {
    assertThat(Simplifier.simplify(Expr.parse(before))).isEqualTo(Expr.parse(after));
  }

  /**
   * The documented contract: wherever every sub-expression is finite, the value is kept up to
   * re-association of sums and products. Inputs are on a 1/8 grid and constants on a 1/4 grid, so
   * sums of them are exact and only sums involving transcendental values can round differently:
   * a few ulps of the largest term, hence relative 1e-9 of (1 + |value|) leaves a wide margin for
   * amplification by a depth-4 tree while still catching any wrong identity (off by O(1)).
   */
  @Property(tries = 1000, maxDiscardRatio = 20)
  void keepsTheValueWhereEverySubexpressionIsFinite(
      @ForAll("numeric") Expr e,
      @ForAll @DoubleRange(min = -3, max = 3) double xRaw,
      @ForAll @DoubleRange(min = -3, max = 3) double yRaw) {
    Bindings at = Bindings.of(Map.of("x", Math.rint(xRaw * 8) / 8, "y", Math.rint(yRaw * 8) / 8), 0.0);
    Assume.that(FiniteSubexpressions.everywhere(e, at));
    double before = Evaluator.evaluate(e, at);
    double after = Evaluator.evaluate(Simplifier.simplify(e), at);
    assertThat(after).as(Expr.toInfix(e)).isCloseTo(before, org.assertj.core.api.Assertions.within(1e-9 * (1 + Math.abs(before))));
  }

  /** A sample the property found: 0 + -x becomes -x, which is -0.0 at x = 0; acot must not jump from pi/2 to -pi/2 there. */
  @org.junit.jupiter.api.Test
  void aRewriteThatFlipsTheSignOfZeroKeepsAcotsValue() {
    Expr e = Expr.parse("acot(((2 < 1.75) + -x) * (y - gt(-0.75, x, x)))");
    Bindings at = Bindings.of(Map.of("x", 0.0, "y", 0.5), 0.0);
    assertThat(Evaluator.evaluate(Simplifier.simplify(e), at)).isEqualTo(Evaluator.evaluate(e, at)).isEqualTo(Math.PI / 2);
  }

  @Provide
  Arbitrary<Expr> numeric() {
    return RandomExprs.numeric(4);
  }
}
