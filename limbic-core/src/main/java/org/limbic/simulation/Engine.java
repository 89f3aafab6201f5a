package org.limbic.simulation;

import java.util.List;

/**
 * A compiled model bound to a simulation method (libRoadRunner's split: an executable model, a
 * method chosen by name, then results). Made by {@link Engines}; thread-safe, so one engine serves
 * every unit of a scan or cohort.
 */
public interface Engine {

  /** The registered engine this is an instance of. */
  EngineType type();

  /** The variables every run records, in column order. */
  List<String> variables();

  /**
   * Simulates from {@code times[0]} with the parameter vector {@code parameters} (not modified) and
   * records {@link #variables()} at each time. A stochastic engine draws from the random stream of
   * {@code seed}, so the same (parameters, times, seed) gives the same result on any thread; a
   * deterministic engine ignores it.
   *
   * @throws IllegalArgumentException for times that are not finite and non-decreasing, or a parameter
   *     vector of the wrong length
   * @throws org.limbic.solve.SolverException if the method fails, with the time at which it did
   */
  SimulationResult run(double[] parameters, double[] times, long seed);
}
