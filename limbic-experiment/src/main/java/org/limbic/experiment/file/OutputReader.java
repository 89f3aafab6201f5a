package org.limbic.experiment.file;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.limbic.experiment.spec.MetricSpec;
import org.limbic.experiment.spec.OutputSpec;
import org.limbic.experiment.spec.TimeGrid;
import org.limbic.model.Suggestions;

/** The {@code outputs} key: recorded variables and derived metrics. */
final class OutputReader {

  /** Metric kinds as written in files: the {@link MetricSpec.Kind} names in lower case. */
  static final List<String> KINDS = Arrays.stream(MetricSpec.Kind.values())
      .map(k -> k.name().toLowerCase(Locale.ROOT)).toList();

  private OutputReader() {
  }

  static OutputSpec read(YamlNode node, ModelNames names, TimeGrid time) {
    Section outputs = Section.of(node, "outputs", "{variables: [H], metrics: [...]}", List.of("variables", "metrics"));
    List<String> variables = new ArrayList<>();
    outputs.get("variables").ifPresent(list -> {
      for (YamlNode item : Values.sequence(list, "'variables' in outputs", "[H, R]").items()) {
        String id = Values.string(item, "each entry of 'variables' in outputs");
        names.require(id, item.location(), ModelNames.Role.VARIABLE, "outputs");
        variables.add(id);
      }
    });
    List<MetricSpec> metrics = new ArrayList<>();
    Map<String, SourceLocation> seen = new HashMap<>();
    outputs.get("metrics").ifPresent(list -> {
      for (YamlNode item : Values.sequence(list, "'metrics' in outputs", "[{variable: H, kind: peak}]").items()) {
        MetricSpec m = metric(item, names, time);
        SourceLocation first = seen.putIfAbsent(m.name(), item.location());
        if (first != null) {
          throw new ExperimentFileException(item.location(), "duplicate metric name '" + m.name() + "' (first at "
              + first.line() + ":" + first.column() + "); give each metric its own name");
        }
        metrics.add(m);
      }
    });
    return new OutputSpec(variables, metrics);
  }

  private static MetricSpec metric(YamlNode node, ModelNames names, TimeGrid time) {
    Section m = Section.of(node, "a metric", "{name: peak_H, variable: H, kind: peak}",
        List.of("name", "variable", "kind", "from", "to", "threshold"));
    YamlNode kindNode = m.require("kind", "one of " + String.join(", ", KINDS));
    String kindText = Values.string(kindNode, "'kind' in a metric");
    if (!KINDS.contains(kindText)) {
      throw new ExperimentFileException(kindNode.location(), "unknown metric kind '" + kindText + "'"
          + Suggestions.closest(kindText, KINDS) + " (known: " + String.join(", ", KINDS) + ")");
    }
    MetricSpec.Kind kind = MetricSpec.Kind.valueOf(kindText.toUpperCase(Locale.ROOT));
    YamlNode variableNode = m.require("variable", "the species or parameter the metric is computed from");
    String variable = Values.string(variableNode, "'variable' in a metric");
    names.require(variable, variableNode.location(), ModelNames.Role.VARIABLE, "a metric");
    String name = m.string("name", kindText + "_" + variable);
    boolean thresholdKind = kind == MetricSpec.Kind.TIME_TO_THRESHOLD;
    if (thresholdKind && !m.has("threshold")) {
      throw new ExperimentFileException(m.map().location(),
          "metric '" + name + "' of kind time_to_threshold needs 'threshold', the value to reach");
    }
    if (!thresholdKind && m.has("threshold")) {
      throw new ExperimentFileException(m.keyLocation("threshold"),
          "metric '" + name + "': 'threshold' applies only to kind time_to_threshold; remove it");
    }
    double threshold = m.number("threshold", Double.NaN);
    double from = m.number("from", Double.NaN);
    double to = m.number("to", Double.NaN);
    checkWindow(m, "from", from, time);
    checkWindow(m, "to", to, time);
    if (from >= to) {
      throw new ExperimentFileException(m.get("to").orElseThrow().location(),
          "metric '" + name + "': window is empty or reversed (from " + from + " to " + to + ")");
    }
    return new MetricSpec(name, variable, kind, from, to, threshold);
  }

  private static void checkWindow(Section m, String key, double value, TimeGrid time) {
    if (!Double.isNaN(value) && (value < time.start() || value > time.end())) {
      throw new ExperimentFileException(m.get(key).orElseThrow().location(), "metric window '" + key + "' " + value
          + " is outside the time span [" + time.start() + ", " + time.end() + "]");
    }
  }
}
