package org.limbic.experiment.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.limbic.experiment.trial.LinearResponseModel;
import org.limbic.experiment.spec.TrialDesign;
import org.limbic.experiment.trial.VirtualPatientModel;

class TrialFilesTest {

  private static final VirtualPatientModel MODEL = new LinearResponseModel();

  static final String TRIAL = """
      name: pilot
      model: linear
      population: adults
      patients: 49
      inclusion:
        - {covariate: score, min: 14}
      randomization: {kind: stratified, block: 4, by: score, cut: 24}
      visits: [0, 4, 8]
      attrition: {dropout_per_week: 0.02}
      arms:
        - name: drug
          adherence: {mean: 0.9, sd: 0.1}
          treatments:
            - {kind: drug, from: 0, to: 8, parameters: {effect: 4}}
        - name: placebo
          treatments:
            - {kind: placebo, from: 0, to: 8}
      endpoints:
        - {name: score, lower_is_better: true, remission_at_or_below: 7}
      analysis: {primary: score, control: placebo, missing: locf}
      """;

  private static TrialDesign parse(String text) {
    return TrialFiles.parse(text, "pilot.yaml", id -> {
      if (!id.equals("linear")) {
        throw new IllegalArgumentException("no virtual-patient model '" + id + "'; known: [linear]");
      }
      return MODEL;
    });
  }

  @Test
  void readsEveryPartOfATrial() {
    TrialDesign d = parse(TRIAL);
    assertThat(d.name()).isEqualTo("pilot");
    assertThat(d.patients()).isEqualTo(49);
    assertThat(d.inclusion()).containsExactly(new TrialDesign.Criterion("score", 14, Double.POSITIVE_INFINITY));
    assertThat(d.randomization().kind()).isEqualTo(TrialDesign.RandomizationKind.STRATIFIED);
    assertThat(d.randomization().cutpoint()).isEqualTo(24);
    assertThat(d.visitWeeks()).containsExactly(0, 4, 8);
    assertThat(d.attrition().dropoutPerWeek()).isEqualTo(0.02);
    assertThat(d.arm("drug").adherenceMean()).isEqualTo(0.9);
    assertThat(d.arm("drug").components().get(0).parameter("effect", 0)).isEqualTo(4);
    assertThat(d.arm("placebo").components().get(0).stopWeek()).isEqualTo(8);
    assertThat(d.endpoint("score").remissionAtOrBelow()).isEqualTo(7);
    assertThat(d.analysis().missing()).isEqualTo(TrialDesign.Missing.LOCF);
  }

  @Test
  void faultsAreLocatedAndSayWhatToDo() {
    assertThatThrownBy(() -> parse(TRIAL.replace("kind: drug", "kind: drugg")))
        .hasMessageStartingWith("pilot.yaml:14:16: arm 'drug': unknown treatment 'drugg'").hasMessageContaining("did you mean 'drug'");
    assertThatThrownBy(() -> parse(TRIAL.replace("population: adults", "population: adult")))
        .hasMessageStartingWith("pilot.yaml:3:13: unknown population 'adult'");
    assertThatThrownBy(() -> parse(TRIAL.replace("model: linear", "model: gut")))
        .hasMessageStartingWith("pilot.yaml:2:8: no virtual-patient model 'gut'");
    assertThatThrownBy(() -> parse(TRIAL.replace("visits: [0, 4, 8]", "visits: [0, 8, 4]")))
        .hasMessageStartingWith("pilot.yaml:8:9: 'visits' must ascend");
    assertThatThrownBy(() -> parse(TRIAL.replace("control: placebo", "control: placbo")))
        .hasMessageContaining("control arm 'placbo' is not among the arms");
    assertThatThrownBy(() -> parse(TRIAL.replace("block: 4", "block: 3")))
        .hasMessageStartingWith("pilot.yaml:7:").hasMessageContaining("multiple of the sum of allocation ratios (2)");
    assertThatThrownBy(() -> parse(TRIAL.replace("patients: 49", "patient: 49")))
        .hasMessageStartingWith("pilot.yaml:4:1: unknown key 'patient'");
    assertThatThrownBy(() -> parse(TRIAL.replace("from: 0, to: 8, parameters", "from: 8, to: 0, parameters")))
        .hasMessageContaining("'to' (week 0.00000) must be after 'from'");
  }
}
