package org.limbic.experiment.spec;

/**
 * Output times: {@code points} evenly spaced times from {@code start} to {@code end} inclusive, or an
 * explicit non-decreasing list. Units are the model's time unit.
 */
public record TimeGrid(double[] times) {

  public TimeGrid {
    times = times.clone();
  }

  public static TimeGrid evenly(double start, double end, int points) {
    double[] t = new double[points];
    for (int i = 0; i < points; i++) {
      // the fraction first: (end - start) * i overflows to infinity for spans near Double.MAX_VALUE
      t[i] = i == points - 1 ? end : start + (end - start) * ((double) i / (points - 1));
    }
    return new TimeGrid(t);
  }

  @Override
  public double[] times() {
    return times.clone();
  }

  public double start() {
    return times[0];
  }

  public double end() {
    return times[times.length - 1];
  }
}
