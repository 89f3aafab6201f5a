package org.limbic.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.limbic.compile.CompiledModel;
import org.limbic.compile.ModelCompiler;
import org.limbic.model.Model;
import org.limbic.model.ModelBuilder;

/** Events against closed-form times and values. */
class EventTimingTest {

  private static final SimulationOptions TIGHT = SimulationOptions.DEFAULTS.withTolerances(1e-10, 1e-12);

  private static SimulationResult simulate(ModelBuilder b, double tEnd, int points) {
    CompiledModel c = ModelCompiler.compile(b.build());
    return new Simulator(c, TIGHT).run(0, tEnd, points);
  }

  private static ModelBuilder decay() {
    return Model.builder("decay").compartment("c", 1).amountSpecies("A", "c", 10).parameter("k", 0.3)
        .reaction("elimination", "A ->", "k * A");
  }

  @Test
  void firstCrossingOfADecayingExponential() {
    // A = 10 exp(-0.3 t) crosses 5 at t* = ln 2 / 0.3
    SimulationResult r = simulate(decay().variable("crossed", 0).event("half", "A < 5", "crossed", "time"), 5, 11);
    double exact = Math.log(2) / 0.3;
    assertThat(r.events()).hasSize(1);
    // The crossing is located on the dense output, whose error is bounded by the tolerances (1e-10
    // relative, about 5e-10 in A); at |dA/dt| = 1.5 that is ~3e-10 in time. Allow 1e-8.
    assertThat(r.events().getFirst().time()).isCloseTo(exact, within(1e-8));
    assertThat(r.last("crossed")).isCloseTo(exact, within(1e-8));
  }

  @Test
  void repeatedDosingMatchesTheSuperpositionOfExponentials() {
    // Doses of D every tau from t = 0 (the first at t0 because initialValue is false):
    // A(t) = sum_{i: t_i <= t} D exp(-k (t - t_i)).
    double dose = 100;
    double tau = 6;
    double k = 0.3;
    ModelBuilder b = Model.builder("dosing").compartment("c", 1).amountSpecies("A", "c", 0).parameter("k", k)
        .reaction("elimination", "A ->", "k * A")
        .variable("nextDose", 0)
        .event("dose").trigger("time >= nextDose").initialValue(false)
        .assign("A", "A + " + dose).assign("nextDose", "nextDose + " + tau).add();
    SimulationResult r = simulate(b, 30, 61);
    assertThat(r.events()).hasSize(6); // t = 0, 6, 12, 18, 24, 30
    double[] a = r.series("A");
    for (int i = 0; i < r.times().length; i++) {
      double t = r.times()[i];
      double exact = 0;
      for (double ti = 0; ti <= t + 1e-12; ti += tau) {
        exact += dose * Math.exp(-k * (t - ti));
      }
      // relative tolerance 1e-10 per solve between doses, compounded over 6 restarts: 1e-8 relative
      assertThat(a[i]).as("A(%s)", t).isCloseTo(exact, within(1e-8 * exact + 1e-10));
    }
  }

  @Test
  void delayedEventExecutesAfterItsDelayWithTriggerTimeValues() {
    // At t = 1 (A = 10 e^-0.3), X := A; executed at t = 3 with the value from t = 1 or from t = 3.
    ModelBuilder fromTrigger = decay().variable("X", 0)
        .event("snapshot").trigger("time >= 1").delay("2").assign("X", "A").add();
    ModelBuilder fromExecution = decay().variable("X", 0)
        .event("snapshot").trigger("time >= 1").delay("2").useValuesFromTriggerTime(false).assign("X", "A").add();
    SimulationResult r1 = simulate(fromTrigger, 4, 5);
    SimulationResult r2 = simulate(fromExecution, 4, 5);
    assertThat(r1.events().getFirst().time()).isCloseTo(3.0, within(1e-12));
    assertThat(r1.last("X")).isCloseTo(10 * Math.exp(-0.3), within(1e-8));
    assertThat(r2.last("X")).isCloseTo(10 * Math.exp(-0.9), within(1e-8));
    // before execution X is untouched
    assertThat(r1.series("X")[2]).isEqualTo(0.0);
  }

