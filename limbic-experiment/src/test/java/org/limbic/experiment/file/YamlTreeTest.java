package org.limbic.experiment.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class YamlTreeTest {

  @Test
  void everyKeyAndValueKeepsItsLineAndColumn() {
    YamlNode root = YamlTree.parse("name: demo\ntime:\n  end: 60\n  points: [1, 2]\n", "e.yaml");

    YamlNode.Mapping top = (YamlNode.Mapping) root;
    YamlNode.Mapping time = (YamlNode.Mapping) top.get("time").orElseThrow();
    assertThat(top.entry("time").orElseThrow().keyLocation()).isEqualTo(new SourceLocation("e.yaml", 2, 1));
    assertThat(time.entry("end").orElseThrow().keyLocation()).isEqualTo(new SourceLocation("e.yaml", 3, 3));
    assertThat(time.get("end").orElseThrow().location()).isEqualTo(new SourceLocation("e.yaml", 3, 8));
    YamlNode.Sequence points = (YamlNode.Sequence) time.get("points").orElseThrow();
    assertThat(points.items().get(1).location()).isEqualTo(new SourceLocation("e.yaml", 4, 15));
  }

  @Test
  void numbersAreReadAsNumbersAndQuotedTextAsStrings() {
    YamlNode.Mapping m = (YamlNode.Mapping) YamlTree.parse("a: 1e-6\nb: .5\nc: ten\nd: ~\n", "e.yaml");

    assertThat(((YamlNode.Scalar) m.get("a").orElseThrow()).number()).isEqualTo(1e-6);
    assertThat(((YamlNode.Scalar) m.get("b").orElseThrow()).number()).isEqualTo(0.5);
    assertThat(((YamlNode.Scalar) m.get("c").orElseThrow()).isNumber()).isFalse();
    assertThat(((YamlNode.Scalar) m.get("d").orElseThrow()).type()).isEqualTo(YamlNode.Scalar.Type.NULL);
  }

  @Test
  void emptyDocumentIsANullScalar() {
    assertThat(Values.isNull(YamlTree.parse("", "e.yaml"))).isTrue();
  }

  @Test
  void malformedYamlIsReportedAtTheParsersLocation() {
    assertThatThrownBy(() -> YamlTree.parse("time: [1, 2\nend: 3\n", "e.yaml"))
        .isInstanceOf(ExperimentFileException.class)
        .hasMessageStartingWith("e.yaml:2:4: malformed YAML: while parsing a flow sequence: expected ',' or ']'")
        .hasMessageEndingWith("; check indentation, colons and brackets");
  }

  @Test
  void duplicateKeyNamesBothPlaces() {
    assertThatThrownBy(() -> YamlTree.parse("seed: 1\nname: a\nseed: 2\n", "e.yaml"))
        .hasMessage("e.yaml:3:1: duplicate key 'seed' (first given at 1:1); keep one of them");
  }
}
