package org.limbic.models.oxytocin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.limbic.experiment.file.ExperimentFileException;
import org.limbic.experiment.file.ExperimentFiles;
import org.limbic.experiment.library.ModelLibrary;
import org.limbic.experiment.spec.ExperimentSpec;

/**
 * {@code scenario: NAME} (issue #15): a file starts from a built-in scenario and overrides it; the
 * maps parameters, time and solver merge key by key, every other key replaces the scenario's.
 */
class ScenarioKeyTest {

  private static final Path HERE = Path.of(".");

  private static ExperimentSpec parse(String yaml) {
    return ExperimentFiles.parse(yaml, "e.yaml", HERE);
  }

  private static ExperimentSpec scenario(String name) {
    return ExperimentFiles.parse(ModelLibrary.get("oxytocin").scenarios().get(name), name + ".yaml", HERE);
  }

  @Test
  void aScenarioAloneIsTheScenario() {
    ExperimentSpec fromKey = parse("model: oxytocin\nscenario: labor-under-stress\n");
    ExperimentSpec direct = scenario("labor-under-stress");
    assertThat(fromKey.name()).isEqualTo("labor-under-stress");
    assertThat(fromKey.parameters()).isEqualTo(direct.parameters()).containsEntry("stress", 1.0);
    assertThat(fromKey.time().times()).isEqualTo(direct.time().times());
    assertThat(fromKey.outputs()).isEqualTo(direct.outputs());
    assertThat(fromKey.solver()).isEqualTo(direct.solver());
  }

  @Test
  void parametersTimeAndSolverMergeKeyByKey() {
    ExperimentSpec spec = parse("""
        name: calmer-labor
        model: oxytocin
        scenario: labor-under-stress
        parameters: {k_el: 0.2}
        time: {end: 720}
        solver: {rtol: 1.0e-8}
        """);
    ExperimentSpec direct = scenario("labor-under-stress");
    assertThat(spec.name()).isEqualTo("calmer-labor");
    assertThat(spec.parameters()).containsEntry("stress", 1.0).containsEntry("k_el", 0.2);
    // start 0 and the scenario's 5761 points, over the new end: a step of 720 / 5760
    assertThat(spec.time().times()).hasSize(5761);
    assertThat(spec.time().times()[5760]).isEqualTo(720.0);
    assertThat(spec.solver().relativeTolerance()).isEqualTo(1e-8);
    assertThat(spec.solver().absoluteTolerance()).isEqualTo(direct.solver().absoluteTolerance());
    assertThat(spec.solver().method()).isEqualTo(direct.solver().method());
  }

  @Test
  void otherKeysReplaceTheScenarios() {
    ExperimentSpec spec = parse("""
        model: oxytocin
        scenario: spontaneous-labor
        outputs: {variables: [OT_plasma]}
        """);
    assertThat(spec.outputs().variables()).containsExactly("OT_plasma");
    assertThat(spec.outputs().metrics()).isEmpty();
  }

  @Test
  void anUnknownScenarioIsALocatedErrorWithTheList() {
    assertThatThrownBy(() -> parse("model: oxytocin\nscenario: spontaneous-labour\n"))
        .isInstanceOf(ExperimentFileException.class)
        .hasMessageStartingWith("e.yaml:2:11: model 'oxytocin' has no scenario 'spontaneous-labour'; did you mean"
            + " 'spontaneous-labor'?").hasMessageContaining("limbic models oxytocin lists them: ");
  }

  @Test
  void aScenarioNeedsABuiltInModel() {
    assertThatThrownBy(() -> parse("scenario: spontaneous-labor\ntime: {end: 1}\n"))
        .hasMessageStartingWith("e.yaml:1:1: 'scenario' needs the built-in 'model' it belongs to");
    assertThatThrownBy(() -> parse("model: {sbml: m.xml}\nscenario: x\n"))
        .hasMessageStartingWith("e.yaml:2:1: scenarios belong to built-in models");
  }

  @Test
  void aFaultInTheFilesOverrideIsLocatedInTheFile() {
    assertThatThrownBy(() -> parse("model: oxytocin\nscenario: labor-under-stress\nparameters: {strss: 2}\n"))
        .hasMessageStartingWith("e.yaml:3:14: ").hasMessageContaining("did you mean 'stress'");
  }
}
