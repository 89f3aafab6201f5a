package org.limbic.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FunctionInlinerTest {

  private static final Map<String, Lambda> FUNCTIONS = Map.of(
      "mm", Lambda.of("v * s / (k + s)", "v", "s", "k"),
      "sq", Lambda.of("a * a", "a"),
      "hill2", Lambda.of("mm(v, sq(s), sq(k))", "v", "s", "k"),
      "swap", Lambda.of("x - y", "y", "x"));

  @Test
  void replacesACallByItsBodyWithArgumentsSubstituted() {
    assertThat(FunctionInliner.inline(Expr.parse("2 * mm(Vmax, S1 + 1, Km)"), FUNCTIONS))
        .isEqualTo(Expr.parse("2 * (Vmax * (S1 + 1) / (Km + (S1 + 1)))"));
  }

  @Test
  void inlinesCallsInsideBodiesAndArguments() {
    assertThat(FunctionInliner.inline(Expr.parse("hill2(V, sq(S), K)"), FUNCTIONS))
        .isEqualTo(Expr.parse("V * ((S * S) * (S * S)) / (K * K + (S * S) * (S * S))"));
  }

  @Test
  void substitutesParametersSimultaneously() {
    // swap(y, x) = x - y with parameters (y, x) bound to (y, x): naive sequential substitution gives y - y
    assertThat(FunctionInliner.inline(Expr.parse("swap(x, y)"), FUNCTIONS)).isEqualTo(Expr.parse("y - x"));
  }

  @Test
  void rejectsDirectRecursionNamingTheFunction() {
    Map<String, Lambda> recursive = Map.of("f", Lambda.of("1 + f(n - 1)", "n"));
    assertThatThrownBy(() -> FunctionInliner.inline(Expr.parse("f(3)"), recursive))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'f' is recursive (f -> f)");
  }

  @Test
  void rejectsACycleThroughSeveralFunctions() {
    Map<String, Lambda> cycle = Map.of(
        "f", Lambda.of("g(x) + 1", "x"), "g", Lambda.of("2 * h(x)", "x"), "h", Lambda.of("f(x)", "x"));
    assertThatThrownBy(() -> FunctionInliner.inline(Expr.parse("1 + f(y)"), cycle))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'f' is recursive (f -> g -> h -> f)");
  }

  @Test
  void allowsTheSameFunctionTwiceWithoutRecursion() {
    assertThat(FunctionInliner.inline(Expr.parse("sq(sq(x))"), FUNCTIONS)).isEqualTo(Expr.parse("(x * x) * (x * x)"));
  }

  @Test
  void rejectsUnknownFunctionsAndWrongArity() {
    assertThatThrownBy(() -> FunctionInliner.inline(Expr.parse("hill(x)"), FUNCTIONS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown function 'hill'");
    assertThatThrownBy(() -> FunctionInliner.inline(Expr.parse("sq(x, y)"), FUNCTIONS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'sq' takes 1 argument(s) [a], got 2");
  }

  @Test
  void lambdaParametersMustBeDistinct() {
    assertThatThrownBy(() -> Lambda.of("a + a", "a", "a")).isInstanceOf(IllegalArgumentException.class);
  }
}
