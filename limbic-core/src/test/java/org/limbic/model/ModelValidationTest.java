package org.limbic.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ModelValidationTest {

  private static ModelBuilder base() {
    return Model.builder("m").compartment("cell", 1.0).species("A", "cell", 1.0).species("B", "cell", 0.0)
        .parameter("k", 0.5);
  }

  @Test
  void validModelBuildsAndIndexesItsElements() {
    Model m = base().reaction("conversion", "A -> B", "k * A").build();
    assertThat(m.speciesById("A")).isPresent();
    assertThat(m.reactions()).hasSize(1);
    assertThat(m.reactions().getFirst().reactants().getFirst().species()).isEqualTo("A");
  }

  @Test
  void unknownSymbolIsNamedWithASuggestion() {
    assertThatThrownBy(() -> base().reaction("conversion", "A -> B", "kk * A").build())
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("'conversion'")
        .hasMessageContaining("unknown symbol 'kk'")
        .hasMessageContaining("did you mean 'k'?")
        .extracting(e -> ((ModelException) e).element()).isEqualTo("conversion");
  }

  @Test
  void duplicateIdIsRefused() {
    assertThatThrownBy(() -> base().parameter("A", 1.0).build())
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("'A': duplicate id");
  }

  @Test
  void cyclicAssignmentRulesAreRefusedWithTheCycle() {
    assertThatThrownBy(() -> base().variable("x", 0).variable("y", 0)
        .assignmentRule("x", "y + 1").assignmentRule("y", "2 * x").build())
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("cycle")
        .hasMessageMatching("(?s).*(x -> y -> x|y -> x -> y).*");
  }

  @Test
  void ruleOnAConstantIsRefused() {
    assertThatThrownBy(() -> base().rateRule("k", "1").build())
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("'k': is constant")
        .hasMessageContaining("declare it non-constant");
  }

  @Test
  void negativeCompartmentSizeIsRefused() {
    assertThatThrownBy(() -> Model.builder("m").compartment("cell", -1.0).build())
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("'cell': compartment size must be finite and >= 0, got -1.0");
  }

  @Test
  void reactionOnUnknownSpeciesIsRefused() {
    assertThatThrownBy(() -> base().reaction("r", "A -> C", "k").build())
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("'r': unknown species 'C'");
  }

  @Test
  void unknownFunctionAndWrongArityAreRefused() {
    assertThatThrownBy(() -> base().reaction("r", "A ->", "hill(A)").build())
        .isInstanceOf(ModelException.class).hasMessageContaining("calls unknown function 'hill'");
    assertThatThrownBy(() -> base().function("hill", java.util.List.of("x", "n"), "x^n / (1 + x^n)")
        .reaction("r", "A ->", "hill(A)").build())
        .isInstanceOf(ModelException.class).hasMessageContaining("calls 'hill' with 1 argument(s); it takes 2");
  }

  @Test
  void functionBodyMayOnlyUseItsArguments() {
    assertThatThrownBy(() -> base().function("f", java.util.List.of("x"), "k * x").build())
        .isInstanceOf(ModelException.class).hasMessageContaining("a function body may only use its arguments");
  }

  @Test
  void malformedExpressionNamesItsPosition() {
    assertThatThrownBy(() -> base().reaction("r", "A ->", "k * (A + "))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("'r': cannot read expression")
        .hasMessageMatching("(?s).*1:\\d+.*");
  }

  @Test
  void malformedEquationIsExplained() {
    assertThatThrownBy(() -> base().reaction("r", "A => B", "k"))
        .isInstanceOf(ModelException.class).hasMessageContaining("has no '->'");
  }

  @Test
  void eventAssigningAConstantIsRefused() {
    assertThatThrownBy(() -> base().event("e", "time > 1", "k", "2").build())
        .isInstanceOf(ModelException.class).hasMessageContaining("'k': is constant");
  }

  @Test
  void keywordsCannotBeIdsOfATextModel() {
    assertThatThrownBy(() -> base().parameter("time", 5))
        .isInstanceOf(ModelException.class).hasMessageContaining("'time': is a keyword").hasMessageContaining("time_value");
    assertThatThrownBy(() -> base().variable("pi", 0)).isInstanceOf(ModelException.class).hasMessageContaining("'pi'");
    assertThatThrownBy(() -> base().function("exp", java.util.List.of("x"), "x + 1"))
        .isInstanceOf(ModelException.class).hasMessageContaining("built-in function");
  }

  @Test
  void anUndeterminedNaNInitialValueIsRefused() {
    assertThatThrownBy(() -> base().amountSpecies("C", "cell", Double.NaN).build())
        .isInstanceOf(ModelException.class).hasMessageContaining("'C': initial value must be finite");
  }

  @Test
  void aConstantSpeciesCannotBeChangedByAReaction() {
    assertThatThrownBy(() -> base().species(new Species("F", "cell", 1, true, false, false, true, ""))
        .reaction("r", "F -> A", "k").build())
        .isInstanceOf(ModelException.class).hasMessageContaining("constant species that is not a boundary species");
  }
}
