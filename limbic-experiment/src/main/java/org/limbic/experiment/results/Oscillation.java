package org.limbic.experiment.results;

import java.util.ArrayList;
import java.util.List;

/**
 * The local maxima and minima of a sampled time course, and its period and amplitude from them. An
 * extremum strictly inside the course is a point (or the first of equal points) above, or below,
 * the nearest different values on both sides; where the course is smooth around it, its time and
 * value are refined by the parabola through it and its two neighbours, so that a peak between output
 * times is not rounded to the grid (on a plateau, its middle, unrefined). Every local extremum counts:
 * on a noisy course, noise makes extrema.
 */
final class Oscillation {

  static final String TOO_FEW = "fewer than 2 maxima (not one full cycle) in the window";

  /** An extremum's refined time and value. */
  record Extremum(double time, double value) {
  }

  private final List<Extremum> maxima = new ArrayList<>();
  private final List<Extremum> minima = new ArrayList<>();

  private Oscillation(double[] t, double[] y) {
    for (int i = 1; i < t.length - 1; i++) {
      if (y[i] == y[i - 1]) {
        continue;
      }
      int j = i + 1;
      while (j < t.length && y[j] == y[i]) {
        j++;
      }
      if (j == t.length) {
        break;
      }
      boolean max = y[i - 1] < y[i] && y[j] < y[i];
      boolean min = y[i - 1] > y[i] && y[j] > y[i];
      if (max || min) {
        (max ? maxima : minima).add(j == i + 1 ? refined(t, y, i) : new Extremum((t[i] + t[j - 1]) / 2, y[i]));
      }
    }
  }

  static Oscillation of(double[] t, double[] y) {
    return new Oscillation(t, y);
  }

  List<Extremum> maxima() {
    return maxima;
  }

  List<Extremum> minima() {
    return minima;
  }

  /** Mean time between successive maxima: (last - first) / (count - 1). */
  MetricValue period() {
    if (maxima.size() < 2) {
      return MetricValue.nan(TOO_FEW);
    }
    return MetricValue.of((maxima.getLast().time() - maxima.getFirst().time()) / (maxima.size() - 1));
  }

  /** Half of (mean of the maxima - mean of the minima): A for A sin(w t) + c. */
  MetricValue amplitude() {
    if (maxima.size() < 2) {
      return MetricValue.nan(TOO_FEW);
    }
    return MetricValue.of((mean(maxima) - mean(minima)) / 2);
  }

  private static double mean(List<Extremum> extrema) {
    return extrema.stream().mapToDouble(Extremum::value).average().orElseThrow();
  }

  /**
   * The vertex of the parabola through points i - 1, i, i + 1 where the course is smooth there: its
   * slopes between the five points i - 2 .. i + 2 strictly fall (a maximum) or rise (a minimum). Else
   * point i itself: a peak made by a jump (a dose between output times) would be overshot by the
   * parabola (10 % for a jump to 10 that decays by 7 % a step), and its sampled value is what is known.
   */
  static Extremum refined(double[] t, double[] y, int i) {
    if (!smooth(t, y, i)) {
      return new Extremum(t[i], y[i]);
    }
    double d0 = t[i - 1] - t[i];
    double d2 = t[i + 1] - t[i];
    double s0 = (y[i - 1] - y[i]) / d0;
    double s2 = (y[i + 1] - y[i]) / d2;
    double a = (s0 - s2) / (d0 - d2);
    double b = s0 - a * d0;
    double s = Math.clamp(-b / (2 * a), d0, d2);
    return new Extremum(t[i] + s, y[i] + b * s + a * s * s);
  }

  /** Whether the slopes between points i - 2 .. i + 2 are strictly monotone (and the times distinct). */
  private static boolean smooth(double[] t, double[] y, int i) {
    if (i < 2 || i + 2 >= t.length) {
      return false;
    }
    double[] slope = new double[4];
    for (int k = 0; k < 4; k++) {
      double dt = t[i - 1 + k] - t[i - 2 + k];
      if (dt == 0) {
        return false;
      }
      slope[k] = (y[i - 1 + k] - y[i - 2 + k]) / dt;
    }
    boolean falling = slope[0] > slope[1] && slope[1] > slope[2] && slope[2] > slope[3];
    boolean rising = slope[0] < slope[1] && slope[1] < slope[2] && slope[2] < slope[3];
    return falling || rising;
  }
}
