package org.limbic.steady;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.limbic.compile.CompiledModel;
import org.limbic.compile.ModelCompiler;
import org.limbic.model.Model;
import org.junit.jupiter.api.Test;

/**
 * When Newton's method applies and when only simulation does. Turnover 0 -> X at k0 s(t), X -> 0
 * at k X, with a stimulus s: X* = k0 s / k after the last switch. Values to 1e-6 relative: the
 * steady-state test leaves about 1e-8, and a simulated state reached at t = 10^k is closer still
 * (the transient decays as e^{-k t}, k = 0.5).
 */
class SteadyStatePolicyTest {

  private static CompiledModel turnover(String stimulus, boolean withEvent) {
    var builder = Model.builder("turnover").compartment("c", 1.0).species("X", "c", 0.0)
        .parameter("k0", 2.0).parameter("k", 0.5).parameter("t_on", 50)
        .reaction("production", "-> X", "k0 * (" + stimulus + ") * c").reaction("degradation", "X ->", "k * X * c");
    if (withEvent) {
      builder.event("kick", "time >= 3", "X", "X + 100");
    }
    return ModelCompiler.compile(builder.build());
  }

  @Test
  void aStimulusSwitchedOnAtTheStartLeavesNewtonValid() {
    CompiledModel m = turnover("piecewise(0, time < 0, 1)", false);
    SteadyStateResult r = new SteadyStateSolver(m).solve(m.newParameters());
    assertThat(r.method()).as(r.note()).isEqualTo(SteadyStateResult.Method.NEWTON);
    assertThat(r.value("X")).isCloseTo(4.0, within(4e-6));
  }

  @Test
  void aSwitchAfterTheStartIsLeftToSimulation() {
    CompiledModel m = turnover("piecewise(0, time < t_on, 1)", false);
    SteadyStateResult r = new SteadyStateSolver(m).solve(m.newParameters());
    assertThat(r.method()).isEqualTo(SteadyStateResult.Method.SIMULATION);
    assertThat(r.note()).contains("switches at t = 50");
    assertThat(r.value("X")).isCloseTo(4.0, within(4e-6));
  }

  @Test
  void timeReadOtherwiseIsLeftToSimulation() {
    CompiledModel m = turnover("1 + exp(-time)", false);
    SteadyStateResult r = new SteadyStateSolver(m).solve(m.newParameters());
    assertThat(r.method()).isEqualTo(SteadyStateResult.Method.SIMULATION);
    assertThat(r.note()).contains("reads time");
    assertThat(r.value("X")).isCloseTo(4.0, within(4e-6));
  }

  /** The event adds 100 at t = 3, which decays away: the steady state is the same, but only simulation sees the event. */
  @Test
  void eventsAreLeftToSimulation() {
    CompiledModel m = turnover("1", true);
    SteadyStateResult r = new SteadyStateSolver(m).solve(m.newParameters());
    assertThat(r.method()).isEqualTo(SteadyStateResult.Method.SIMULATION);
    assertThat(r.note()).contains("events");
    assertThat(r.value("X")).isCloseTo(4.0, within(4e-6));
  }
}
