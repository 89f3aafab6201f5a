package org.limbic.stochastic;

/**
 * Standard errors of the sample mean and the unbiased sample variance of n independent replicates, from
 * the exact variance sigma^2 and fourth central moment mu4 of the distribution sampled, so no normality
 * is assumed: Var(s^2) = mu4 / n - sigma^4 (n - 3) / (n (n - 1)) (Cramér 1946, Mathematical Methods of
 * Statistics, eq. 27.4.2). A 4-SE band holds with probability about 1 - 6e-5 per assertion when the
 * estimate is near normal (n = 10^4 makes both estimates so by the central limit theorem); the seeds
 * are fixed, so the tests are deterministic.
 */
final class StandardErrors {

  static final int REPLICATES = 10_000;
  static final double BAND = 4;

  private StandardErrors() {
  }

  static double ofMean(double variance, long n) {
    return Math.sqrt(variance / n);
  }

  static double ofVariance(double variance, double fourthCentralMoment, long n) {
    return Math.sqrt(fourthCentralMoment / n - variance * variance * (n - 3) / ((double) n * (n - 1)));
  }
}
