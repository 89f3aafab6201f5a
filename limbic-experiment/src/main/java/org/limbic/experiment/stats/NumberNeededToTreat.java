package org.limbic.experiment.stats;

import java.util.Locale;

/**
 * The number needed to treat for one more good outcome (e.g. remission), 1 / (p_treated − p_control),
 * with the interval of Altman 1998 (BMJ 317:1309): the reciprocal of the risk difference's interval
 * (Newcombe's, from {@link Tests#twoProportions}). When that interval spans 0 the NNT interval is
 * two pieces through infinity, "NNT(benefit) a to ∞ to NNT(harm) b", which {@link #format} writes out.
 *
 * @param riskDifference p_treated − p_control with its 95 % interval
 */
public record NumberNeededToTreat(double value, Estimate riskDifference) {

  public static NumberNeededToTreat of(int eventsTreated, int nTreated, int eventsControl, int nControl) {
    Estimate rd = Tests.twoProportions(eventsTreated, nTreated, eventsControl, nControl).effect();
    return new NumberNeededToTreat(1 / rd.value(), rd);
  }

  /** Whether the risk difference's interval excludes 0, so the NNT interval is one finite piece. */
  public boolean finiteInterval() {
    return riskDifference.excludes(0);
  }

  /** The interval's ends as NNTs (1/upper, 1/lower); meaningful when {@link #finiteInterval()}. */
  public double lower() {
    return 1 / riskDifference.upper();
  }

  public double upper() {
    return 1 / riskDifference.lower();
  }

  public String format() {
    if (finiteInterval()) {
      return String.format(Locale.ROOT, "NNT %.1f (%.1f to %.1f)", value, lower(), upper());
    }
    return String.format(Locale.ROOT, "NNT %.1f (NNT(benefit) %.1f to infinity to NNT(harm) %.1f)", value,
        1 / riskDifference.upper(), -1 / riskDifference.lower());
  }
}
