package org.limbic.models.vole;

import java.util.ArrayList;
import java.util.List;
import org.limbic.abm.SimState;

/**
 * The multi-chamber group habitat ("dorm"): cohoused pairs are released together into a habitat of
 * joined cages and live there for days (Black et al. 2025). Animals huddle in clusters: a huddling
 * animal is in contact with every animal within reach, learns about each and forgets those it does
 * not touch. Each animal's preference for its original partner is scored per day like the partner
 * preference test's score, with the mean over the other residents as the "stranger":
 * partner / (partner + mean non-partner) huddle minutes, 50 % when it huddles with all alike.
 * Steps of 1 min.
 */
final class GroupHabitat {

  static final double DT = 1;
  static final double DAY = 1440;

  /** Per animal, per day: preference for the original partner (%; NaN on a day it huddled with nobody). */
  record Result(List<Vole> animals, double[][] preferencePercent) {
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
    int n = animals.size();
    double[][] withPartner = new double[n][days];
    double[][] withOthers = new double[n][days];
    w.observe(0, DT, s -> {
      int day = (int) Math.min(days - 1, Math.floor(s.time() / DAY));
      for (int i = 0; i < n; i++) {
        Vole v = animals.get(i);
        for (int k = 0; k < v.contactCount(); k++) {
          if (v.contact(k) == partners.get(i)) {
            withPartner[i][day] += DT;
          } else {
            withOthers[i][day] += DT;
          }
        }
      }
    });
    w.run(days * DAY);
    double[][] preference = new double[n][days];
    for (int i = 0; i < n; i++) {
      for (int d = 0; d < days; d++) {
        double others = withOthers[i][d] / (n - 2);
        double total = withPartner[i][d] + others;
        preference[i][d] = total > 0 ? 100 * withPartner[i][d] / total : Double.NaN;
      }
    }
    return new Result(animals, preference);
  }
}
