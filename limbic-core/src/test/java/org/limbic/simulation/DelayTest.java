package org.limbic.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.limbic.compile.ModelCompiler;
import org.limbic.model.Model;

/** The delay function against closed forms of delay differential equations (method of steps). */
class DelayTest {

  private static final SimulationOptions TIGHT = SimulationOptions.DEFAULTS.withTolerances(1e-10, 1e-12);

  @Test
  void negativeFeedbackThroughOneUnitDelayFollowsTheMethodOfSteps() {
    // x' = -x(t - 1), x = 1 for t <= 0: x = 1 - t on [0, 1], x = 1 - t + (t - 1)^2 / 2 on [1, 2].
    Model m = Model.builder("dde").variable("x", 1).rateRule("x", "-delay(x, 1)").build();
    SimulationResult r = new Simulator(ModelCompiler.compile(m), TIGHT).run(0, 2, 5);
    double[] x = r.series("x");
    // Hermite interpolation of the past with 16 steps per delay: error ~1e-9 here; allow 1e-7.
    assertThat(x[2]).isCloseTo(0.0, within(1e-7)); // t = 1
    assertThat(x[3]).isCloseTo(1 - 1.5 + 0.125, within(1e-7)); // t = 1.5
    assertThat(x[4]).isCloseTo(1 - 2 + 0.5, within(1e-7)); // t = 2
  }

  @Test
  void delayOfAnAssignmentRuleOfTimeReadsItsEarlierValueEvenBeforeTheStart() {
    // y = delay(sin(t), 0.5): sin(t - 0.5) at every t, negative times included (SBML Test Suite 00937).
    Model m = Model.builder("echo").variable("s", 0).variable("y", 0).assignmentRule("s", "sin(time)")
        .assignmentRule("y", "delay(s, 0.5)").variable("z", 0).rateRule("z", "1").build();
    SimulationResult r = new Simulator(ModelCompiler.compile(m), TIGHT).run(0, 2, 5);
    double[] y = r.series("y");
    for (int i = 0; i < y.length; i++) {
      double t = 0.5 * i;
      assertThat(y[i]).as("t = %s", t).isCloseTo(Math.sin(t - 0.5), within(1e-6)); // rules are exact; only the lookup interpolates
    }
  }
}
