package org.limbic.models.vole;

import java.util.ArrayList;
import java.util.List;
import org.limbic.abm.SimState;

/**
 * The multi-chamber group habitat ("dorm"): cohoused pairs are released together into a habitat of
 * joined cages and live there for days; every animal's share of huddle time spent with its original
 * partner is scored per day (Black et al. 2025). Steps of 1 min.
 */
final class GroupHabitat {

  static final double DT = 1;
  static final double DAY = 1440;
  /** Scoring bin: 6 h, fine enough to see a bond lost within the first day. */
  static final double BIN = 360;

  /** Per animal, per 6-h bin: % of its huddle time that was with its original partner (NaN if it did not huddle). */
  record Result(List<Vole> animals, double[][] partnerSharePercent) {
  }

  private GroupHabitat() {
  }

  /** Both members of every pair live in one habitat of {@code chambers} chambers for {@code days}. */
  static Result run(List<Trio> pairs, int chambers, int days, long seed) {
    Apparatus a = Apparatus.groupHabitat(chambers);
    VoleWorld w = new VoleWorld(SimState.derive(seed, 400_000L + pairs.get(0).focal().id()), a, DT);
    List<Vole> animals = new ArrayList<>();
    List<Vole> partners = new ArrayList<>();
    for (int k = 0; k < pairs.size(); k++) {
      Trio t = pairs.get(k);
      int chamber = k % chambers;
      w.add(t.focal(), a.randomPoint(chamber, w.random()));
      w.add(t.partner(), a.randomPoint(chamber, w.random()));
      animals.add(t.focal());
      partners.add(t.partner());
      animals.add(t.partner());
      partners.add(t.focal());
    }
    int bins = (int) Math.round(days * DAY / BIN);
    double[][] withPartner = new double[animals.size()][bins];
    double[][] total = new double[animals.size()][bins];
    w.observe(0, DT, s -> {
      int day = (int) Math.min(bins - 1, Math.floor(s.time() / BIN));
      for (int i = 0; i < animals.size(); i++) {
        Vole v = animals.get(i);
        if (v.mode() == Vole.Mode.HUDDLE) {
          total[i][day] += DT;
          if (v.target() == partners.get(i)) {
            withPartner[i][day] += DT;
          }
        }
      }
    });
    w.run(days * DAY);
    double[][] share = new double[animals.size()][bins];
    for (int i = 0; i < animals.size(); i++) {
      for (int d = 0; d < bins; d++) {
        share[i][d] = total[i][d] > 0 ? 100 * withPartner[i][d] / total[i][d] : Double.NaN;
      }
    }
    return new Result(animals, share);
  }
}
