package org.limbic.experiment.stats;

/**
 * The mean of a stream of values with its t interval, in constant memory: Welford's update in the
 * order of {@link Samples#of}, so the estimate is the one {@link Tests#mean} gives for the same
 * values in the same order, bit for bit, without keeping them (a trial's visit means over a
 * million patients).
 */
public final class RunningMean {

  private long n;
  private double mean;
  private double m2;

  /** Adds a finite value. */
  public void add(double x) {
    if (!Double.isFinite(x)) {
      throw new IllegalArgumentException("value " + n + " is " + x + "; statistics need finite numbers");
    }
    n++;
    double delta = x - mean;
    mean += delta / n;
    m2 += delta * (x - mean);
  }

  public long n() {
    return n;
  }

  /** The mean with its t-based 95 % interval, as {@link Tests#mean}; needs at least 2 values. */
  public Estimate estimate() {
    if (n < 2) {
      throw new IllegalArgumentException("the mean's interval needs at least 2 values, got " + n);
    }
    double se = Math.sqrt(m2 / (n - 1) / n);
    double q = Tests.tQuantile(n - 1, 0.975);
    return new Estimate(mean, mean - q * se, mean + q * se, 0.95);
  }
}
