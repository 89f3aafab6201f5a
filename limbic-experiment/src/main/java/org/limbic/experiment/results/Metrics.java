package org.limbic.experiment.results;

import org.limbic.experiment.spec.MetricSpec;

/**
 * Metrics of one variable's time course on the output grid, restricted to a window [from, to]
 * (the whole run when a bound is NaN). Where a window bound falls between output times, the value
 * there is interpolated linearly, so the window's AUC is exact for piecewise-linear courses. The
 * window is cut here once; threshold crossings ({@link Crossings}), the decay fit ({@link DecayFit})
 * and extrema ({@link Oscillation}) each have their own class. A metric with no value is NaN with why.
 */
public final class Metrics {

  private Metrics() {
  }

  /**
   * The metric's value for time course (t, y); NaN when the window holds no output time, the
   * threshold is never crossed, or the kind has no value for the course ({@link #evaluate} says why).
   */
  public static double compute(MetricSpec metric, double[] t, double[] y) {
    return evaluate(metric, t, y).value();
  }

  /** The metric's value for time course (t, y), and when it is NaN, why. */
  public static MetricValue evaluate(MetricSpec metric, double[] t, double[] y) {
    double from = Double.isNaN(metric.from()) ? t[0] : Math.max(metric.from(), t[0]);
    double to = Double.isNaN(metric.to()) ? t[t.length - 1] : Math.min(metric.to(), t[t.length - 1]);
    if (!(to >= from)) {
      return MetricValue.nan("the window holds no output time");
    }
    int first = 0;
    while (t[first] < from) {
      first++;
    }
    int last = t.length - 1;
    while (t[last] > to) {
      last--;
    }
    // The window's points: the interpolated start, the grid points strictly inside, the interpolated end.
    int inner = Math.max(0, last - first + 1);
    double[] wt = new double[inner + 2];
    double[] wy = new double[inner + 2];
    wt[0] = from;
    wy[0] = interpolate(t, y, from);
    for (int i = 0; i < inner; i++) {
      wt[i + 1] = t[first + i];
      wy[i + 1] = y[first + i];
    }
    wt[inner + 1] = to;
    wy[inner + 1] = interpolate(t, y, to);
    for (double v : wy) {
      if (!Double.isFinite(v)) {
        return MetricValue.nan("the time course is not finite in the window");
      }
    }
    return switch (metric.kind()) {
      case PEAK -> MetricValue.of(wy[argMax(wy)]);
      case TIME_OF_PEAK -> MetricValue.of(wt[argMax(wy)]);
      case MINIMUM -> {
        double min = Double.POSITIVE_INFINITY;
        for (double v : wy) {
          min = Math.min(min, v);
        }
        yield MetricValue.of(min);
      }
      case TIME_TO_THRESHOLD -> Crossings.firstTime(wt, wy, metric.threshold(), metric.direction());
      case AUC -> MetricValue.of(auc(wt, wy));
      case MEAN -> MetricValue.of(to > from ? auc(wt, wy) / (to - from) : wy[0]);
      case FINAL -> MetricValue.of(wy[wy.length - 1]);
      // the fit takes the output times only: an interpolated window end is not a solver value
      case HALF_LIFE -> DecayFit.halfLife(java.util.Arrays.copyOfRange(wt, 1, inner + 1),
          java.util.Arrays.copyOfRange(wy, 1, inner + 1));
      case PERIOD -> Oscillation.of(wt, wy).period();
      case AMPLITUDE -> Oscillation.of(wt, wy).amplitude();
      case TIME_ABOVE -> MetricValue.of(Crossings.timeAbove(wt, wy, metric.threshold()));
    };
  }

  /** y at time x by linear interpolation; at a repeated time (an event) the later value. */
  static double interpolate(double[] t, double[] y, double x) {
    int hi = 0;
    while (hi < t.length - 1 && t[hi] < x) {
      hi++;
    }
    if (t[hi] <= x || hi == 0) {
      while (hi < t.length - 1 && t[hi + 1] == x) {
        hi++;
      }
      return y[hi];
    }
    int lo = hi - 1;
    return y[lo] + (y[hi] - y[lo]) * (x - t[lo]) / (t[hi] - t[lo]);
  }

  private static int argMax(double[] v) {
    int best = 0;
    for (int i = 1; i < v.length; i++) {
      if (v[i] > v[best]) {
        best = i;
      }
    }
    return best;
  }

  static double auc(double[] t, double[] y) {
    double sum = 0;
    for (int i = 1; i < t.length; i++) {
      sum += 0.5 * (t[i] - t[i - 1]) * (y[i] + y[i - 1]);
    }
    return sum;
  }
}
