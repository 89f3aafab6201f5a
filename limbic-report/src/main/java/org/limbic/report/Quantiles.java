package org.limbic.report;

import java.util.Arrays;

/** Sample quantiles of the finite values of an array (NaN and infinities are not data). */
final class Quantiles {

  private Quantiles() {
  }

  /** The finite values, sorted ascending. */
  static double[] finiteSorted(double[] values) {
    return Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
  }

  /**
   * Hyndman &amp; Fan (1996) type 7 (linear interpolation between order statistics; the default of R
   * and NumPy) of an ascending array; NaN when it is empty.
   */
  static double ofSorted(double[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
}
