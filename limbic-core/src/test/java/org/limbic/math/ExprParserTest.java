package org.limbic.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.limbic.math.Expr.apply;
import static org.limbic.math.Expr.num;
import static org.limbic.math.Expr.sym;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExprParserTest {

  private static final Expr A = sym("a");
  private static final Expr B = sym("b");
  private static final Expr C = sym("c");

  @Test
  void readsNumberForms() {
    assertThat(Expr.parse("1")).isEqualTo(num(1));
    assertThat(Expr.parse("1.5")).isEqualTo(num(1.5));
    assertThat(Expr.parse(".5")).isEqualTo(num(0.5));
    assertThat(Expr.parse("1e-3")).isEqualTo(num(1e-3));
    assertThat(Expr.parse("2.5E+4")).isEqualTo(num(2.5e4));
  }

  @Test
  void readsWordConstantsAndTime() {
    assertThat(Expr.parse("pi")).isEqualTo(num(Math.PI));
    assertThat(Expr.parse("exponentiale")).isEqualTo(num(Math.E));
    assertThat(Expr.parse("true")).isEqualTo(num(1));
    assertThat(Expr.parse("false")).isEqualTo(num(0));
    for (String inf : List.of("INF", "inf", "infinity")) {
      assertThat(Expr.parse(inf)).isEqualTo(num(Double.POSITIVE_INFINITY));
    }
    for (String nan : List.of("NaN", "nan", "notanumber")) {
      assertThat(Expr.parse(nan)).isEqualTo(num(Double.NaN));
    }
    assertThat(Expr.parse("time")).isSameAs(Expr.Time.INSTANCE);
    assertThat(Expr.parse("e")).as("e alone is an ordinary symbol").isEqualTo(sym("e"));
    assertThat(Expr.parse("k_2")).isEqualTo(sym("k_2"));
  }

  @Test
  void productBindsTighterThanSum() {
    assertThat(Expr.parse("a + b * c")).isEqualTo(apply(Fn.PLUS, A, apply(Fn.TIMES, B, C)));
    assertThat(Expr.parse("(a + b) * c")).isEqualTo(apply(Fn.TIMES, apply(Fn.PLUS, A, B), C));
  }

  @Test
  void sumAndProductChainsAreNary() {
    assertThat(Expr.parse("a + b + c")).isEqualTo(apply(Fn.PLUS, A, B, C));
    assertThat(Expr.parse("a * b * c")).isEqualTo(apply(Fn.TIMES, A, B, C));
    assertThat(Expr.parse("a || b or c")).isEqualTo(apply(Fn.OR, A, B, C));
    assertThat(Expr.parse("a && b and c")).isEqualTo(apply(Fn.AND, A, B, C));
  }

  @Test
  void parenthesesEndAChain() {
    assertThat(Expr.parse("(a + b) + c")).isEqualTo(apply(Fn.PLUS, apply(Fn.PLUS, A, B), C));
    assertThat(Expr.parse("a + (b + c)")).isEqualTo(apply(Fn.PLUS, A, apply(Fn.PLUS, B, C)));
  }

  @Test
  void minusAndDivideAreLeftAssociative() {
    assertThat(Expr.parse("a - b - c")).isEqualTo(apply(Fn.MINUS, apply(Fn.MINUS, A, B), C));
    assertThat(Expr.parse("a / b / c")).isEqualTo(apply(Fn.DIVIDE, apply(Fn.DIVIDE, A, B), C));
    assertThat(Expr.parse("a + b - c")).isEqualTo(apply(Fn.MINUS, apply(Fn.PLUS, A, B), C));
    assertThat(Expr.parse("a - b + c")).isEqualTo(apply(Fn.PLUS, apply(Fn.MINUS, A, B), C));
  }

  @Test
  void powerIsRightAssociativeAndTighterThanPrefixMinus() {
    assertThat(Expr.parse("a ^ b ^ c")).isEqualTo(apply(Fn.POWER, A, apply(Fn.POWER, B, C)));
    assertThat(Expr.parse("-2^2")).isEqualTo(apply(Fn.NEG, apply(Fn.POWER, num(2), num(2))));
    assertThat(Evaluator.evaluate(Expr.parse("-2^2"), Bindings.none())).isEqualTo(-4.0);
    assertThat(Expr.parse("2^-a")).isEqualTo(apply(Fn.POWER, num(2), apply(Fn.NEG, A)));
    assertThat(Expr.parse("-a^2")).isEqualTo(apply(Fn.NEG, apply(Fn.POWER, A, num(2))));
  }

  @Test
  void minusBeforeALiteralIsANegativeConstant() {
    assertThat(Expr.parse("-2")).isEqualTo(num(-2));
    assertThat(Expr.parse("a * -2")).isEqualTo(apply(Fn.TIMES, A, num(-2)));
    assertThat(Expr.parse("-INF")).isEqualTo(num(Double.NEGATIVE_INFINITY));
    assertThat(Expr.parse("-(2)")).isEqualTo(apply(Fn.NEG, num(2)));
    assertThat(Expr.parse("--a")).isEqualTo(apply(Fn.NEG, apply(Fn.NEG, A)));
    assertThat(Expr.parse("+a")).isEqualTo(A);
  }

  @Test
  void relationsBindBelowArithmeticAndAboveLogic() {
    assertThat(Expr.parse("a + 1 < b && b <= c || !a"))
        .isEqualTo(apply(Fn.OR,
            apply(Fn.AND, apply(Fn.LT, apply(Fn.PLUS, A, num(1)), B), apply(Fn.LEQ, B, C)),
            apply(Fn.NOT, A)));
    assertThat(Expr.parse("a < b == b > c"))
        .isEqualTo(apply(Fn.EQ, apply(Fn.LT, A, B), apply(Fn.GT, B, C)));
    assertThat(Expr.parse("a != b == c")).isEqualTo(apply(Fn.EQ, apply(Fn.NEQ, A, B), C));
    assertThat(Expr.parse("not a >= b")).isEqualTo(apply(Fn.GEQ, apply(Fn.NOT, A), B));
  }

  @Test
  void readsBuiltinFunctions() {
    assertThat(Expr.parse("exp(a)")).isEqualTo(apply(Fn.EXP, A));
    assertThat(Expr.parse("log(a)")).as("one-argument log is the natural log").isEqualTo(apply(Fn.LN, A));
    assertThat(Expr.parse("log(2, a)")).isEqualTo(apply(Fn.LOG, num(2), A));
    assertThat(Expr.parse("pow(a, b)")).isEqualTo(apply(Fn.POWER, A, B));
    assertThat(Expr.parse("root(3, a)")).isEqualTo(apply(Fn.ROOT, num(3), A));
    assertThat(Expr.parse("max(a, b, c)")).isEqualTo(apply(Fn.MAX, A, B, C));
    assertThat(Expr.parse("acoth(a)")).isEqualTo(apply(Fn.ACOTH, A));
    assertThat(Expr.parse("xor()")).isEqualTo(apply(Fn.XOR));
    assertThat(Expr.parse("and()")).isEqualTo(apply(Fn.AND));
    assertThat(Expr.parse("lt(a, b, c)")).isEqualTo(apply(Fn.LT, A, B, C));
    assertThat(Expr.parse("implies(a, b)")).isEqualTo(apply(Fn.IMPLIES, A, B));
  }

  @Test
  void otherNamesFollowedByParenthesisAreUserFunctionCalls() {
    assertThat(Expr.parse("hill(a, 2)")).isEqualTo(new Expr.Call("hill", List.of(A, num(2))));
    assertThat(Expr.parse("f()")).isEqualTo(new Expr.Call("f", List.of()));
  }

  @Test
  void piecewiseWithoutOtherwiseIsNaNOtherwise() {
    assertThat(Expr.parse("piecewise(a, a > 0, b)"))
        .isEqualTo(new Expr.Piecewise(List.of(A), List.of(apply(Fn.GT, A, num(0))), B));
    assertThat(Expr.parse("piecewise(a, a > 0)"))
        .isEqualTo(new Expr.Piecewise(List.of(A), List.of(apply(Fn.GT, A, num(0))), num(Double.NaN)));
  }

  @Test
  void readsMultiLineInput() {
    assertThat(Expr.parse("a *\n  (b\r\n + c)\n")).isEqualTo(apply(Fn.TIMES, A, apply(Fn.PLUS, B, C)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      exp(a b)         | 1 | 7  | 1:7: expected ')' after arguments of 'exp' but found 'b'
      a + # b          | 1 | 5  | 1:5: unexpected character '#'
      a = b            | 1 | 3  | 1:3: unexpected character '='; did you mean '=='?
      a & b            | 1 | 3  | 1:3: unexpected character '&'; did you mean '&&'?
      a +              | 1 | 4  | 1:4: expected an operand but found end of input
      a b              | 1 | 3  | 1:3: expected an operator or end of input but found 'b'
      (a + b           | 1 | 7  | 1:7: expected ')' to close '(' at 1:1 but found end of input
      exp(a, b)        | 1 | 1  | 1:1: 'exp' takes 1 argument(s), got 2
      2 * log(a, b, c) | 1 | 5  | 1:5: 'log' takes 1 or 2 argument(s), got 3
      a * min()        | 1 | 5  | 1:5: 'min' takes 1 or more argument(s), got 0
      pi(2)            | 1 | 1  | 1:1: 'pi' is a constant, not a function
      a * * b          | 1 | 5  | 1:5: expected an operand but found '*'
      """)
  void reportsErrorsWithLineAndColumn(String text, int line, int column, String message) {
    ExprParseException e = catchThrowableOfType(ExprParseException.class, () -> Expr.parse(text));
    assertThat(e).hasMessage(message);
    assertThat(e.line()).isEqualTo(line);
    assertThat(e.column()).isEqualTo(column);
  }

  @Test
  void reportsErrorLineAndColumnInMultiLineInput() {
    ExprParseException e = catchThrowableOfType(ExprParseException.class,
        () -> Expr.parse("k1 * S1\n  - k2 * S2 +\n\tsqrt(S3 ; 2)"));
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).as("a tab counts as one column").isEqualTo(10);
    assertThat(e).hasMessage("3:10: unexpected character ';'");

    ExprParseException missing = catchThrowableOfType(ExprParseException.class, () -> Expr.parse("a +\r\n  b)"));
    assertThat(missing).hasMessage("2:4: expected an operator or end of input but found ')'");
  }

  @Test
  void parseErrorIsAnIllegalArgumentException() {
    assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> Expr.parse("1 +")))
        .isInstanceOf(ExprParseException.class);
  }
}
