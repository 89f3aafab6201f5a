package org.limbic.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SubstitutionTest {

  @Test
  void collectsEverySymbolOnceInOrderOfAppearance() {
    assertThat(Expr.symbols(Expr.parse("k1 * S1 - piecewise(k2, time > t0, hill(S1, n))")))
        .containsExactly("k1", "S1", "k2", "t0", "n");
    assertThat(Expr.symbols(Expr.parse("time * pi + 2"))).isEmpty();
  }

  @Test
  void knowsWhetherAnExpressionReadsASymbol() {
    assertThat(SymbolCollector.references(Expr.parse("exp(-k * t)"), "k")).isTrue();
    assertThat(SymbolCollector.references(Expr.parse("exp(-k * t)"), "time")).isFalse();
  }

  @Test
  void replacesSymbolsEverywhere() {
    Expr e = Expr.parse("piecewise(a, a > b, f(a))");
    assertThat(Substitution.apply(e, Map.of("a", Expr.parse("x + 1"))))
        .isEqualTo(Expr.parse("piecewise(x + 1, x + 1 > b, f(x + 1))"));
  }

  @Test
  void replacesSimultaneously() {
    assertThat(Substitution.apply(Expr.parse("x - y"), Map.of("x", Expr.sym("y"), "y", Expr.sym("x"))))
        .isEqualTo(Expr.parse("y - x"));
  }
}
