package org.limbic.models.vole;

import org.limbic.abm.Point;
import org.limbic.abm.SimState;

/**
 * Resident-stranger encounter (Lee et al. 2019, Horm Behav 108:10): the focal animal meets an
 * unfamiliar same-sex animal for 10 min in a neutral arena; its attacks are counted. Steps of 3 s.
 */
final class StrangerEncounter {

  static final double MINUTES = 10;
  static final double DT = 0.05;

  private StrangerEncounter() {
  }

  static int attacks(Trio t, long seed) {
    return attacks(t, seed, MINUTES);
  }

  /** Attacks in an encounter of {@code minutes} instead of the standard 10. */
  static int attacks(Trio t, long seed, double minutes) {
    VoleWorld w = new VoleWorld(SimState.derive(seed, 500_000L + t.focal().id()), Apparatus.neutralArena(), DT);
    w.add(t.focal(), new Point(8, 10));
    w.add(t.stranger(), new Point(32, 10));
    return w.run(minutes).attacks(t.focal());
  }
}
