package org.limbic.models.vole;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.limbic.experiment.file.YamlNode;
import org.limbic.experiment.file.YamlTree;
import org.limbic.experiment.library.Assay;
import org.limbic.experiment.library.AssayParameter;

/**
 * Keeps docs/assays.schema.json in step with the vole model's assays: the same assays, the same
 * parameters in the same order, the same choices and ranges. (JSON is YAML, so it is read with
 * {@link YamlTree}.)
 */
class AssaySchemaTest {

  private static final Path FILE = Path.of("..", "docs", "assays.schema.json");

  private static YamlNode at(YamlNode node, String... path) {
    for (String key : path) {
      node = ((YamlNode.Mapping) node).get(key).orElseThrow(() -> new AssertionError("schema lacks " + key));
    }
    return node;
  }

  @Test
  void schemaDescribesExactlyTheAssaysTheModelRuns() throws IOException {
    YamlNode schema = YamlTree.parse(Files.readString(FILE), FILE.toString());
    List<YamlNode> entries = ((YamlNode.Sequence) at(schema, "properties", "assays", "items", "oneOf")).items();
    List<Assay> assays = VoleAssays.all();
    assertThat(entries.stream().map(e -> ((YamlNode.Scalar) at(e, "properties", "assay", "const")).text()).toList())
        .containsExactlyElementsOf(assays.stream().map(Assay::name).toList());
    for (int k = 0; k < assays.size(); k++) {
      YamlNode.Mapping properties = (YamlNode.Mapping) at(entries.get(k), "properties");
      List<String> keys = List.copyOf(properties.entries().keySet());
      assertThat(keys.subList(1, keys.size())).as(assays.get(k).name())
          .containsExactlyElementsOf(assays.get(k).parameters().stream().map(AssayParameter::name).toList());
      for (AssayParameter p : assays.get(k).parameters()) {
        YamlNode single = ((YamlNode.Sequence) at(properties, p.name(), "oneOf")).items().getFirst();
        String what = assays.get(k).name() + "." + p.name();
        switch (p.kind()) {
          case CHOICE -> assertThat(((YamlNode.Sequence) at(single, "enum")).items().stream()
              .map(n -> ((YamlNode.Scalar) n).text()).toList()).as(what).containsExactlyElementsOf(p.choices());
          case NUMBER, INTEGER -> {
            assertThat(((YamlNode.Scalar) at(single, "minimum")).number()).as(what).isEqualTo(p.min());
            assertThat(((YamlNode.Scalar) at(single, "maximum")).number()).as(what).isEqualTo(p.max());
          }
        }
        assertThat(((YamlNode.Scalar) at(properties, p.name(), "description")).text()).as(what)
            .contains("default " + (p.defaultValue() instanceof Double d && d == Math.rint(d) ? Long.toString(d.longValue())
                : p.defaultValue().toString()));
      }
    }
  }
}
