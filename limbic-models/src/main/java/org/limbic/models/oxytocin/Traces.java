package org.limbic.models.oxytocin;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.limbic.experiment.figure.Figure;
import org.limbic.simulation.SimulationResult;

/** Numbers and figures read off simulation results, as the claim checks compare them. */
final class Traces {

  private Traces() {
  }

  /** Time-weighted mean (trapezoid) of a variable over [from, to]. */
  static double mean(SimulationResult r, String variable, double from, double to) {
    double[] t = r.times();
    double[] y = r.series(variable);
    double area = 0;
    double span = 0;
    for (int i = 1; i < t.length; i++) {
      if (t[i - 1] >= from && t[i] <= to) {
        area += (t[i] - t[i - 1]) * (y[i] + y[i - 1]) / 2;
        span += t[i] - t[i - 1];
      }
    }
    if (span <= 0) {
      throw new IllegalArgumentException("no output times in [" + from + ", " + to + "] for " + variable);
    }
    return area / span;
  }

  static double max(SimulationResult r, String variable, double from, double to) {
    double[] t = r.times();
    double[] y = r.series(variable);
    double m = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < t.length; i++) {
      if (t[i] >= from && t[i] <= to) {
        m = Math.max(m, y[i]);
      }
    }
    return m;
  }

  static double min(SimulationResult r, String variable, double from, double to) {
    double[] t = r.times();
    double[] y = r.series(variable);
    double m = Double.POSITIVE_INFINITY;
    for (int i = 0; i < t.length; i++) {
      if (t[i] >= from && t[i] <= to) {
        m = Math.min(m, y[i]);
      }
    }
    return m;
  }

  /** Value at the first output time at or after t (the last one if t is beyond the run). */
  static double at(SimulationResult r, String variable, double t) {
    double[] times = r.times();
    int i = Arrays.binarySearch(times, t);
    int k = i >= 0 ? i : Math.min(times.length - 1, -i - 1);
    return r.series(variable)[k];
  }

  static double[] eventTimes(SimulationResult r, String eventId) {
    return r.events().stream().filter(e -> e.id().equals(eventId)).mapToDouble(SimulationResult.FiredEvent::time).toArray();
  }

  static double firstEvent(SimulationResult r, String eventId) {
    double[] t = eventTimes(r, eventId);
    if (t.length == 0) {
      throw new IllegalStateException("event '" + eventId + "' never fired");
    }
    return t[0];
  }

  /** The q-th percentile (0-100) of a sorted array, linear between order statistics. */
  static double percentileOfSorted(double[] sorted, double q) {
    double pos = q / 100 * (sorted.length - 1);
    int i = (int) Math.floor(pos);
    return i + 1 < sorted.length ? sorted[i] + (pos - i) * (sorted[i + 1] - sorted[i]) : sorted[sorted.length - 1];
  }

  static Figure.Series line(String name, SimulationResult r, String variable) {
    return Figure.Series.line(name, r.times(), r.series(variable));
  }

  static Figure.Series scaled(String name, SimulationResult r, String variable, double factor) {
    double[] y = r.series(variable).clone();
    for (int i = 0; i < y.length; i++) {
      y[i] *= factor;
    }
    return Figure.Series.line(name, r.times(), y);
  }

  static Figure.TimeCourse timeCourse(String title, String yLabel, List<Figure.Series> series, Figure.Band band) {
    return new Figure.TimeCourse(title, "time (min)", yLabel, series, Optional.ofNullable(band));
  }

  static Figure.Bars bars(String title, String valueLabel, List<String> categories, double[] values, Figure.Band band) {
    return new Figure.Bars(title, valueLabel, categories, values, null, Optional.ofNullable(band));
  }

  static String f(double v) {
    return String.format(java.util.Locale.ROOT, "%.3g", v);
  }
}
