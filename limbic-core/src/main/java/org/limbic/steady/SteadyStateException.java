package org.limbic.steady;

import org.limbic.solve.SolverException;

/**
 * No steady state was reached: says so, with the residual reached (the largest
 * |f_i| / (atol + rtol |y_i|), above 1), the variable where it is, and what each method did.
 */
public final class SteadyStateException extends SolverException {

  private final double residual;

  SteadyStateException(String problem, double time, String variable, double residual, String hint) {
    super(problem, time, variable, hint);
    this.residual = residual;
  }

  /** The largest |f_i| / (atol + rtol |y_i|) reached; the test needs at most 1. */
  public double residual() {
    return residual;
  }
}
