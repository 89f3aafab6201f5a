package org.limbic.stochastic;

import java.util.random.RandomGenerator;

/**
 * A stochastic simulation algorithm driven step by step, like {@code org.limbic.solve.Integrator}:
 * {@code reset(network, t0, x0, random)}, then {@code step(tStop)} until {@code time() == tStop}.
 * Not thread-safe: one instance per simulation thread (the registry {@link StochasticMethods} makes
 * fresh ones). {@link #step(double)} is the hot path and allocates nothing.
 */
public interface StochasticMethod {

  /** The registry name ("direct", "nrm", "tau-leap"). */
  String name();

  /**
   * Starts at (t0, x0) drawing from {@code random}. The network's structural tables are rebuilt only
   * when the network differs (by identity) from the previous reset's.
   *
   * @throws IllegalArgumentException if x0 is not one whole non-negative count per species, or the
   *     method cannot simulate the network (exact methods reject time-dependent propensities)
   */
  void reset(ReactionNetwork network, double t0, double[] x0, RandomGenerator random);

  /**
   * Advances by one event (an exact method), one leap or one exact fallback step (tau-leaping), never
   * beyond {@code tStop}: if nothing fires by {@code tStop}, the time becomes {@code tStop} and the
   * state is unchanged. An event exactly at {@code tStop} fires. Returns the new time.
   */
  double step(double tStop);

  double time();

  /** The current molecule counts; a read-only view owned by the method. */
  double[] state();

  /** Work done since creation (accumulates across resets). */
  StochasticStatistics statistics();

  /** Steps until {@code time() >= tEnd}. */
  default void advanceTo(double tEnd) {
    while (time() < tEnd) {
      step(tEnd);
    }
  }
}
