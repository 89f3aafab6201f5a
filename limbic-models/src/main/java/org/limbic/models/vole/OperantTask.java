package org.limbic.models.vole;

import static org.limbic.models.vole.VoleParameters.CHOICE_BETA;
import static org.limbic.models.vole.VoleParameters.OPERANT_NOISE;
import static org.limbic.models.vole.VoleParameters.PRESS_COST;

import java.util.SplittableRandom;
import org.limbic.abm.SimState;

/**
 * Operant social reward (Beery et al. 2021, eLife 10:e71340): the animal presses a lever for access
 * to its partner or, in another session, to a stranger, on a progressive-ratio schedule (ratios of
 * Richardson & Roberts 1996: round(5 e^(0.2 k)) − 5). It completes a ratio while its motivation for
 * that animal (the same approach weight that drives its choices in the cage, times sociality, with
 * per-ratio noise) exceeds the ratio's effort; the last completed ratio is the breakpoint.
 */
final class OperantTask {

  /** Presses and breakpoints in the partner and stranger sessions. */
  record Presses(int partner, int stranger, int partnerBreakpoint, int strangerBreakpoint) {
    int total() {
      return partner + stranger;
    }

    int selective() {
      return partner - stranger;
    }
  }

  /** Ratios available in one session (up to 95 presses a ratio; the session's time limit, assumed 1 h). */
  static final int MAX_RATIOS = 15;

  private OperantTask() {
  }

  static Presses run(Trio t, long seed) {
    SplittableRandom random = new SplittableRandom(SimState.derive(seed, 300_000L + t.focal().id()));
    int[] partner = session(t.focal(), t.partner(), random);
    int[] stranger = session(t.focal(), t.stranger(), random);
    return new Presses(partner[0], stranger[0], partner[1], stranger[1]);
  }

  /** {presses, breakpoint} of one session. */
  private static int[] session(Vole focal, Vole other, SplittableRandom random) {
    double logMotivation = Math.log(focal.traits().sociality()) + CHOICE_BETA * (focal.attraction(other) - 0.5);
    int presses = 0;
    int breakpoint = 0;
    for (int k = 1; k <= MAX_RATIOS; k++) {
      int ratio = (int) Math.round(5 * Math.exp(0.2 * k)) - 5;
      if (logMotivation + OPERANT_NOISE * random.nextGaussian() < Math.log(PRESS_COST * ratio)) {
        break;
      }
      presses += ratio;
      breakpoint = ratio;
    }
    return new int[] {presses, breakpoint};
  }
}
