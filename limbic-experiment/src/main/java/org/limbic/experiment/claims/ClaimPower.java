package org.limbic.experiment.claims;

import org.limbic.experiment.stats.Estimate;
import org.limbic.experiment.stats.Tests;

/**
 * How often a claim holds over repeated virtual studies (one per seed): the power of a positive
 * claim, or one minus the false-rejection rate of a negative control. One seed's verdict can be
 * luck; the rate over many seeds is what tells whether the model reproduces a finding.
 *
 * @param passes studies in which the claim held
 * @param studies studies run (seeds)
 * @param errors studies whose check threw (counted as not holding)
 * @param firstFailure the measured value of the first seed that failed, or "" if none failed
 * @param removalPasses studies in which the claim still held with its mechanism removed (its removal
 *     test should fail in all), or -1 where the claim has no removal test
 */
public record ClaimPower(String model, Claim claim, int passes, int studies, int errors, String firstFailure, int removalPasses,
                         double seconds) {

  public double rate() {
    return passes / (double) studies;
  }

  /** Wilson 95 % interval of the pass rate. */
  public Estimate interval() {
    return Tests.wilson(passes, studies);
  }
}
