package org.limbic.experiment.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.limbic.compile.CompiledModel;
import org.limbic.compile.ModelCompiler;
import org.limbic.experiment.spec.InputSignal;
import org.limbic.experiment.spec.Intervention;
import org.limbic.model.Model;
import org.limbic.model.ModelException;
import org.limbic.simulation.SimulationOptions;
import org.limbic.simulation.SimulationResult;
import org.limbic.simulation.Simulator;

class InterventionCompilerTest {

  /** dA/dt = -k A from A = 10 with k = 0.5, plus the interventions; A sampled at t = 0..10. */
  private static SimulationResult simulate(List<Intervention> interventions) {
    InterventionCompiler.Result r = InterventionCompiler.compile(Specs.decay(), interventions);
    CompiledModel c = ModelCompiler.compile(r.model());
    double[] p = c.newParameters();
    r.knockouts().forEach((id, v) -> p[c.parameterIndex(id)] = v);
    return new Simulator(c, SimulationOptions.DEFAULTS.withTolerances(1e-10, 1e-12))
        .run(p, Simulator.evenlySpaced(0, 10, 11), List.of("A", "k"));
  }

  @Test
  void aDoseAddsItsAmountAtItsTime() {
    SimulationResult r = simulate(List.of(new Intervention.Dose(4, 0, 0, Map.of("A", 5.0))));
    // A(10) = 10 e^{-5} + 5 e^{-3}; tolerance from rtol 1e-10 plus event location.
    assertThat(r.last("A")).isCloseTo(10 * Math.exp(-5) + 5 * Math.exp(-3), within(1e-7));
  }

  @Test
  void twoDosesAtTheSameInstantBothAdd() {
    // two separate interventions at t = 4 (3 and 5 units): with trigger-time values the second would
    // overwrite the first (A := A_before + 5); computed at execution they add: A(10) = 10 e^{-5} + 8 e^{-3}
    SimulationResult r = simulate(List.of(new Intervention.Dose(4, 0, 0, Map.of("A", 3.0)),
        new Intervention.Dose(4, 0, 0, Map.of("A", 5.0))));
    assertThat(r.last("A")).isCloseTo(10 * Math.exp(-5) + 8 * Math.exp(-3), within(1e-7));
  }

  @Test
  void repeatedDosesAreOneEventPerOccurrenceAndTheFirstFiresAtTheStart() {
    SimulationResult r = simulate(List.of(new Intervention.Dose(0, 2, 6, Map.of("A", 1.0))));
    assertThat(r.events()).extracting(SimulationResult.FiredEvent::time).containsExactly(0.0, 2.0, 4.0, 6.0);
    double expected = 10 * Math.exp(-5);
    for (double t : new double[] {0, 2, 4, 6}) {
      expected += Math.exp(-0.5 * (10 - t));
    }
    assertThat(r.last("A")).isCloseTo(expected, within(1e-7));
  }

