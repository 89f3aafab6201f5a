package org.limbic.simulation;

import java.util.List;
import org.limbic.compile.CompiledModel;
import org.limbic.compile.ModelReactionNetwork;
import org.limbic.model.ModelException;
import org.limbic.solve.SolverStatistics;
import org.limbic.stochastic.StochasticSimulation;
import org.limbic.stochastic.Trajectory;

/**
 * Stochastic simulation of a model of reactions only: the network's counts from a method of
 * {@link org.limbic.stochastic.StochasticMethods}, with no event watching (the fast path; a model
 * with events runs on {@link SsaEventsEngine}).
 */
final class SsaEngine implements Engine {

  private final EngineType type;
  private final CompiledModel model;
  private final String method;
  private final List<String> variables;
  private final int[] stateIndex;

  SsaEngine(EngineType type, CompiledModel model, List<String> variables, SimulationOptions options) {
    this.type = type;
    this.model = model;
    this.method = options.method();
    this.variables = List.copyOf(variables);
    this.stateIndex = new int[variables.size()];
    for (int c = 0; c < stateIndex.length; c++) {
      stateIndex[c] = model.layout().stateIndex(variables.get(c));
      if (stateIndex[c] < 0) {
        throw new ModelException(variables.get(c), "stochastic runs record species counts only; this is not a species"
            + " of model '" + model.model().id() + "' (species: " + model.layout().stateIds() + ")");
      }
    }
    new ModelReactionNetwork(model, model.newParameters()); // refuses rate rules and events now, not per run
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
    Engines.checkRun(model, parameters, times);
    ModelReactionNetwork network = new ModelReactionNetwork(model, parameters.clone());
    Trajectory trajectory = StochasticSimulation.run(network, network.initialCounts(times[0]), times[0], times, seed, method);
    double[][] values = new double[times.length][variables.size()];
    for (int i = 0; i < times.length; i++) {
      for (int c = 0; c < stateIndex.length; c++) {
        values[i][c] = trajectory.value(i, stateIndex[c]);
      }
    }
    return new SimulationResult(variables, times.clone(), values, SolverStatistics.NONE, List.of());
  }
}
