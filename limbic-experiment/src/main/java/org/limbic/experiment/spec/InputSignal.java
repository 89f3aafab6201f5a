package org.limbic.experiment.spec;

import java.util.List;

/** A function of time that a parameter follows ({@link Intervention.Input}). */
public sealed interface InputSignal {

  /** How a table's value runs between two of its times. */
  enum Interpolation { LINEAR, STEP }

  /**
   * Values at increasing times: joined by straight lines ({@code LINEAR}) or each held until the
   * next time ({@code STEP}); before the first time the first value holds, after the last the last.
   */
  record Table(List<Double> times, List<Double> values, Interpolation interpolation) implements InputSignal {
    public Table {
      times = List.copyOf(times);
      values = List.copyOf(values);
      if (times.size() < 2 || times.size() != values.size()) {
        throw new IllegalArgumentException("a table needs at least 2 rows of a time and a value, got "
            + times.size() + " times and " + values.size() + " values");
      }
      for (int i = 0; i < times.size(); i++) {
        if (!Double.isFinite(times.get(i)) || !Double.isFinite(values.get(i))) {
          throw new IllegalArgumentException("row " + i + " of a table is not finite: " + times.get(i) + ", " + values.get(i));
        }
        if (i > 0 && !(times.get(i) > times.get(i - 1))) {
          throw new IllegalArgumentException("table times must increase, got " + times.get(i) + " after " + times.get(i - 1));
        }
      }
    }
  }

  /** {@code mean + amplitude sin(2 pi time / period + phase)}, phase in radians. */
  record Sine(double period, double amplitude, double phase, double mean) implements InputSignal {
    public Sine {
      if (!(period > 0) || !Double.isFinite(period) || !Double.isFinite(amplitude) || !Double.isFinite(phase)
          || !Double.isFinite(mean)) {
        throw new IllegalArgumentException("a sine needs a finite period > 0 and finite amplitude, phase and mean, got period "
            + period + ", amplitude " + amplitude + ", phase " + phase + ", mean " + mean);
      }
    }
  }
}
