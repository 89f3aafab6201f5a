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

  /** Issue #15 item 11: assigned variables were listed as parameters with "-" unit and source, and expressions were cut. */
  @Test
  void assignedVariablesAreListedWithTheirWholeExpressionNotAsParameters() {
    CommandOutput r = CommandOutput.of("models", "oxytocin");
    assertThat(r.code()).isZero();
    String parameters = r.out().substring(r.out().indexOf("\nparameter "));
    assertThat(parameters).doesNotContain("\nafferent_input ").doesNotContain("\npvn_inhibition ");
    assertThat(r.out()).contains("  pvn_inhibition = 1 / (1 + k_adrenaline_pvn * max(0, adrenaline - 1))")
        .containsPattern("  afferent_input = w_stretch \\* spinal_afferent .{80,}").doesNotContain("…");
    assertThat(r.out()).containsPattern("\nOT_plasma +3\\.00000 +uU/mL ");
  }

  @Test
  void tsvHasOneRowPerElement() {
    CommandOutput r = CommandOutput.of("models", "pulsatile_release", "--format", "tsv");
    assertThat(r.code()).isZero();
    assertThat(r.out().lines()).first().isEqualTo("section\tid\tvalue\tunit\tdetail");
    assertThat(r.out().lines()).contains("species\tH\t0.0\tpM\tplasma", "reaction\tclearance\t\t\tk_clear * H * plasma",
        "parameter\tk_clear\t" + Math.log(2) / 4 + "\t1/min\tillustration: half-life 4 min", "scenario\tpulsatile-cohort\t\t\t");
    assertThat(r.out().lines()).allMatch(l -> l.split("\t", -1).length == 5);
  }

  @Test
  void jsonIsTheSameSheet() throws Exception {
    CommandOutput r = CommandOutput.of("models", "oxytocin", "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    var tree = tools.jackson.databind.json.JsonMapper.builder().build().readTree(r.out());
    assertThat(tree.get("id").asString()).isEqualTo("oxytocin");
    assertThat(tree.get("assignments").findValuesAsString("variable")).contains("pvn_inhibition");
    assertThat(tree.get("parameters").findValuesAsString("id")).doesNotContain("pvn_inhibition").contains("k_el");
    CommandOutput list = CommandOutput.of("models", "--format", "json");
    assertThat(list.out()).contains("\"id\" : \"vole\"");
  }

  /** An agent-based model shows what its files can run: each assay with its parameters' defaults and ranges. */
  @Test
  void theVoleModelListsItsAssaysWithTheirParameters() {
    CommandOutput text = CommandOutput.of("models", "vole");
    assertThat(text.code()).isZero();
    assertThat(text.out()).containsSubsequence("assay partner_preference:", "cohousing_min", "1440.0", "0 to 40320 min",
        "measures preference_pct [%]", "assay stranger_encounter:", "assay operant:", "assay slice_imaging:",
        "run them from a file: model: vole");
    CommandOutput tsv = CommandOutput.of("models", "vole", "--format", "tsv");
    assertThat(tsv.out()).contains("assay_parameter\tpartner_preference.n\t12\t\t2 to 333; focal animals in the group");
  }
}
