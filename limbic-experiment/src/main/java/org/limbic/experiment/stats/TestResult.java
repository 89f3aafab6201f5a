package org.limbic.experiment.stats;

/**
 * The outcome of a hypothesis test, with the effect it estimates.
 *
 * @param test what was tested, e.g. "one-sample t test against 50"
 * @param statistic the test statistic (t, z, …)
 * @param degreesOfFreedom NaN where the test has none (z tests)
 * @param p two-sided p value
 * @param effect the estimated effect (mean, mean difference, …) with its interval
 */
public record TestResult(String test, double statistic, double degreesOfFreedom, double p, Estimate effect) {

  public boolean significant(double alpha) {
    return p < alpha;
  }
}
