package org.limbic.experiment.file;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A YAML document as a small tree that keeps, unlike Jackson's JsonNode, the line and column of
 * every node and every mapping key, so that each fault can be reported where it is.
 */
public sealed interface YamlNode {

  SourceLocation location();

  /** What this node is, for messages: "the string 'ten'", "a list", "a map". */
  String describe();

  /**
   * A scalar. {@code number} is the value when the scalar reads as a finite number (a YAML number,
   * or a string such as ".5" that Java reads as a double), else NaN: infinities and NaN are not
   * numbers an experiment can use.
   */
  record Scalar(String text, Type type, double number, SourceLocation location) implements YamlNode {

    public enum Type { STRING, INTEGER, FLOAT, BOOLEAN, NULL }

    public boolean isNumber() {
      return Double.isFinite(number);
    }

    @Override
    public String describe() {
      return switch (type) {
        case STRING -> "the string '" + text + "'";
        case NULL -> "nothing";
        default -> text;
      };
    }
  }

  record Sequence(List<YamlNode> items, SourceLocation location) implements YamlNode {

    public Sequence {
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /** A mapping whose keys keep their own locations, in the order written. */
  record Mapping(Map<String, Entry> entries, SourceLocation location) implements YamlNode {

    public Mapping {
      entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    public Optional<Entry> entry(String key) {
      return Optional.ofNullable(entries.get(key));
    }

    public Optional<YamlNode> get(String key) {
      return entry(key).map(Entry::value);
    }

    @Override
    public String describe() {
      return "a map";
    }
  }

  /** One key: value pair; {@code keyLocation} points at the key. */
  record Entry(String key, SourceLocation keyLocation, YamlNode value) {
  }
}
