package org.limbic.compile;

/**
 * The executable form of a model: generated JVM code working on primitive arrays, so that a solve
 * allocates nothing per step. {@code y} is the state, {@code p} the parameters, {@code w} a work
 * array of {@link ModelLayout#workCount()} doubles (assignment-rule values and reaction rates) owned
 * by the caller. Implementations are stateless and thread-safe; arrays are per simulation.
 */
public interface ModelKernel {

  /** Sets y (and parameters given by initial assignments) to their values at t0. */
  void initialize(double t0, double[] y, double[] p, double[] w);

  /** Recomputes w (assignment rules, reaction rates) for the given state. */
  void assignments(double t, double[] y, double[] p, double[] w);

  /** dy/dt at (t, y); also leaves w up to date. */
  void rhs(double t, double[] y, double[] p, double[] w, double[] dydt);

  /** The analytic Jacobian d(dy/dt)/dy, dense row-major, every entry written. */
  void jacobian(double t, double[] y, double[] p, double[] w, double[] jac);

  /**
   * The k-th compiled scalar function (event triggers, roots, priorities, delays, assignment values),
   * read after {@link #assignments} has brought w up to date.
   */
  double scalar(int k, double t, double[] y, double[] p, double[] w);
}
