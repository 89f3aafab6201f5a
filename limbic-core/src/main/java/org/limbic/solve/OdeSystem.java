package org.limbic.solve;

/**
 * dy/dt = f(t, y): what an integrator needs to know of a model. Implementations are the compiled
 * models of {@code org.limbic.compile} bound to their parameters, or hand-written test problems.
 * Both methods are on the hot path: they must not allocate.
 */
public interface OdeSystem {

  int dimension();

  /** Writes f(t, y) into {@code dydt}. */
  void rhs(double t, double[] y, double[] dydt);

  /**
   * Writes the Jacobian df/dy, dense and row-major ({@code jac[i * n + j] = df_i/dy_j}), overwriting
   * every entry.
   */
  void jacobian(double t, double[] y, double[] jac);

  /** A name for state variable {@code i}, used in error messages. */
  default String variableName(int i) {
    return "y[" + i + "]";
  }

  /**
   * True when f does not depend on t. Rosenbrock methods then skip the finite-difference estimate
   * of df/dt (one rhs evaluation per step); the default, false, is always safe.
   */
  default boolean autonomous() {
    return false;
  }
}
