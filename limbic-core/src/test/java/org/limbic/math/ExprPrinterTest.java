package org.limbic.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.limbic.math.Expr.apply;
import static org.limbic.math.Expr.num;
import static org.limbic.math.Expr.sym;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ExprPrinterTest {

  private static final Expr A = sym("a");
  private static final Expr B = sym("b");
  private static final Expr C = sym("c");

  @Test
  void writesOnlyTheParenthesesTheTreeNeeds() {
    assertThat(Expr.toInfix(Expr.parse("a + b * c"))).isEqualTo("a + b * c");
    assertThat(Expr.toInfix(Expr.parse("(a + b) * c"))).isEqualTo("(a + b) * c");
    assertThat(Expr.toInfix(Expr.parse("a - (b - c)"))).isEqualTo("a - (b - c)");
    assertThat(Expr.toInfix(Expr.parse("a - b - c"))).isEqualTo("a - b - c");
    assertThat(Expr.toInfix(Expr.parse("(a ^ b) ^ c"))).isEqualTo("(a^b)^c");
    assertThat(Expr.toInfix(Expr.parse("a ^ b ^ c"))).isEqualTo("a^b^c");
    assertThat(Expr.toInfix(Expr.parse("-a^2"))).isEqualTo("-a^2");
    assertThat(Expr.toInfix(Expr.parse("(-a)^2"))).isEqualTo("(-a)^2");
  }

  @Test
  void keepsParenthesesThatSeparateChains() {
    assertThat(Expr.toInfix(apply(Fn.PLUS, apply(Fn.PLUS, A, B), C))).isEqualTo("(a + b) + c");
    assertThat(Expr.toInfix(apply(Fn.PLUS, A, apply(Fn.PLUS, B, C)))).isEqualTo("a + (b + c)");
    assertThat(Expr.toInfix(apply(Fn.OR, apply(Fn.OR, A, B), C))).isEqualTo("(a || b) || c");
  }

  @Test
  void writesNumbersExactlyAndSpecialValuesAsKeywords() {
    assertThat(Expr.toInfix(num(0.1))).isEqualTo("0.1");
    assertThat(Expr.toInfix(num(1e-300))).isEqualTo("1.0E-300");
    assertThat(Expr.toInfix(num(-0.0))).isEqualTo("-0.0");
    assertThat(Expr.toInfix(num(1e15))).isEqualTo("1.0E15");
    assertThat(Expr.toInfix(num(Double.NaN))).isEqualTo("NaN");
    assertThat(Expr.toInfix(num(Double.NEGATIVE_INFINITY))).isEqualTo("-INF");
    assertThat(Expr.toInfix(apply(Fn.NEG, num(2)))).isEqualTo("-(2)");
    assertThat(Expr.toInfix(apply(Fn.POWER, num(-2), num(2)))).isEqualTo("(-2)^2");
  }

  @Test
  void usesFunctionNamesForOperatorsWithoutAnInfixFormAtTheirArity() {
    assertThat(Expr.toInfix(apply(Fn.PLUS))).isEqualTo("plus()");
    assertThat(Expr.toInfix(apply(Fn.TIMES, A))).isEqualTo("times(a)");
    assertThat(Expr.toInfix(apply(Fn.LT, A, B, C))).isEqualTo("lt(a, b, c)");
    assertThat(Expr.toInfix(apply(Fn.AND))).isEqualTo("and()");
    assertThat(Expr.toInfix(apply(Fn.LOG, num(2), A))).isEqualTo("log(2, a)");
    assertThat(Expr.toInfix(new Expr.Piecewise(List.of(A), List.of(B), num(Double.NaN)))).isEqualTo("piecewise(a, b)");
  }

  @Test
  void refusesNamesThatWouldReadBackAsSomethingElse() {
    assertThatThrownBy(() -> Expr.toInfix(sym("time"))).hasMessageContaining("'time'");
    assertThatThrownBy(() -> Expr.toInfix(sym("a b"))).hasMessageContaining("'a b'");
    assertThatThrownBy(() -> Expr.toInfix(new Expr.Call("exp", List.of(A)))).hasMessageContaining("'exp'");
  }

  @Property(tries = 2000)
  void parsingThePrintedTextGivesBackTheSameTree(@ForAll("trees") Expr e) {
    String text = Expr.toInfix(e);
    assertThat(Expr.parse(text)).as(text).isEqualTo(e);
  }

  @Provide
  Arbitrary<Expr> trees() {
    return RandomExprs.anyTree(4);
  }
}
