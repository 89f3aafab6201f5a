package org.limbic.experiment.run;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.limbic.experiment.spec.CohortSpec;
import org.limbic.experiment.spec.ExperimentSpec;
import org.limbic.experiment.spec.Intervention;
import org.limbic.experiment.spec.MetricSpec;
import org.limbic.experiment.spec.ModelRef;
import org.limbic.experiment.spec.OutputSpec;
import org.limbic.experiment.spec.ScanSpec;
import org.limbic.experiment.spec.SolverSpec;
import org.limbic.experiment.spec.TimeGrid;
import org.limbic.model.Model;

/** Small models and specs built in code for the runner's tests. */
final class Specs {

  private Specs() {
  }

  /** dA/dt = -k A, A(0) = 10 (amount species in a unit compartment). */
  static Model decay() {
    return Model.builder("decay").compartment("cell", 1.0).species("A", "cell", 10.0)
        .parameter("k", 0.5, "1/h", "assumed: test").reaction("loss", "A ->", "k * A * cell").build();
  }

  /** dA/dt = k A^2, A(0) = 1: blows up at t = 1/k. */
  static Model blowUp() {
    return Model.builder("blowup").compartment("cell", 1.0).species("A", "cell", 1.0)
        .parameter("k", 0.1, "1/h", "assumed: test").reaction("growth", "-> A", "k * A * A * cell").build();
  }

  static MetricSpec metric(String name, MetricSpec.Kind kind) {
    return new MetricSpec(name, "A", kind, Double.NaN, Double.NaN, Double.NaN);
  }

  static ExperimentSpec spec(TimeGrid time, List<Intervention> interventions, List<MetricSpec> metrics,
                             Optional<ScanSpec> scan, Optional<CohortSpec> cohort) {
    return new ExperimentSpec("test", new ModelRef.BuiltIn("decay"), Map.of(), time, interventions,
        new OutputSpec(List.of("A"), metrics), new SolverSpec("auto", 1e-8, 1e-12), 1, 11, scan, cohort, "");
  }

  static ExperimentSpec single(TimeGrid time, List<Intervention> interventions, List<MetricSpec> metrics) {
    return spec(time, interventions, metrics, Optional.empty(), Optional.empty());
  }
}
