package org.limbic.experiment.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.limbic.experiment.spec.ExperimentSpec;
import org.limbic.experiment.spec.Intervention;
import org.limbic.experiment.spec.MetricSpec;
import org.limbic.experiment.spec.ModelRef;
import org.limbic.experiment.spec.OutputSpec;
import org.limbic.experiment.spec.SolverSpec;
import org.limbic.experiment.spec.SteadyStateSpec;
import org.limbic.experiment.spec.TimeGrid;
import org.limbic.model.Model;

/**
 * Runs from the steady state. Turnover: X made at k0 s, cleared at k X; X* = k0 s / k. Equilibrated
 * with s = 2, run with s = 1: X starts at 2 k0 / k = 4 and relaxes to 2 as 2 + 2 e^{-k t}. Tolerances:
 * the steady state to 1e-6 relative (its test leaves ~1e-8), the run to 1e-6 (rtol 1e-8 integration).
 */
class SteadyStartTest {

  private static Model turnover() {
    return Model.builder("turnover").compartment("cell", 1.0).species("X", "cell", 0.0)
        .parameter("k0", 1.0).parameter("k", 0.5).parameter("s", 1.0).parameter("dose", 3.0)
        .reaction("production", "-> X", "k0 * s * cell").reaction("clearance", "X ->", "k * X * cell").build();
  }

  private static ExperimentSpec spec(Map<String, Double> equilibration, List<Intervention> interventions) {
    List<MetricSpec> metrics = List.of(new MetricSpec("peak", "X", MetricSpec.Kind.PEAK, Double.NaN, Double.NaN, Double.NaN),
        new MetricSpec("last", "X", MetricSpec.Kind.FINAL, Double.NaN, Double.NaN, Double.NaN),
        new MetricSpec("lowest", "X", MetricSpec.Kind.MINIMUM, Double.NaN, Double.NaN, Double.NaN));
    return new ExperimentSpec("steady", new ModelRef.BuiltIn("turnover"), Map.of(), TimeGrid.evenly(0, 4, 5), interventions,
        new OutputSpec(List.of("X"), metrics), new SolverSpec("auto", 1e-8, 1e-12), 1, 1, Optional.empty(), Optional.empty(),
        Optional.of(new SteadyStateSpec(equilibration)), "");
  }

  @Test
  void aRunStartsFromTheSteadyStateOfItsEquilibrationCondition() {
    double[] m = new PreparedExperiment(spec(Map.of("s", 2.0), List.of()), turnover()).unit("r", 0).metricValues();
    assertThat(m[0]).as("X at t = 0, its largest").isCloseTo(4.0, within(4e-6));
    assertThat(m[1]).as("X at t = 4").isCloseTo(2 + 2 * Math.exp(-0.5 * 4), within(4e-6));
  }

  @Test
  void withoutEquilibrationValuesTheRunStartsAtItsOwnSteadyState() {
    double[] m = new PreparedExperiment(spec(Map.of(), List.of()), turnover()).unit("r", 0).metricValues();
    assertThat(m[0]).isCloseTo(2.0, within(2e-6));
    assertThat(m[1]).isCloseTo(2.0, within(2e-6));
  }

  /** A dose at t = 2 belongs to the run, not to the equilibration: X is at its steady state until then. */
  @Test
  void interventionsActOnTheRunNotOnTheEquilibration() {
    Intervention dose = new Intervention.Dose(2.0, 0, 0, Map.of("X", 3.0));
    double[] m = new PreparedExperiment(spec(Map.of(), List.of(dose)), turnover()).unit("r", 0).metricValues();
    assertThat(m[2]).as("lowest, before the dose").isCloseTo(2.0, within(2e-6));
    assertThat(m[1]).isCloseTo(2.0 + 3.0 * Math.exp(-0.5 * 2), within(2e-5));
  }

  /** Every unit reports the residual of the steady state it started from, and the method (issue #15: "with the residual reported"). */
  @Test
  void eachUnitRecordsItsSteadyStatesResidualAndMethod() {
    PreparedExperiment e = new PreparedExperiment(spec(Map.of(), List.of()), turnover());
    assertThat(e.recordedMetricNames()).containsExactly("peak", "last", "lowest", "steady_state_residual", "steady_state_newton");
    assertThat(e.metricNames()).as("what a sensitivity analysis reads").containsExactly("peak", "last", "lowest");
    UnitOutcome r = e.unit("r", 0);
    double[] m = r.metricValues();
    // a linear turnover: Newton lands on the root to rounding, far inside the acceptance test (residual <= 1)
    assertThat(m[3]).isBetween(0.0, 1e-3);
    assertThat(m[4]).isEqualTo(1.0);
    assertThat(r.rows().metrics()).contains(",steady_state_residual,").contains(",steady_state_newton,1.0");
    assertThat(e.units()).containsEntry("steady_state_residual", "1");
  }

  /** A sensitivity analysis' point starts from the steady state as a run's unit does (it had started from X = 0). */
  @Test
  void aSensitivityPointStartsFromTheSteadyStateToo() {
    double[] m = new PreparedExperiment(spec(Map.of("s", 2.0), List.of()), turnover()).metricsAt(new double[0]);
    assertThat(m).hasSize(3);
    assertThat(m[0]).as("X at t = 0, its largest").isCloseTo(4.0, within(4e-6));
  }
}