  /**
   * Issue #14, item 1: every 1e-300 over 10 min overflowed the repeat count (a long), and the run went
   * on as if there were no dose at all. Every repeat count that cannot be represented or is over the
   * limit is refused with the count.
   */
  @Test
  void aRepeatTooShortForItsSpanIsRefusedWithItsCount() {
    assertThatThrownBy(() -> simulate(List.of(new Intervention.Dose(0, 1.0e-300, 10, Map.of("A", 1.0)))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.00e+301 events")
        .hasMessageContaining("more than the 100000 allowed");
    assertThatThrownBy(() -> simulate(List.of(new Intervention.Set(0, 1e-17, 1, Map.of("k", 1.0)))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.00e+17 events");
    assertThatThrownBy(() -> simulate(List.of(new Intervention.Dose(0, 1e-4, 10.0001, Map.of("A", 1.0)))))
        .as("100,002 occurrences: one over the limit").isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1.00e+05 events");
    assertThatThrownBy(() -> simulate(List.of(new Intervention.Dose(1e6, 1e-11, 1e6 + 1e-7, Map.of("A", 1.0)))))
        .as("10,001 occurrences, but 1e-11 is below the spacing of doubles near 1e6")
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("below the resolution of times");
  }

  @Test
  void aStimulusHoldsTheParameterThenRestoresIt() {
    SimulationResult r = simulate(List.of(new Intervention.Stimulus(2, 5, "k", 0.0)));
    double[] k = r.series("k");
    assertThat(k[1]).isEqualTo(0.5);
    assertThat(k[3]).isEqualTo(0.0);
    assertThat(k[6]).isEqualTo(0.5);
    // Decay paused for 3 h: A(10) = 10 e^{-0.5 * 7}.
    assertThat(r.last("A")).isCloseTo(10 * Math.exp(-3.5), within(1e-7));
  }

  @Test
  void aSetChangesAConstantParameterFromItsTime() {
    SimulationResult r = simulate(List.of(new Intervention.Set(6, 0, 0, Map.of("k", 0.0))));
    assertThat(r.last("A")).isCloseTo(10 * Math.exp(-3), within(1e-7));
  }

  @Test
  void aKnockoutIsAParameterOverrideFromTheStartNotAnEvent() {
    InterventionCompiler.Result r = InterventionCompiler.compile(Specs.decay(), List.of(new Intervention.Knockout("k")));
    assertThat(r.knockouts()).containsExactly(Map.entry("k", 0.0));
    assertThat(r.model().events()).isEmpty();
    assertThat(simulate(List.of(new Intervention.Knockout("k"))).last("A")).isEqualTo(10.0);
  }

  @Test
  void unknownTargetsAreNamed() {
    Model m = Specs.decay();
    assertThatThrownBy(() -> InterventionCompiler.compile(m, List.of(new Intervention.Dose(1, 0, 0, Map.of("B", 1.0)))))
        .isInstanceOf(ModelException.class).hasMessageContaining("B").hasMessageContaining("no species");
    assertThatThrownBy(() -> InterventionCompiler.compile(m, List.of(new Intervention.Knockout("kk"))))
        .isInstanceOf(ModelException.class).hasMessageContaining("kk");
  }

  /**
   * dA/dt = -k A + R on [2, 6]: A(10) = 10 e^{-10 k} + R / k (1 - e^{-4 k}) e^{-4 k}. Tolerance as
   * for the doses above (rtol 1e-10 plus the switches, which are fixed-time events).
   */
  @Test
  void anInfusionAddsItsRateFromItsStartToItsStop() {
    SimulationResult r = simulate(List.of(new Intervention.Infusion(2, 6, Map.of("A", 3.0), "")));
    double k = 0.5;
    assertThat(r.last("A")).isCloseTo(10 * Math.exp(-10 * k) + 3 / k * (1 - Math.exp(-4 * k)) * Math.exp(-4 * k), within(1e-7));
    assertThat(r.events()).extracting(SimulationResult.FiredEvent::time).containsExactly(2.0, 6.0);
  }

  /** k follows a step table, 0.5 until 4 then 0.1: A(10) = 10 e^{-(0.5 * 4 + 0.1 * 6)}, and k is a rule, not a constant. */
  @Test
  void anInputMakesItsParameterARuleOfTime() {
    Intervention.Input input = new Intervention.Input(Map.of("k", new InputSignal.Table(List.of(0.0, 4.0), List.of(0.5, 0.1),
        InputSignal.Interpolation.STEP)));
    InterventionCompiler.Result compiled = InterventionCompiler.compile(Specs.decay(), List.of(input));
    assertThat(compiled.model().ruleFor("k")).isPresent();
    assertThat(compiled.model().parameterById("k").orElseThrow().constant()).isFalse();
    SimulationResult r = simulate(List.of(input));
    assertThat(r.series("k")[3]).isEqualTo(0.5);
    assertThat(r.series("k")[4]).isEqualTo(0.1);
    assertThat(r.last("A")).isCloseTo(10 * Math.exp(-2.6), within(1e-7));
    assertThatThrownBy(() -> InterventionCompiler.compile(Specs.decay(), List.of(input, new Intervention.Set(5, 0, 5, Map.of("k", 1.0)))))
        .isInstanceOf(ModelException.class).hasMessageContaining("follows an input");
  }

  /**
   * A scanned field is a helper parameter, so one compiled model serves every value: a dose of D at
   * t_d gives A(10) = 10 e^{-10 k} + D e^{-k (10 - t_d)} for each (D, t_d) set in the parameter vector.
   */
  @Test
  void aScannedFieldIsAHelperParameterOfOneCompiledModel() {
    InterventionCompiler.Result r = InterventionCompiler.compile(Specs.decay(),
        List.of(new Intervention.Dose(4, 0, 4, Map.of("A", 5.0), "bolus")), List.of("bolus.amount.A", "bolus.at", "k"));
    assertThat(r.varied()).containsOnlyKeys("bolus.amount.A", "bolus.at");
    assertThat(r.parameterOf("k")).isEqualTo("k");
    CompiledModel c = ModelCompiler.compile(r.model());
    Simulator simulator = new Simulator(c, SimulationOptions.DEFAULTS.withTolerances(1e-10, 1e-12));
    for (double[] point : new double[][] {{5, 4}, {2, 7.25}}) {
      double[] p = c.newParameters();
      assertThat(p[c.parameterIndex(r.parameterOf("bolus.amount.A"))]).as("the file's value by default").isEqualTo(5.0);
      p[c.parameterIndex(r.parameterOf("bolus.amount.A"))] = point[0];
      p[c.parameterIndex(r.parameterOf("bolus.at"))] = point[1];
      SimulationResult run = simulator.run(p, Simulator.evenlySpaced(0, 10, 11), List.of("A"));
      assertThat(run.events()).extracting(SimulationResult.FiredEvent::time).containsExactly(point[1]);
      assertThat(run.last("A")).isCloseTo(10 * Math.exp(-5) + point[0] * Math.exp(-0.5 * (10 - point[1])), within(1e-7));
    }
    assertThatThrownBy(() -> InterventionCompiler.compile(Specs.decay(), List.of(), List.of("bolus.at")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no intervention has that field");
  }
}
