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
      // as written (exact grid points such as 1860 stay exact), the fraction first only where
      // (end - start) * i overflows to infinity, for spans near Double.MAX_VALUE
      double v = start + (end - start) * i / (points - 1);
      t[i] = i == points - 1 ? end : Double.isFinite(v) ? v : start + (end - start) * ((double) i / (points - 1));
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
