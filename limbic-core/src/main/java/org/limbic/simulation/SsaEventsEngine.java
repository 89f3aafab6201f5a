package org.limbic.simulation;

import java.util.Arrays;
import java.util.List;
import org.limbic.compile.CompiledModel;
import org.limbic.compile.ModelReactionNetwork;
import org.limbic.solve.SolverStatistics;

/**
 * Stochastic simulation with SBML events ({@link StochasticEventSimulation}): records any model
 * variable, since events may assign parameters. The prepared replicates (variables resolved, times
 * checked) are kept for the last times seen: a scan or cohort runs every unit at the same times.
 */
final class SsaEventsEngine implements Engine {

  private final EngineType type;
  private final CompiledModel model;
  private final String method;
  private final List<String> variables;
  private volatile Prepared prepared;

  private record Prepared(double[] times, StochasticEventSimulation.Replicates replicates) {
  }

  SsaEventsEngine(EngineType type, CompiledModel model, List<String> variables, SimulationOptions options) {
    this.type = type;
    this.model = model;
    this.method = options.method();
    this.variables = List.copyOf(variables);
    ModelReactionNetwork.withEvents(model, model.newParameters()); // refuses rate rules now, not per run
    this.prepared = prepare(new double[] {0}); // refuses unknown variables now
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
    Prepared p = prepared;
    if (!Arrays.equals(p.times(), times)) {
      p = prepare(times.clone());
      prepared = p;
    }
    double[][] values = p.replicates().run(parameters, seed);
    return new SimulationResult(variables, times.clone(), values, SolverStatistics.NONE, List.of());
  }

  private Prepared prepare(double[] times) {
    return new Prepared(times, StochasticEventSimulation.replicates(model, times[0], times, variables, method));
  }
}
