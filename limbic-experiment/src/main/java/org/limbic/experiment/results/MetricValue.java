package org.limbic.experiment.results;

/**
 * A metric's value for one run, and when it is not a finite number, why: summaries count NaN runs
 * by reason instead of dropping them silently.
 *
 * @param nanReason null for a finite value; else a short phrase, e.g. "never rose to the threshold"
 */
public record MetricValue(double value, String nanReason) implements java.io.Serializable {

  /** The reason given for a non-finite value that came without one (e.g. a NaN in the time course). */
  public static final String NOT_FINITE = "not a finite number";

  public MetricValue {
    if (Double.isFinite(value)) {
      nanReason = null;
    } else if (nanReason == null) {
      nanReason = NOT_FINITE;
    }
  }

  public static MetricValue of(double value) {
    return new MetricValue(value, null);
  }

  public static MetricValue nan(String reason) {
    return new MetricValue(Double.NaN, reason);
  }
}
