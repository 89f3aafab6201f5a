package org.limbic.sbml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limbic.model.Model;
import org.limbic.model.ModelException;

class SbmlModelsTest {

  @TempDir
  Path tmp;

  @Test
  void loadsTheModelOfAnSbmlFile() throws Exception {
    Model decay = Model.builder("decay").compartment("c", 1.0).species("A", "c", 2.0).parameter("k", 0.5)
        .reaction("r", "A ->", "k * A * c").build();
    Path file = tmp.resolve("decay.xml");
    SbmlExporter.write(decay, file);
    assertThat(SbmlModels.load(file).id()).isEqualTo("decay");
  }

  @Test
  void aFileThatIsNotSbmlOrNotThereIsAModelExceptionNamingIt() throws Exception {
    Path text = Files.writeString(tmp.resolve("notes.xml"), "not xml at all");
    assertThatThrownBy(() -> SbmlModels.load(text)).isInstanceOf(ModelException.class)
        .hasMessageContaining(text.toString()).hasMessageContaining("cannot read the SBML file");
    Path missing = tmp.resolve("missing.xml");
    assertThatThrownBy(() -> SbmlModels.load(missing)).isInstanceOf(ModelException.class)
        .hasMessageContaining(missing.toString()).hasMessageContaining("cannot read the SBML file");
  }
}