  @Test
  void simultaneousEventsExecuteByDecreasingPriority() {
    // Values computed at execution, so each event sees the other's result.
    ModelBuilder b = decay().variable("X", 0)
        .event("low").trigger("time >= 2").priority("1").useValuesFromTriggerTime(false).assign("X", "X * 10 + 1").add()
        .event("high").trigger("time >= 2").priority("5").useValuesFromTriggerTime(false).assign("X", "X * 10 + 2").add();
    // high first: X = 2, then low: X = 21
    assertThat(simulate(b, 3, 4).last("X")).isEqualTo(21.0);
    ModelBuilder swapped = decay().variable("X", 0)
        .event("low").trigger("time >= 2").priority("9").useValuesFromTriggerTime(false).assign("X", "X * 10 + 1").add()
        .event("high").trigger("time >= 2").priority("5").useValuesFromTriggerTime(false).assign("X", "X * 10 + 2").add();
    assertThat(simulate(swapped, 3, 4).last("X")).isEqualTo(12.0);
  }

  @Test
  void valuesFromTriggerTimeIgnoreEarlierSimultaneousEvents() {
    // Both compute X from X = 0 when triggered; the lower priority one is applied last and wins.
    ModelBuilder b = decay().variable("X", 0)
        .event("low").trigger("time >= 2").priority("1").assign("X", "X * 10 + 1").add()
        .event("high").trigger("time >= 2").priority("5").assign("X", "X * 10 + 2").add();
    assertThat(simulate(b, 3, 4).last("X")).isEqualTo(1.0);
  }

  @Test
  void anEventCanTriggerAnotherAtTheSameTime() {
    ModelBuilder b = decay().variable("flag", 0).variable("seen", -1)
        .event("first", "time >= 1.5", "flag", "1")
        .event("second", "flag > 0.5", "seen", "time");
    SimulationResult r = simulate(b, 2, 3);
    assertThat(r.events()).extracting(SimulationResult.FiredEvent::id).containsExactly("first", "second");
    assertThat(r.last("seen")).isCloseTo(1.5, within(1e-12));
  }

  @Test
  void nonPersistentDelayedEventIsCancelledWhenItsTriggerTurnsFalse() {
    // trigger true on [1, 2); delay 3: a persistent event executes at 4, a non-persistent one never
    ModelBuilder persistent = decay().variable("X", 0)
        .event("e").trigger("time >= 1 && time < 2").delay("3").assign("X", "1").add();
    ModelBuilder transient_ = decay().variable("X", 0)
        .event("e").trigger("time >= 1 && time < 2").delay("3").persistent(false).assign("X", "1").add();
    assertThat(simulate(persistent, 5, 6).last("X")).isEqualTo(1.0);
    assertThat(simulate(transient_, 5, 6).last("X")).isEqualTo(0.0);
  }

  @Test
  void triggerTrueAtStartFiresOnlyWhenInitialValueIsFalse() {
    assertThat(simulate(decay().variable("X", 0).event("e").trigger("A > 1").initialValue(false).assign("X", "1").add(), 1, 2)
        .events()).hasSize(1);
    assertThat(simulate(decay().variable("X", 0).event("e").trigger("A > 1").initialValue(true).assign("X", "1").add(), 1, 2)
        .events()).isEmpty();
  }

  /**
   * Fixed-time triggers (time >= c) are scheduled, not watched (EventEngine): one already true at
   * the start fires there only with initialValue false, one later fires at exactly c whatever its
   * initial value, a delay and the watched events around them still apply, and those that trigger
   * together execute in model order.
   */
  @Test
  void fixedTimeTriggersFireAsWatchedOnesWould() {
    ModelBuilder b = decay().variable("X", 0).variable("Y", 0).variable("Z", 0).variable("order", 0)
        .event("pastFalse").trigger("time >= 0").initialValue(false).assign("X", "X + 1").add()
        .event("pastTrue").trigger("time >= 0").initialValue(true).assign("X", "X + 10").add()
        .event("laterTrue").trigger("time >= 1.5").initialValue(true).assign("Y", "Y + 1").add()
        .event("delayed").trigger("time >= 1").delay("0.25").assign("Z", "time").add()
        .event("first").trigger("time >= 2").useValuesFromTriggerTime(false).assign("order", "order * 10 + 1").add()
        .event("watched").trigger("A < 5").useValuesFromTriggerTime(false).assign("order", "order * 10 + 2").add()
        .event("second").trigger("2 <= time").useValuesFromTriggerTime(false).assign("order", "order * 10 + 3").add();
    SimulationResult r = simulate(b, 3, 4);
    assertThat(r.last("X")).isEqualTo(1.0);
    assertThat(r.last("Y")).isEqualTo(1.0);
    assertThat(r.last("Z")).as("time at the trigger (values from trigger time, the default)").isEqualTo(1.0);
    // values at execution, so each sees the one before; A = 10 e^{-0.3 t} falls below 5 at 2.31
    assertThat(r.last("order")).isEqualTo(132.0);
    assertThat(r.events()).extracting(SimulationResult.FiredEvent::time).startsWith(0.0, 1.25, 1.5, 2.0, 2.0);
  }

