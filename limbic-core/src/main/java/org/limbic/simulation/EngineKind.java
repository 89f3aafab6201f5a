package org.limbic.simulation;

/** How an engine's results depend on its seed. */
public enum EngineKind {
  /** The same result for every seed: an ODE solution. */
  DETERMINISTIC,
  /** One draw of a jump process per seed: exact or approximate stochastic simulation. */
  STOCHASTIC,
  /** Part of the state jumps, part flows deterministically (none registered yet; the kind is named for them). */
  HYBRID
}
