package org.limbic.experiment.stats;

/**
 * A point estimate with its confidence interval, e.g. a mean difference or a standardized mean
 * difference with its 95 % interval.
 *
 * @param level the interval's confidence level, e.g. 0.95
 */
public record Estimate(double value, double lower, double upper, double level) {

  public Estimate {
    if (!(lower <= value && value <= upper)) {
      throw new IllegalArgumentException("estimate " + value + " outside its interval [" + lower + ", " + upper + "]");
    }
  }

  public boolean excludes(double reference) {
    return reference < lower || reference > upper;
  }

  /** e.g. "0.83 (0.49 to 1.17)". */
  public String format(String pattern) {
    return String.format(java.util.Locale.ROOT, pattern + " (" + pattern + " to " + pattern + ")", value, lower, upper);
  }
}
