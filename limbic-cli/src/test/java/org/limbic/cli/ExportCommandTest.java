package org.limbic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limbic.compile.CompiledModel;
import org.limbic.compile.ModelCompiler;
import org.limbic.experiment.library.ModelLibrary;
import org.limbic.model.Model;
import org.limbic.sbml.SbmlExporter;
import org.limbic.sbml.SbmlModels;

/** limbic export MODEL --sbml FILE (issue #15 item 12): built-in, SBML and experiment-file models; refusals keep what exists. */
class ExportCommandTest {

  @TempDir
  Path tmp;

  @Test
  void aBuiltInModelIsWrittenAndReadsBackWithItsElementsAndValues() throws IOException {
    Path file = tmp.resolve("oxytocin.xml");
    CommandOutput r = CommandOutput.of("export", "oxytocin", "--sbml", file.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).startsWith("wrote " + file + ": model oxytocin,");
    Model original = ModelLibrary.get("oxytocin").model();
    Model back = SbmlModels.load(file);
    assertThat(back.species()).extracting(s -> s.id()).containsExactlyElementsOf(original.species().stream().map(s -> s.id()).toList());
    assertThat(back.reactions()).hasSameSizeAs(original.reactions());
    // The default parameter vectors agree exactly: values are written with all their digits.
    CompiledModel a = ModelCompiler.compile(original);
    CompiledModel b = ModelCompiler.compile(back);
    for (String id : a.layout().parameterIds()) {
      assertThat(b.newParameters()[b.parameterIndex(id)]).as(id).isEqualTo(a.newParameters()[a.parameterIndex(id)]);
    }
  }

  @Test
  void anExperimentFilesParameterValuesAreTheExportedOnes() throws IOException {
    Model model = Model.builder("exchange").compartment("c", 1.0).species("A", "c", 3.0).species("B", "c", 1.0)
        .parameter("k1", 2.0).parameter("k2", 0.5)
        .reaction("conversion", "A <-> B", "(k1 * A - k2 * B) * c")
        .build();
    SbmlExporter.write(model, tmp.resolve("exchange.xml"));
    Path yaml = tmp.resolve("e.yaml");
    Files.writeString(yaml, "model: {sbml: exchange.xml}\ntime: {end: 10}\nparameters: {k2: 7, A: 5, c: 2}\n");
    Path file = tmp.resolve("out.xml");
    CommandOutput r = CommandOutput.of("export", yaml.toString(), "--sbml", file.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
    Model back = SbmlModels.load(file);
    assertThat(back.parameterById("k2").orElseThrow().value()).isEqualTo(7.0);
    assertThat(back.parameterById("k1").orElseThrow().value()).isEqualTo(2.0);
    assertThat(back.speciesById("A").orElseThrow().initialValue()).isEqualTo(5.0);
    assertThat(back.compartmentById("c").orElseThrow().size()).isEqualTo(2.0);
  }

  @Test
  void anAgentBasedModelIsRefusedAndNothingIsWritten() {
    Path file = tmp.resolve("vole.xml");
    CommandOutput r = CommandOutput.of("export", "vole", "--sbml", file.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("agent-based");
    assertThat(file).doesNotExist();
  }

  @Test
  void anExistingFileIsKeptUnlessForced() throws IOException {
    Path file = tmp.resolve("keep.xml");
    Files.writeString(file, "mine");
    CommandOutput refused = CommandOutput.of("export", "robertson", "--sbml", file.toString());
    assertThat(refused.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(refused.err()).contains("exists").contains("--force");
    assertThat(file).hasContent("mine");
    CommandOutput forced = CommandOutput.of("export", "robertson", "--sbml", file.toString(), "--force");
    assertThat(forced.code()).as(forced.err()).isEqualTo(ExitCodes.OK);
    assertThat(SbmlModels.load(file).species()).hasSize(3);
  }

  @Test
  void anUnknownModelIdSaysWhereTheIdsAreListed() {
    CommandOutput r = CommandOutput.of("export", "oxytocn", "--sbml", tmp.resolve("x.xml").toString());
    assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("oxytocn").contains("limbic models");
  }
}
