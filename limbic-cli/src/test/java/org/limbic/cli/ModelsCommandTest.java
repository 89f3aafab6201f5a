package org.limbic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModelsCommandTest {

  @Test
  void oneModelListsItsCompartmentsSpeciesReactionsAndParametersWithSources() {
    CommandOutput r = CommandOutput.of("models", "pulsatile_release");
    assertThat(r.code()).isZero();
    assertThat(r.out()).containsSubsequence("compartment", "plasma", "species", "H ", "plasma", "reactions:",
        "clearance: k_clear * H * plasma", "parameter", "k_clear", "1/min", "illustration: half-life 4 min",
        "scenarios: pulsatile-cohort");
  }

  @Test
  void theListHasEveryBuiltInModel() {
    CommandOutput r = CommandOutput.of("models");
    assertThat(r.out()).contains("pulsatile_release").contains("oxytocin").contains("robertson");
  }
}
