package org.limbic.experiment.spec;

/** Integrator name ("auto", "dopri5", "rodas5p", "rodas4", or a stochastic method "direct", "nrm", "tau-leap") and tolerances. */
public record SolverSpec(String method, double relativeTolerance, double absoluteTolerance) {

  public static final SolverSpec DEFAULTS = new SolverSpec("auto", 1e-6, 1e-10);
}
