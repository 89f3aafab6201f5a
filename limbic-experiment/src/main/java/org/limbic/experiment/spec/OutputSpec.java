package org.limbic.experiment.spec;

import java.util.List;

/**
 * What to record: time courses of {@code variables} (an empty list means every species) and derived
 * {@code metrics} per run.
 */
public record OutputSpec(List<String> variables, List<MetricSpec> metrics) {

  public OutputSpec {
    variables = List.copyOf(variables);
    metrics = List.copyOf(metrics);
  }
}
