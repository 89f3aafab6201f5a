package org.limbic.experiment.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/experiment.schema.json in step with the parser: the schema names exactly the keys and
 * names the parser accepts. (The documented examples are run against the built-in model they use
 * in limbic-models, DocumentedExamplesTest.) (A structural
 * check: JSON is YAML, so the schema is read with {@link YamlTree}.)
 */
class ExperimentSchemaTest {

  /** Surefire runs in the module directory; the docs are at the repository root. */
  private static final Path DOCS = Path.of("..", "docs");

  private static YamlNode.Mapping schema() throws IOException {
    Path file = DOCS.resolve("experiment.schema.json");
    return (YamlNode.Mapping) YamlTree.parse(Files.readString(file), file.toString());
  }

  private static YamlNode at(YamlNode node, String... path) {
    for (String key : path) {
      node = ((YamlNode.Mapping) node).get(key).orElseThrow(() -> new AssertionError("schema lacks " + key));
    }
    return node;
  }

  private static List<String> strings(YamlNode list) {
    return ((YamlNode.Sequence) list).items().stream().map(n -> ((YamlNode.Scalar) n).text()).toList();
  }

  private static List<String> keys(YamlNode map) {
    return List.copyOf(((YamlNode.Mapping) map).entries().keySet());
  }

  @Test
  void schemaNamesExactlyTheTopLevelKeysTheParserAccepts() throws IOException {
    YamlNode.Mapping schema = schema();

    assertThat(keys(at(schema, "properties"))).containsExactlyElementsOf(ExperimentFiles.TOP_LEVEL_KEYS);
    // time is required unless a scenario gives it
    assertThat(strings(at(schema, "required"))).containsExactly("model");
    assertThat(((YamlNode.Sequence) at(((YamlNode.Sequence) at(schema, "allOf")).items().getFirst(), "anyOf")).items().stream()
        .map(n -> strings(at(n, "required"))).toList()).containsExactly(List.of("time"), List.of("scenario"));
    assertThat(((YamlNode.Scalar) at(schema, "additionalProperties")).text()).isEqualTo("false");
  }

  @Test
  void schemaEnumeratesTheSameNamesAsTheParser() throws IOException {
    YamlNode.Mapping schema = schema();

    assertThat(strings(at(schema, "properties", "solver", "properties", "method", "enum")))
        .containsExactlyElementsOf(SolverReader.methods());
    assertThat(strings(at(schema, "$defs", "metric", "properties", "kind", "enum")))
        .containsExactlyElementsOf(MetricReader.KINDS);
    assertThat(keys(at(schema, "$defs", "metric", "properties"))).containsExactlyElementsOf(MetricReader.KEYS);
    assertThat(strings(at(schema, "$defs", "metric", "properties", "direction", "enum")))
        .containsExactlyElementsOf(MetricReader.DIRECTIONS);
    assertThat(strings(at(schema, "$defs", "scan", "properties", "method", "enum")))
        .containsExactlyElementsOf(ScanReader.METHODS);
    assertThat(strings(at(schema, "$defs", "sensitivity", "properties", "method", "enum")))
        .containsExactlyElementsOf(SensitivityReader.METHODS);
    List<String> interventionKinds = ((YamlNode.Sequence) at(schema, "$defs", "intervention", "oneOf")).items()
        .stream().map(n -> keys(at(n, "properties")).getFirst()).toList();
    assertThat(interventionKinds).containsExactlyElementsOf(InterventionReader.KINDS);
    List<String> inputShapes = ((YamlNode.Sequence) at(schema, "$defs", "inputSignal", "oneOf")).items()
        .stream().map(n -> keys(at(n, "properties")).getFirst()).toList();
    assertThat(inputShapes).containsExactlyElementsOf(InputReader.SHAPES);
    assertThat(strings(at(((YamlNode.Sequence) at(schema, "$defs", "inputSignal", "oneOf")).items().getFirst(), "properties",
        "interpolate", "enum"))).containsExactlyElementsOf(InputReader.INTERPOLATIONS);
    List<String> distributions = ((YamlNode.Sequence) at(schema, "$defs", "distribution", "oneOf")).items()
        .stream().filter(YamlNode.Mapping.class::isInstance)
        .filter(n -> ((YamlNode.Mapping) n).get("properties").isPresent())
        .map(n -> ((YamlNode.Scalar) at(n, "properties", "distribution", "const")).text()).toList();
    assertThat(distributions).containsExactlyElementsOf(CohortReader.DISTRIBUTIONS);
  }
}
