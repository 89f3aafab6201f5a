package org.limbic.experiment.spec;

import org.limbic.simulation.SimulationOptions;

/**
 * Integrator name ("auto", "dopri5", "rodas5p", "rodas4", or a stochastic method "direct", "nrm",
 * "tau-leap") and tolerances (which a stochastic method does not use, but which must still be valid).
 */
public record SolverSpec(String method, double relativeTolerance, double absoluteTolerance) {

  public static final SolverSpec DEFAULTS = new SolverSpec("auto", 1e-6, 1e-10);

  /** The options an engine is made with ({@link org.limbic.simulation.Engines#forMethod}). */
  public SimulationOptions options() {
    return SimulationOptions.DEFAULTS.withMethod(method).withTolerances(relativeTolerance, absoluteTolerance);
  }
}
