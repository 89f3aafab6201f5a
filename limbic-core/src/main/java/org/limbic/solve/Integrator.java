package org.limbic.solve;

/**
 * An adaptive one-step integrator driven step by step, so that the simulator can locate events on
 * its dense output and restart it after discontinuities. Not thread-safe: one per simulation.
 *
 * <p>Typical use: {@code reset(sys, t0, y0)}, then {@code step(tStop)} until {@code time() == tStop},
 * reading {@code interpolate(t, out)} for any t in [{@code previousTime()}, {@code time()}].
 */
public interface Integrator {

  /** The registry name ("dopri5", "rodas5p", "auto", ...). */
  String name();

  /** Starts at (t0, y0), forgetting any step-size history (also used after a discontinuity). */
  void reset(OdeSystem system, double t0, double[] y0);

  /**
   * Takes one accepted step towards {@code tStop}, never beyond it (lands on it exactly when it is
   * reached), and returns the new time.
   *
   * @throws SolverException on step-size collapse, too many steps, or a non-finite state
   */
  double step(double tStop);

  /** Time of the current state. */
  double time();

  /** Time at the start of the last accepted step (equals {@link #time()} right after a reset). */
  double previousTime();

  /** The current state; read-only view owned by the integrator. */
  double[] state();

  /**
   * Dense output: writes the solution at {@code t} in [{@link #previousTime()}, {@link #time()}] into
   * {@code out}, with the method's interpolation order.
   */
  void interpolate(double t, double[] out);

  /** Work done since creation (accumulates across resets). */
  SolverStatistics statistics();

  /**
   * Integrates from the current state to {@code tEnd} (convenience for callers without events).
   */
  default void integrateTo(double tEnd) {
    while (time() < tEnd) {
      step(tEnd);
    }
  }
}
