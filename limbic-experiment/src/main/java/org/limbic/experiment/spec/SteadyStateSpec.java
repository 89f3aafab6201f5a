package org.limbic.experiment.spec;

import java.util.Map;

/**
 * A run that starts from the model's steady state: before the run, the model (without the
 * experiment's interventions) is brought to a steady state from its initial values at t = 0, with
 * the run's parameters and then {@code parameters}, the equilibration condition (PEtab's
 * pre-equilibration); the run starts at its first output time from that state, with the run's own
 * parameters. Found by {@link org.limbic.steady.SteadyStateSolver}.
 *
 * @param parameters values that hold during the equilibration only (e.g. a stimulus at 0), by id
 */
public record SteadyStateSpec(Map<String, Double> parameters) {

  public SteadyStateSpec {
    parameters = Map.copyOf(parameters);
  }
}