  /**
   * Issue #15: a dose time that an experiment scans is a parameter, {@code time >= t_dose}, so that
   * one compiled model serves every scan point. It is scheduled like a number (exactly at the
   * parameter's value of each run), unless an event changes the parameter: then it is watched.
   */
  @Test
  void aTriggerAtAParameterTimeIsScheduledAtEachRunsValue() {
    ModelBuilder b = decay().parameter("t_dose", 1.25).variable("t_next", 0.5).variable("X", 0)
        .event("dose").trigger("time >= t_dose").initialValue(false).assign("A", "A + 5").add()
        .event("moving").trigger("time >= t_next").initialValue(false).assign("t_next", "t_next + 1").assign("X", "X + 1").add();
    CompiledModel c = ModelCompiler.compile(b.build());
    var triggers = c.layout().events().stream()
        .map(e -> TimedTrigger.of(c.layout().scalarSources().get(e.triggerIndex()), java.util.Set.of(c.parameterIndex("t_next"))))
        .toList();
    assertThat(triggers.get(0).parameter()).isEqualTo(c.parameterIndex("t_dose"));
    assertThat(triggers.get(1).isTimed()).as("t_next is assigned by an event: watched").isFalse();
    Simulator simulator = new Simulator(c, TIGHT);
    for (double tDose : new double[] {1.25, 2.7, 0.0}) {
      double[] p = c.newParameters();
      p[c.parameterIndex("t_dose")] = tDose;
      SimulationResult r = simulator.run(p, new double[] {0, 3}, List.of("A", "X"));
      assertThat(r.events().stream().filter(e -> e.id().equals("dose")).map(SimulationResult.FiredEvent::time))
          .containsExactly(tDose);
      // A = 10 e^{-0.3 t} + 5 e^{-0.3 (t - t_dose)} after the dose; rtol 1e-10 over 3 restarts: 1e-8
      assertThat(r.last("A")).isCloseTo(10 * Math.exp(-0.9) + 5 * Math.exp(-0.3 * (3 - tDose)), within(1e-8));
      assertThat(r.last("X")).as("the watched one at 0.5, 1.5, 2.5").isEqualTo(3.0);
    }
  }

  @Test
  void outputAtTheEventTimeShowsTheValueAfterTheEvent() {
    ModelBuilder b = decay().event("reset", "time >= 2", "A", "50");
    SimulationResult r = simulate(b, 4, 5); // outputs at 0, 1, 2, 3, 4
    assertThat(r.series("A")[2]).isEqualTo(50.0);
    assertThat(r.series("A")[3]).isCloseTo(50 * Math.exp(-0.3), within(1e-8));
  }

  @Test
  void concentrationAssignmentScalesByCompartmentSize() {
    ModelBuilder b = Model.builder("conc").compartment("V", 2.0).species("S", "V", 1.0)
        .event("set", "time >= 1", "S", "3");
    CompiledModel c = ModelCompiler.compile(b.build());
    SimulationResult r = new Simulator(c, TIGHT).run(c.newParameters(), new double[] {0, 2}, List.of("S"));
    assertThat(r.last("S")).isEqualTo(3.0);
  }

