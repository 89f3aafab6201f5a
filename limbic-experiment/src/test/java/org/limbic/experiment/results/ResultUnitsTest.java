package org.limbic.experiment.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.limbic.experiment.spec.MetricSpec;
import org.limbic.model.Model;

/** Each metric's unit follows from its kind: the variable's, time's, or their product for an AUC. */
class ResultUnitsTest {

  private static final Model MODEL = Model.builder("m").timeUnit("min").compartment("c", 1.0)
      .species("H", "c", 1.0, "pM").parameter("k", 0.1, "1/min", "").reaction("clear", "H ->", "k * H").build();

  @Test
  void unitsOfTimeVariablesAndEveryMetricKind() {
    Model withUnit = MODEL.toBuilder().build();
    var units = ResultUnits.of(withUnit, List.of("H", "k"), List.of());
    assertThat(units).containsEntry("time", "min").containsEntry("H", "pM").containsEntry("k", "1/min");
    String h = "pM";
    assertThat(ResultUnits.metricUnit(MetricSpec.Kind.PEAK, h, "min")).isEqualTo("pM");
    assertThat(ResultUnits.metricUnit(MetricSpec.Kind.AMPLITUDE, h, "min")).isEqualTo("pM");
    assertThat(ResultUnits.metricUnit(MetricSpec.Kind.HALF_LIFE, h, "min")).isEqualTo("min");
    assertThat(ResultUnits.metricUnit(MetricSpec.Kind.TIME_ABOVE, h, "min")).isEqualTo("min");
    assertThat(ResultUnits.metricUnit(MetricSpec.Kind.AUC, h, "min")).isEqualTo("pM*min");
    assertThat(ResultUnits.metricUnit(MetricSpec.Kind.AUC, "1/min", "min")).isEqualTo("(1/min)*min");
    assertThat(ResultUnits.metricUnit(MetricSpec.Kind.AUC, "", "min")).as("unknown stays unknown").isEmpty();
  }

  @Test
  void aModelWithoutTimeUnitGivesNone() {
    assertThat(ResultUnits.of(Model.builder("n").parameter("p", 1.0, "", "").build(), List.of("p"), List.of()))
        .containsEntry("time", "").containsEntry("p", "");
  }
}
