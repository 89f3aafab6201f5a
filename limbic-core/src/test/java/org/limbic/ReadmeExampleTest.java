package org.limbic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.limbic.compile.CompiledModel;
import org.limbic.compile.ModelCompiler;
import org.limbic.model.Model;
import org.limbic.simulation.SimulationResult;
import org.limbic.simulation.Simulator;

/** The README's ten-line example, verbatim, so that it keeps compiling and keeps its meaning. */
class ReadmeExampleTest {

  @Test
  void readmeExampleRunsAndMatchesTheClosedForm() {
    Model model = Model.builder("decay")
        .compartment("plasma", 1.0)
        .species("H", "plasma", 10.0)                                   // initial concentration
        .parameter("k", 0.17, "1/min", "illustration: half-life 4 min")   // value, unit, source
        .reaction("clearance", "H ->", "k * H * plasma")               // rate in amount per time
        .event("dose", "time >= 30", "H", "H + 10")                    // trigger, then assignments
        .build();                                                      // validated here
    CompiledModel compiled = ModelCompiler.compile(model);             // bytecode: rhs, Jacobian, events
    SimulationResult result = new Simulator(compiled).run(0, 60, 121); // auto stiff/non-stiff switching
    double[] h = result.series("H");

    // H = 10 e^{-kt} before t = 30; after it, (10 e^{-30k} + 10) e^{-k (t - 30)}.
    double k = 0.17;
    assertThat(result.times()[40]).isEqualTo(20.0);
    // default tolerances rtol 1e-6, atol 1e-10: relative error of a few 1e-6 after ~20 steps
    assertThat(h[40]).isCloseTo(10 * Math.exp(-20 * k), within(1e-5 * h[40]));
    double after = (10 * Math.exp(-30 * k) + 10) * Math.exp(-30 * k);
    assertThat(h[120]).isCloseTo(after, within(1e-5 * after));
  }
}
