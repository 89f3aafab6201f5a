package org.limbic.experiment.run;

import java.util.List;
import java.util.TreeMap;
import org.limbic.compile.CompiledModel;
import org.limbic.experiment.spec.SteadyStateSpec;
import org.limbic.simulation.SimulationOptions;
import org.limbic.simulation.SimulationResult;
import org.limbic.simulation.Simulator;
import org.limbic.steady.SteadyStateOptions;
import org.limbic.steady.SteadyStateSolver;

/**
 * Runs that start from the model's steady state ({@link SteadyStateSpec}). The equilibration uses
 * the model without the experiment's interventions (they belong to the run's timeline), with the
 * run's parameter values (knockouts included: a knockout holds for the whole run), then the
 * equilibration's own values, from the initial values at t = 0; the run then starts at its first
 * output time from the steady state, each species as it ended, with the run's own parameters.
 * Thread-safe: each run works on its own arrays.
 */
final class SteadyStart {

  private final CompiledModel base;
  private final CompiledModel run;
  private final int[] fromRun;
  private final int[] overrideIndex;
  private final double[] overrideValue;
  private final int[] stateInBase;
  private final SteadyStateSolver solver;
  private final Simulator simulator;
  private final List<String> variables;

  SteadyStart(CompiledModel base, CompiledModel run, SteadyStateSpec spec, SimulationOptions options, List<String> variables) {
    if (!org.limbic.solve.Integrators.names().contains(options.method())) {
      throw new IllegalArgumentException("a steady-state start needs a deterministic method " + org.limbic.solve.Integrators.names()
          + ", not '" + options.method() + "'");
    }
    this.base = base;
    this.run = run;
    List<String> baseIds = base.layout().parameterIds();
    this.fromRun = baseIds.stream().mapToInt(id -> run.layout().parameterIndex(id)).toArray();
    var overrides = new TreeMap<>(spec.parameters());
    this.overrideIndex = overrides.keySet().stream().mapToInt(base::parameterIndex).toArray();
    this.overrideValue = overrides.values().stream().mapToDouble(Double::doubleValue).toArray();
    this.stateInBase = run.layout().stateIds().stream().mapToInt(id -> base.layout().stateIndex(id)).toArray();
    this.solver = new SteadyStateSolver(base, SteadyStateOptions.DEFAULTS.withSimulation(options));
    this.simulator = new Simulator(run, options);
    this.variables = List.copyOf(variables);
    simulator.checkVariables(this.variables);
  }

  /** A run from a steady state, and how that steady state was found (its residual, its method). */
  record Started(SimulationResult result, org.limbic.steady.SteadyStateResult steadyState) {
  }

  /** The run of parameter vector {@code p} (of the run's model) from the steady state. */
  Started run(double[] p, double[] times) {
    double[] q = base.newParameters();
    for (int i = 0; i < q.length; i++) {
      if (fromRun[i] >= 0) {
        q[i] = p[fromRun[i]];
      }
    }
    for (int k = 0; k < overrideIndex.length; k++) {
      q[overrideIndex[k]] = overrideValue[k];
    }
    org.limbic.steady.SteadyStateResult found = solver.solve(q, base.initialState(0, q), 0);
    double[] steady = found.state();
    double[] y0 = run.initialState(times[0], p.clone());
    for (int j = 0; j < y0.length; j++) {
      if (stateInBase[j] >= 0) {
        y0[j] = steady[stateInBase[j]];
      }
    }
    return new Started(simulator.run(p, y0, times, variables), found);
  }
}
