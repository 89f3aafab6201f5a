package org.limbic.experiment.results;

/**
 * The half-life of a decay: ordinary least squares of ln y = a - k t over the points given, half-life
 * ln 2 / k. The log makes the fit exact for a pure exponential and weighs each point's relative
 * error alike. A course that is not positive throughout has no log, and one whose fitted k is not
 * positive does not decay: both are NaN with that reason, not a number that looks like a half-life.
 */
final class DecayFit {

  static final String NOT_POSITIVE = "not positive, so no log-linear fit";
  static final String NOT_DECAYING = "not decaying (fitted rate <= 0)";
  static final String TOO_FEW = "fewer than 2 output times in the window";

  private DecayFit() {
  }

  static MetricValue halfLife(double[] t, double[] y) {
    int n = t.length;
    if (n < 2 || t[n - 1] == t[0]) {
      return MetricValue.nan(TOO_FEW);
    }
    double meanT = 0;
    double meanL = 0;
    for (int i = 0; i < n; i++) {
      if (!(y[i] > 0)) {
        return MetricValue.nan(NOT_POSITIVE);
      }
      meanT += t[i];
      meanL += Math.log(y[i]);
    }
    meanT /= n;
    meanL /= n;
    double stt = 0;
    double stl = 0;
    for (int i = 0; i < n; i++) {
      double dt = t[i] - meanT;
      stt += dt * dt;
      stl += dt * (Math.log(y[i]) - meanL);
    }
    double k = -stl / stt;
    return k > 0 ? MetricValue.of(Math.log(2) / k) : MetricValue.nan(NOT_DECAYING);
  }
}
