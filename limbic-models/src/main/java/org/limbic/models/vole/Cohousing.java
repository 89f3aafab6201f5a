package org.limbic.models.vole;

import java.util.List;
import org.limbic.abm.Point;
import org.limbic.abm.SimState;

/**
 * Focal animal and partner live together in a home cage for a chosen time, from which the partner's
 * value grows (or not). Opposite-sex pairs mate during the first {@code mating_min}. Steps of 2 min:
 * huddle bouts last tens of minutes, so finer steps change nothing but the cost.
 */
final class Cohousing {

  static final double DT = 2;

  private Cohousing() {
  }

  static void run(List<Trio> trios, double minutes, long seed) {
    for (Trio t : trios) {
      VoleWorld cage = new VoleWorld(SimState.derive(seed, 100_000L + t.focal().id()), Apparatus.homeCage(), DT);
      cage.add(t.focal(), new Point(10, 12));
      cage.add(t.partner(), new Point(35, 12));
      cage.allowMatingUntil(VoleParameters.MATING_MIN);
      cage.run(minutes);
    }
  }
}
