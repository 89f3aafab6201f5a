package org.limbic.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.limbic.compile.CompiledModel;
import org.limbic.compile.ModelCompiler;
import org.limbic.model.Model;

/**
 * A rate switched on at t_on by a comparison of time (a stimulus): the step across the switch
 * failed its error test at every size (the PEtab benchmark's Isensee model collapsed its step to
 * 2e-14 at t = 60). The simulator now ends a step at the switch and restarts there.
 */
class TimeSwitchTest {

  private static CompiledModel stimulus(String trigger) {
    return ModelCompiler.compile(Model.builder("stimulus")
        .compartment("c", 1.0)
        .species("X", "c", 0.0)
        .parameter("t_on", 60)
        .parameter("level", 1e4)
        .reaction("in", "-> X", "level * piecewise(0, " + trigger + ", 1)")
        .reaction("out", "X ->", "X")
        .build());
  }

  @Test
  void aRateSwitchedOnAtATimeIsIntegratedAcrossTheSwitch() {
    for (String trigger : List.of("time - t_on < 0", "time < t_on", "t_on > time", "2 * time < 2 * t_on")) {
      CompiledModel m = stimulus(trigger);
      SimulationResult r = new Simulator(m, SimulationOptions.DEFAULTS.withTolerances(1e-10, 1e-12))
          .run(m.newParameters(), new double[] {0, 59, 60, 61, 70}, List.of("X"));
      // X = level (1 - exp(-(t - t_on))) after the switch, 0 before: relative 1e-8 (rtol 1e-10, a few steps)
      double[] x = r.series("X");
      assertThat(x[1]).as(trigger).isEqualTo(0.0);
      assertThat(x[2]).as(trigger).isCloseTo(0.0, within(1e-6));
      assertThat(x[3]).as(trigger).isCloseTo(1e4 * (1 - Math.exp(-1)), within(1e-4));
      assertThat(x[4]).as(trigger).isCloseTo(1e4 * (1 - Math.exp(-10)), within(1e-4));
    }
  }

  @Test
  void onlyComparisonsOfTimeWithConstantsAreSwitches() {
    CompiledModel m = stimulus("time - t_on < 0");
    assertThat(TimeSwitches.of(m, m.newParameters(), 0, 100)).containsExactly(60.0);
    assertThat(TimeSwitches.of(m, m.newParameters(), 0, 50)).as("after the end").isEmpty();
    CompiledModel onState = stimulus("X < 5");
    assertThat(TimeSwitches.of(onState, onState.newParameters(), 0, 100)).as("a comparison of a state").isEmpty();
    CompiledModel timeAndState = stimulus("time < X + 30");
    assertThat(TimeSwitches.of(timeAndState, timeAndState.newParameters(), 0, 100)).as("time against a state").isEmpty();
    CompiledModel nonlinear = stimulus("time * time < t_on");
    assertThat(TimeSwitches.of(nonlinear, nonlinear.newParameters(), 0, 100)).as("time squared").isEmpty();
  }
}
