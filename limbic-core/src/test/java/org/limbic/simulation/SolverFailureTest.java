package org.limbic.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.limbic.compile.ModelCompiler;
import org.limbic.model.Model;
import org.limbic.solve.IntegratorOptions;
import org.limbic.solve.SolverException;

/** A solve that cannot go on says when, where and what to try; nothing non-finite leaks out. */
class SolverFailureTest {

  @Test
  void nanInADerivativeNamesTheVariableAndTheTime() {
    // A falls linearly and reaches 0 at t = 1; B' = sqrt(A) is NaN from then on.
    Model m = Model.builder("nan").compartment("c", 1).amountSpecies("A", "c", 1).amountSpecies("B", "c", 0)
        .reaction("drain", "A ->", "1").reaction("grow", "-> B", "sqrt(A)").build();
    for (String method : new String[] {"dopri5", "rodas5p", "auto"}) {
      assertThatThrownBy(() -> new Simulator(ModelCompiler.compile(m), SimulationOptions.DEFAULTS.withMethod(method)).run(0, 2, 3))
          .as(method)
          .isInstanceOf(SolverException.class)
          .satisfies(e -> {
            SolverException s = (SolverException) e;
            assertThat(s.time()).isBetween(0.9, 1.01);
            assertThat(s.variable()).isIn("A", "B");
            assertThat(s.getMessage()).contains("at t = ");
          });
    }
  }

  @Test
  void tooManyStepsIsReportedWithTheLimit() {
    Model m = Model.builder("osc").compartment("c", 1).amountSpecies("X", "c", 1).variable("V", 0)
        .rateRule("V", "-X").rateRule("X", "V").build();
    SimulationOptions options = SimulationOptions.DEFAULTS.withMethod("dopri5")
        .withIntegrator(IntegratorOptions.tolerances(1e-10, 1e-12).withMaxSteps(50));
    assertThatThrownBy(() -> new Simulator(ModelCompiler.compile(m), options).run(0, 1000, 2))
        .isInstanceOf(SolverException.class)
        .hasMessageContaining("50");
  }

  @Test
  void finiteTimeBlowUpCollapsesTheStepOrOverflows() {
    // y' = y^2, y(0) = 1 has y = 1 / (1 - t): no solution past t = 1.
    Model m = Model.builder("blowup").compartment("c", 1).amountSpecies("y", "c", 1)
        .reaction("r", "-> y", "y^2").build();
    assertThatThrownBy(() -> new Simulator(ModelCompiler.compile(m)).run(0, 2, 3))
        .isInstanceOf(SolverException.class)
        // the numerical solution blows up within a relative O(tolerance) of the exact t = 1
        .satisfies(e -> assertThat(((SolverException) e).time()).isBetween(0.99, 1.001));
  }
}
