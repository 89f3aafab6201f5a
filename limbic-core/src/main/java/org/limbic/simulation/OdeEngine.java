package org.limbic.simulation;

import java.util.List;
import org.limbic.compile.CompiledModel;

/** The deterministic engine: the {@link Simulator} with an integrator from {@link org.limbic.solve.Integrators}. */
final class OdeEngine implements Engine {

  private final EngineType type;
  private final Simulator simulator;
  private final List<String> variables;

  OdeEngine(EngineType type, CompiledModel model, List<String> variables, SimulationOptions options) {
    this.type = type;
    this.simulator = new Simulator(model, options);
    this.variables = List.copyOf(variables);
    simulator.checkVariables(this.variables);
  }

  @Override
  public EngineType type() {
    return type;
  }

  @Override
  public List<String> variables() {
    return variables;
  }

  @Override
  public SimulationResult run(double[] parameters, double[] times, long seed) {
    return simulator.run(parameters, times, variables);
  }
}
