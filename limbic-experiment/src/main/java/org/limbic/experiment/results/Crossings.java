package org.limbic.experiment.results;

import org.limbic.experiment.spec.MetricSpec;

/**
 * Where a piecewise-linear time course (t, y) crosses a threshold c: the first crossing in one
 * direction, and the total time above c. Crossings between output times are interpolated linearly.
 */
final class Crossings {

  private Crossings() {
  }

  /**
   * The first time y crosses c: rising, from below c to at or above it; falling, from above to at or
   * below. A course that starts at c has not crossed it: the start counts for neither direction.
   */
  static MetricValue firstTime(double[] t, double[] y, double c, MetricSpec.Direction direction) {
    double sign = direction == MetricSpec.Direction.RISING ? 1 : -1;
    for (int i = 1; i < t.length; i++) {
      double a = sign * (y[i - 1] - c);
      double b = sign * (y[i] - c);
      if (a < 0 && b >= 0) {
        return MetricValue.of(t[i - 1] + (t[i] - t[i - 1]) * a / (a - b));
      }
    }
    return MetricValue.nan(direction == MetricSpec.Direction.RISING ? "never rose to the threshold"
        : "never fell to the threshold");
  }

  /** Total time y is above c; a value equal to c is not above it. */
  static double timeAbove(double[] t, double[] y, double c) {
    double sum = 0;
    for (int i = 1; i < t.length; i++) {
      double dt = t[i] - t[i - 1];
      double a = y[i - 1] - c;
      double b = y[i] - c;
      if (a > 0 && b > 0) {
        sum += dt;
      } else if (a > 0) {
        sum += dt * a / (a - b);
      } else if (b > 0) {
        sum += dt * b / (b - a);
      }
    }
    return sum;
  }
}
