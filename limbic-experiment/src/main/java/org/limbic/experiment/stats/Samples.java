package org.limbic.experiment.stats;

/** Mean and variance in one numerically stable pass (Welford), so callers need no statistics library. */
record Samples(int n, double mean, double variance) {

  static Samples of(double[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("no values");
    }
    double mean = 0;
    double m2 = 0;
    for (int i = 0; i < values.length; i++) {
      double x = values[i];
      if (!Double.isFinite(x)) {
        throw new IllegalArgumentException("value " + i + " is " + x + "; statistics need finite numbers");
      }
      double delta = x - mean;
      mean += delta / (i + 1);
      m2 += delta * (x - mean);
    }
    return new Samples(values.length, mean, values.length > 1 ? m2 / (values.length - 1) : Double.NaN);
  }

  double standardError() {
    return Math.sqrt(variance / n);
  }
}
