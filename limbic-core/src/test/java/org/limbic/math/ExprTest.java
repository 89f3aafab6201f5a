package org.limbic.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ExprTest {

  @Test
  void applyRejectsWrongArity() {
    assertThatThrownBy(() -> Expr.apply(Fn.DIVIDE, Expr.num(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("/ takes 2 argument(s), got 1");
  }

  @Test
  void piecewiseNeedsOneConditionPerValue() {
    assertThatThrownBy(() -> new Expr.Piecewise(java.util.List.of(Expr.num(1)), java.util.List.of(), Expr.num(0)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Property
  void variadicOperatorsAcceptAnyArity(@ForAll @IntRange(min = 0, max = 20) int n) {
    assertThat(Fn.PLUS.acceptsArity(n)).isTrue();
    assertThat(Fn.MIN.acceptsArity(n)).isEqualTo(n >= 1);
  }

  @Test
  void chainedComparisonsReadAsMathematicsReadsThem() {
    // 0 < x < 1 is MathML's n-ary lt(0, x, 1), not (0 < x) < 1, which would hold for x <= 0
    assertThat(ExprParser.parse("0 < x < 1")).isEqualTo(Expr.apply(Fn.LT, Expr.num(0), Expr.sym("x"), Expr.num(1)));
    assertThat(ExprParser.parse("a < b <= c")).isEqualTo(Expr.apply(Fn.AND,
        Expr.apply(Fn.LT, Expr.sym("a"), Expr.sym("b")), Expr.apply(Fn.LEQ, Expr.sym("b"), Expr.sym("c"))));
    Expr nested = Expr.apply(Fn.LT, Expr.apply(Fn.LT, Expr.sym("a"), Expr.sym("b")), Expr.sym("c"));
    assertThat(ExprPrinter.print(nested)).isEqualTo("(a < b) < c");
    assertThat(ExprParser.parse(ExprPrinter.print(nested))).isEqualTo(nested);
  }
}
