package org.limbic.experiment.spec;

/**
 * A number derived from one variable's time course, over the window [from, to] (the whole run when
 * absent: NaN bounds).
 *
 * @param threshold for TIME_TO_THRESHOLD: the first time the variable reaches it (crossing in either direction)
 */
public record MetricSpec(String name, String variable, Kind kind, double from, double to, double threshold) {

  public enum Kind {
    /** Largest value. */
    PEAK,
    /** Time of the largest value. */
    TIME_OF_PEAK,
    /** Smallest value. */
    MINIMUM,
    /** First time the value reaches the threshold, NaN if never. */
    TIME_TO_THRESHOLD,
    /** Area under the curve (trapezoid on the output times). */
    AUC,
    /** Time-average over the window (AUC / duration). */
    MEAN,
    /** Value at the end of the window. */
    FINAL
  }
}
