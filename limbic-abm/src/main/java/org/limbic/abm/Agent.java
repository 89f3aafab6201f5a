package org.limbic.abm;

/** Anything the schedule can run: one step at the current time of {@code state} (MASON's Steppable). */
@FunctionalInterface
public interface Agent {

  void step(SimState state);
}
