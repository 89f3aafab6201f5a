package org.limbic.experiment.file;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.limbic.experiment.spec.MetricSpec;
import org.limbic.experiment.spec.TimeGrid;
import org.limbic.model.Suggestions;

/** One entry of {@code metrics} under {@code outputs}: a {@link MetricSpec}. */
final class MetricReader {

  /** Metric kinds as written in files: the {@link MetricSpec.Kind} names in lower case. */
  static final List<String> KINDS = names(MetricSpec.Kind.values());

  /** Threshold directions as written in files. */
  static final List<String> DIRECTIONS = names(MetricSpec.Direction.values());

  /** The keys a metric takes. */
  static final List<String> KEYS = List.of("name", "variable", "kind", "from", "to", "threshold", "direction");

  private static final Set<MetricSpec.Kind> THRESHOLD_KINDS = Set.of(MetricSpec.Kind.TIME_TO_THRESHOLD, MetricSpec.Kind.TIME_ABOVE);

  private MetricReader() {
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(k -> k.name().toLowerCase(Locale.ROOT)).toList();
  }

  static MetricSpec read(YamlNode node, ModelNames names, TimeGrid time) {
    Section m = Section.of(node, "a metric", "{name: peak_H, variable: H, kind: peak}", KEYS);
    YamlNode kindNode = m.require("kind", "one of " + String.join(", ", KINDS));
    String kindText = Values.string(kindNode, "'kind' in a metric");
    MetricSpec.Kind kind = MetricSpec.Kind.valueOf(known(kindNode, kindText, "metric kind", KINDS).toUpperCase(Locale.ROOT));
    YamlNode variableNode = m.require("variable", "the species or parameter the metric is computed from");
    String variable = Values.string(variableNode, "'variable' in a metric");
    names.require(variable, variableNode.location(), ModelNames.Role.VARIABLE, "a metric");
    String name = m.string("name", kindText + "_" + variable);
    boolean thresholdKind = THRESHOLD_KINDS.contains(kind);
    if (thresholdKind && !m.has("threshold")) {
      throw new ExperimentFileException(m.map().location(), "metric '" + name + "' of kind " + kindText
          + " needs 'threshold', the value to " + (kind == MetricSpec.Kind.TIME_ABOVE ? "be above" : "reach"));
    }
    if (!thresholdKind && m.has("threshold")) {
      throw new ExperimentFileException(m.keyLocation("threshold"),
          "metric '" + name + "': 'threshold' applies only to kinds time_to_threshold and time_above; remove it");
    }
    MetricSpec.Direction direction = direction(m, name, kind);
    double threshold = m.number("threshold", Double.NaN);
    double from = m.number("from", Double.NaN);
    double to = m.number("to", Double.NaN);
    checkWindow(m, "from", from, time);
    checkWindow(m, "to", to, time);
    if (from >= to) {
      throw new ExperimentFileException(m.get("to").orElseThrow().location(),
          "metric '" + name + "': window is empty or reversed (from " + from + " to " + to + ")");
    }
    return new MetricSpec(name, variable, kind, from, to, threshold, direction);
  }

  /** 'direction', for time_to_threshold only: rising (the default) or falling. */
  private static MetricSpec.Direction direction(Section m, String name, MetricSpec.Kind kind) {
    if (!m.has("direction")) {
      return MetricSpec.Direction.RISING;
    }
    if (kind != MetricSpec.Kind.TIME_TO_THRESHOLD) {
      throw new ExperimentFileException(m.keyLocation("direction"),
          "metric '" + name + "': 'direction' applies only to kind time_to_threshold; remove it");
    }
    YamlNode node = m.get("direction").orElseThrow();
    String text = Values.string(node, "'direction' in a metric");
    return MetricSpec.Direction.valueOf(known(node, text, "threshold direction", DIRECTIONS).toUpperCase(Locale.ROOT));
  }

  private static String known(YamlNode node, String text, String what, List<String> known) {
    if (!known.contains(text)) {
      throw new ExperimentFileException(node.location(), "unknown " + what + " '" + text + "'"
          + Suggestions.closest(text, known) + " (known: " + String.join(", ", known) + ")");
    }
    return text;
  }

  private static void checkWindow(Section m, String key, double value, TimeGrid time) {
    if (!Double.isNaN(value) && (value < time.start() || value > time.end())) {
      throw new ExperimentFileException(m.get(key).orElseThrow().location(), "metric window '" + key + "' " + value
          + " is outside the time span [" + time.start() + ", " + time.end() + "]");
    }
  }
}
