package org.limbic.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.limbic.compile.CompiledModel;
import org.limbic.compile.ModelCompiler;
import org.limbic.model.Model;
import org.limbic.model.ModelException;

/** Which engine a method name runs on: the dispatch callers no longer do themselves. */
class EnginesTest {

  private static final CompiledModel PLAIN = ModelCompiler.compile(Model.builder("decay").compartment("c", 1.0)
      .amountSpecies("A", "c", 100).parameter("k", 0.5).reaction("decay", "A ->", "k * A").build());
  private static final CompiledModel WITH_EVENT = ModelCompiler.compile(Model.builder("decay_dosed").compartment("c", 1.0)
      .amountSpecies("A", "c", 100).parameter("k", 0.5).reaction("decay", "A ->", "k * A")
      .event("dose", "time >= 1", "A", "A + 50").build());

  private static Engine forMethod(CompiledModel model, String method) {
    return Engines.forMethod(model, List.of("A"), SimulationOptions.DEFAULTS.withMethod(method));
  }

  @Test
  void integratorsRunOnTheOdeEngineAndStochasticMethodsOnSsaOrSsaWithEvents() {
    assertThat(forMethod(PLAIN, "rodas5p").type().name()).isEqualTo(Engines.ODE);
    assertThat(forMethod(WITH_EVENT, "auto").type().name()).isEqualTo(Engines.ODE);
    assertThat(forMethod(PLAIN, "direct").type().name()).isEqualTo(Engines.SSA);
    assertThat(forMethod(WITH_EVENT, "nrm").type().name()).isEqualTo(Engines.SSA_EVENTS);
    assertThat(Engines.all()).extracting(EngineType::name).containsExactly("ode", "ssa", "ssa-events");
  }

  @Test
  void theEventDriverExecutesTheDose() {
    double[][] v = forMethod(WITH_EVENT, "direct").run(WITH_EVENT.newParameters(), new double[] {0, 0.999, 1}, 7).values();
    assertThat(v[2][0] - v[1][0]).as("the dose of 50 at t = 1 (no reaction can add molecules)").isGreaterThanOrEqualTo(49);
  }

  @Test
  void thePlainStochasticEngineRefusesAModelWithEventsItWouldIgnore() {
    assertThatThrownBy(() -> Engines.get(Engines.SSA).create(WITH_EVENT, List.of("A"), SimulationOptions.DEFAULTS.withMethod("direct")))
        .isInstanceOf(ModelException.class).hasMessageContaining("dose");
  }

  @Test
  void anUnknownMethodOrEngineIsNamedWithTheKnownOnes() {
    assertThatThrownBy(() -> forMethod(PLAIN, "rodas6")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown solver method 'rodas6'").hasMessageContaining("rodas5p").hasMessageContaining("direct");
    assertThatThrownBy(() -> Engines.get("cvode")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown engine 'cvode'").hasMessageContaining("ssa-events");
  }
}
