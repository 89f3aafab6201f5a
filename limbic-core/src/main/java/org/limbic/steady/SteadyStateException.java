package org.limbic.steady;

import org.limbic.solve.SolverException;

/**
 * No steady state was reached: says so, with the residual reached (the largest
 * |f_i| / (atol + rtol |y_i|)), the variable where it is, and what each method did.
 */
public final class SteadyStateException extends SolverException {

  private final String problem;
  private final double residual;

  SteadyStateException(String problem, double time, String variable, double residual, String hint) {
    super(problem, time, variable, hint);
    this.problem = problem;
    this.residual = residual;
  }

  /** The largest |f_i| / (atol + rtol |y_i|) reached (NaN if the simulation itself failed). */
  public double residual() {
    return residual;
  }

  /** The same failure with what was being solved in front, e.g. "condition 'pre': ". */
  public SteadyStateException in(String context) {
    return new SteadyStateException(context + problem, time(), variable(), residual, hint());
  }
}
