package org.limbic.models.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.limbic.compile.CompiledModel;
import org.limbic.compile.ModelCompiler;
import org.limbic.experiment.file.ExperimentFiles;
import org.limbic.experiment.library.BuiltInModel;
import org.limbic.experiment.library.ModelLibrary;
import org.limbic.experiment.spec.ExperimentSpec;
import org.limbic.model.Parameter;
import org.limbic.simulation.Simulator;

/** Every built-in model compiles, simulates, documents its parameters and ships scenarios that parse. */
class BuiltInModelsTest {

  @Test
  void theLibraryFindsTheExamples() {
    assertThat(ModelLibrary.all()).extracting(BuiltInModel::id).contains("birth_death", "pulsatile_release", "robertson");
  }

  @Test
  void everyBuiltInModelCompilesAndSimulatesToFiniteValues() {
    for (BuiltInModel m : ModelLibrary.all()) {
      CompiledModel c = ModelCompiler.compile(m.model());
      var r = new Simulator(c).run(0, 10, 11);
      for (double[] row : r.values()) {
        for (double v : row) {
          assertThat(Double.isFinite(v)).as(m.id() + " value " + v).isTrue();
        }
      }
    }
  }

  @Test
  void everyConstantParameterHasAUnitAndASource() {
    for (BuiltInModel m : ModelLibrary.all()) {
      List<Parameter> undocumented = m.model().parameters().stream()
          .filter(p -> p.constant() && (p.unit().isEmpty() || p.source().isEmpty())).toList();
      assertThat(undocumented).as(m.id() + " parameters without unit or source").isEmpty();
    }
  }

  /** Issue #15 item 11: notes meant for the authors ("BRIEF §3", "table not read here") reached limbic models' output. */
  @Test
  void parameterSourcesCiteWithoutNotesForTheAuthors() {
    for (BuiltInModel m : ModelLibrary.all()) {
      assertThat(m.model().parameters()).as(m.id()).allSatisfy(p -> assertThat(p.source()).as(p.id())
          .doesNotContain("BRIEF").doesNotContain("not read here"));
    }
  }

  @Test
  void everyScenarioIsAValidExperimentFileForItsModel() {
    for (BuiltInModel m : ModelLibrary.all()) {
      for (Map.Entry<String, String> s : m.scenarios().entrySet()) {
        ExperimentSpec spec = ExperimentFiles.parse(s.getValue(), m.id() + "/" + s.getKey() + ".yaml", Path.of("."));
        assertThat(spec.model().toString()).as(s.getKey()).contains(m.id());
      }
    }
  }
}
