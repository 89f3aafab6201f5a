package org.limbic.experiment.spec;

/**
 * A number derived from one variable's time course, over the window [from, to] (the whole run when
 * absent: NaN bounds).
 *
 * @param threshold for TIME_TO_THRESHOLD and TIME_ABOVE: the value crossed or exceeded (NaN otherwise)
 * @param direction for TIME_TO_THRESHOLD: which crossing counts (RISING for the other kinds)
 */
public record MetricSpec(String name, String variable, Kind kind, double from, double to, double threshold,
                         Direction direction) {

  /** A metric whose crossings, if any, are rising ones. */
  public MetricSpec(String name, String variable, Kind kind, double from, double to, double threshold) {
    this(name, variable, kind, from, to, threshold, Direction.RISING);
  }

  public enum Kind {
    /** Largest value. */
    PEAK,
    /** Time of the largest value. */
    TIME_OF_PEAK,
    /** Smallest value. */
    MINIMUM,
    /** First time the value crosses the threshold in the metric's direction, NaN if never. */
    TIME_TO_THRESHOLD,
    /** Area under the curve (trapezoid on the output times). */
    AUC,
    /** Time-average over the window (AUC / duration). */
    MEAN,
    /** Value at the end of the window. */
    FINAL,
    /** ln 2 / k of a least-squares fit of ln y = a - k t; NaN unless y is positive and decaying. */
    HALF_LIFE,
    /** Mean time between successive maxima; NaN with fewer than two maxima. */
    PERIOD,
    /** Half the mean of the maxima minus the mean of the minima; NaN with fewer than two maxima. */
    AMPLITUDE,
    /** Total time the value is above the threshold, crossings interpolated linearly. */
    TIME_ABOVE
  }

  /** Which way a time course crosses a threshold. */
  public enum Direction {
    /** From below to at or above. */
    RISING,
    /** From above to at or below. */
    FALLING
  }
}
