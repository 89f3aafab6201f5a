package org.limbic.models.vole;

import java.util.ArrayList;
import java.util.List;
import org.limbic.abm.Point;
import org.limbic.abm.SimState;
import org.limbic.abm.TrajectoryRecorder;

/**
 * The partner preference test (Beery 2021, Curr Protoc 1:e217): the focal animal moves freely for
 * 3 h in the three-chamber apparatus with its partner tethered at one end and a stranger at the
 * other; huddle time with each is scored. Steps of 3 s (fine enough for a smooth trajectory).
 */
final class PartnerPreferenceTest {

  static final double MINUTES = 180;
  static final double DT = 0.05;

  /** Huddle minutes with partner and stranger; preference score = partner / (partner + stranger), in %. */
  record Score(double partnerMinutes, double strangerMinutes) {
    /** 50 % when the animal huddled with neither (no preference shown), as scored by convention. */
    double preferencePercent() {
      double total = partnerMinutes + strangerMinutes;
      return total == 0 ? 50 : 100 * partnerMinutes / total;
    }
  }

  /** One test's scores and, if asked for, the focal animal's path. */
  record Session(Score score, TrajectoryRecorder.Path path) {
  }

  private PartnerPreferenceTest() {
  }

  static List<Score> run(List<Trio> trios, long seed) {
    return run(trios, seed, MINUTES);
  }

  /** Tests of {@code minutes} instead of the standard 3 h. */
  static List<Score> run(List<Trio> trios, long seed, double minutes) {
    List<Score> scores = new ArrayList<>(trios.size());
    for (Trio t : trios) {
      scores.add(session(t, seed, false, minutes).score());
    }
    return scores;
  }

  static Session session(Trio t, long seed, boolean trackFocal) {
    return session(t, seed, trackFocal, MINUTES);
  }

  static Session session(Trio t, long seed, boolean trackFocal, double minutes) {
    Apparatus a = Apparatus.threeChamber();
    VoleWorld w = new VoleWorld(SimState.derive(seed, 200_000L + t.focal().id()), a, DT);
    w.tether(t.partner(), a.tethers().get(0));
    w.tether(t.stranger(), a.tethers().get(1));
    w.add(t.focal(), new Point(37.5, 10));
    TrajectoryRecorder<Vole> rec = null;
    if (trackFocal) {
      rec = new TrajectoryRecorder<>(w.space(), List.of(t.focal()));
      w.observe(0, DT, rec);
    }
    HuddleLog log = w.run(minutes);
    Score s = new Score(log.minutes(t.focal(), t.partner()), log.minutes(t.focal(), t.stranger()));
    return new Session(s, rec == null ? null : rec.path(t.focal()));
  }
}