  @Test
  void aTriggerThatTurnsOnAndOffWithinOneStepIsCaught() {
    // x = sin(t) exceeds 0.999 on two short windows in [0, 10], around t = pi/2 and 5 pi/2;
    // with x smooth the integrator takes steps much longer than those windows (about 0.09 wide).
    ModelBuilder b = Model.builder("peaks").compartment("c", 1).variable("x", 0).variable("n", 0)
        .rateRule("x", "cos(time)")
        .event("peak", "x > 0.999", "n", "n + 1");
    SimulationResult r = simulate(b, 10, 2);
    assertThat(r.last("n")).isEqualTo(2.0);
    assertThat(r.events().get(0).time()).isCloseTo(Math.asin(0.999), within(1e-7));
    assertThat(r.events().get(1).time()).isCloseTo(2 * Math.PI + Math.asin(0.999), within(1e-7));
  }

  @Test
  void eventsThatRetriggerEachOtherForeverAreReported() {
    ModelBuilder b = Model.builder("loop").compartment("c", 1).variable("x", 0)
        .rateRule("x", "1")
        .event("up", "x > 0.5", "x", "0")
        .event("down", "x < 0.5", "x", "1");
    assertThatThrownBy(() -> simulate(b, 1, 2))
        .isInstanceOf(org.limbic.solve.SolverException.class)
        .hasMessageContaining("events keep triggering each other")
        .hasMessageContaining("at t = 0.5");
  }

  @Test
  void aModelWithoutStatesStillRunsItsTimedEvents() {
    ModelBuilder b = Model.builder("switch").compartment("c", 1).variable("stimulus", 0)
        .event("on", "time >= 2", "stimulus", "1");
    SimulationResult r = simulate(b, 4, 5);
    assertThat(r.series("stimulus")).containsExactly(0.0, 0.0, 1.0, 1.0, 1.0);
  }

  @Test
  void theStepLimitCountsStepsAcrossEventRestarts() {
    ModelBuilder b = decay().variable("next", 0)
        .event("tick").trigger("time >= next").initialValue(false).assign("next", "next + 0.01").assign("A", "A + 1").add();
    SimulationOptions options = TIGHT.withIntegrator(TIGHT.integrator().withMaxSteps(100));
    CompiledModel c = ModelCompiler.compile(b.build());
    assertThatThrownBy(() -> new Simulator(c, options).run(0, 10, 2))
        .isInstanceOf(org.limbic.solve.SolverException.class).hasMessageContaining("more than 100 steps");
  }

  @Test
  void aParameterVectorOfTheWrongLengthIsExplained() {
    CompiledModel c = ModelCompiler.compile(decay().build());
    assertThatThrownBy(() -> new Simulator(c).run(new double[1], new double[] {0, 1}, List.of("A")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("start from CompiledModel.newParameters()");
  }

  @Test
  void equalPrioritiesExecuteInRandomButReproducibleOrder() {
    // Every time unit a and b (priority 1) fire together, then reset (priority 0) counts which ran last.
    // SBML L3V2 section 4.11.5: equal priorities execute in random order, so over 40 rounds both must
    // come last sometimes (a fair draw misses one side with probability 2^-39).
    ModelBuilder b = Model.builder("ties").variable("X", 0).rateRule("X", "1").variable("last", 0).variable("aLast", 0)
        .event("a").trigger("X >= 1").priority("1").assign("last", "1").add()
        .event("b").trigger("X >= 1").priority("1").assign("last", "2").add()
        .event("reset").trigger("X >= 1").priority("0").useValuesFromTriggerTime(false)
        .assign("X", "0").assign("aLast", "aLast + (last == 1)").add();
    double first = simulate(b, 40.5, 2).last("aLast");
    assertThat(first).isBetween(1.0, 39.0);
    assertThat(simulate(b, 40.5, 2).last("aLast")).isEqualTo(first);
  }

  @Test
  void strictTriggerTrueOnlyJustAfterItsRootIsFound() {
    // x = 1 + t; 3.5 < x < 4 holds on (2.5, 3): the step to the output time 3 ends exactly where the
    // pulse ends, and at the located root x = 3.5 the strict relation still fails. The event must
    // still fire, at t = 2.5 (to the location tolerance).
    ModelBuilder b = Model.builder("pulse").variable("x", 1).rateRule("x", "1").variable("fired", -1)
        .event("inside", "x > 3.5 && x < 4", "fired", "time");
    assertThat(simulate(b, 3, 4).last("fired")).isCloseTo(2.5, within(1e-9));
  }
}
