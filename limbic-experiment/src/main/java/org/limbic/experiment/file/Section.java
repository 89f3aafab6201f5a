package org.limbic.experiment.file;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.limbic.model.Suggestions;

/**
 * One map of an experiment file read with typed getters whose faults name the key, its location,
 * what was expected and what was found. Unknown keys are rejected at construction, with the
 * closest known key and the full list.
 *
 * @param what how the map is named in messages, e.g. "time" or "metric 'peak_H'"
 */
record Section(YamlNode.Mapping map, String what) {

  Section(YamlNode.Mapping map, String what, List<String> keys) {
    this(map, what);
    for (YamlNode.Entry e : map.entries().values()) {
      if (!keys.contains(e.key())) {
        throw new ExperimentFileException(e.keyLocation(), "unknown key '" + e.key() + "' in " + what
            + Suggestions.closest(e.key(), keys) + " (known keys: " + String.join(", ", keys) + ")");
      }
    }
  }

  /** A map node as a section, or a fault saying what the map should look like. */
  static Section of(YamlNode node, String what, String example, List<String> keys) {
    if (node instanceof YamlNode.Mapping m) {
      return new Section(m, what, keys);
    }
    throw Values.wrongType(node, what, "a map like " + example);
  }

  boolean has(String key) {
    return map.get(key).filter(v -> !Values.isNull(v)).isPresent();
  }

  /** The value of a key that is present and not null. */
  Optional<YamlNode> get(String key) {
    return map.get(key).filter(v -> !Values.isNull(v));
  }

  YamlNode require(String key, String hint) {
    return get(key).orElseThrow(() -> new ExperimentFileException(map.location(),
        what + " needs '" + key + "'" + (hint.isEmpty() ? "" : ": " + hint)));
  }

  SourceLocation keyLocation(String key) {
    return map.entry(key).map(YamlNode.Entry::keyLocation).orElse(map.location());
  }

  double number(String key, double fallback) {
    return get(key).map(v -> Values.number(v, name(key))).orElse(fallback);
  }

  double requireNumber(String key, String hint) {
    return Values.number(require(key, hint), name(key));
  }

  long integer(String key, long fallback) {
    return get(key).map(v -> Values.integer(v, name(key))).orElse(fallback);
  }

  int count(String key, int fallback) {
    return get(key).map(v -> Values.count(v, name(key))).orElse(fallback);
  }

  String string(String key, String fallback) {
    return get(key).map(v -> Values.string(v, name(key))).orElse(fallback);
  }

  boolean bool(String key, boolean fallback) {
    return get(key).map(v -> Values.bool(v, name(key))).orElse(fallback);
  }

  List<Double> numbers(String key) {
    return get(key).map(v -> Values.numbers(v, name(key))).orElse(List.of());
  }

  List<YamlNode.Entry> entries() {
    return new ArrayList<>(map.entries().values());
  }

  private String name(String key) {
    return "'" + key + "' in " + what;
  }
}
