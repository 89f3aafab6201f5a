package org.limbic.experiment.file;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.limbic.experiment.spec.MetricSpec;
import org.limbic.experiment.spec.OutputSpec;
import org.limbic.experiment.spec.TimeGrid;

/** The {@code outputs} key: recorded variables and derived metrics. */
final class OutputReader {

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
        MetricSpec m = MetricReader.read(item, names, time);
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
}
