package org.limbic.experiment.stats;

import org.hipparchus.stat.regression.OLSMultipleLinearRegression;

/**
 * Analysis of covariance as trials of depression treatments report it: the change from baseline
 * regressed on the arm and the baseline score, change = b0 + b1·arm + b2·baseline, so the arm effect
 * b1 is adjusted for where patients started (Vickers & Altman 2001, BMJ 323:1123). Ordinary least
 * squares from Hipparchus; the interval and p use t with n − 3 degrees of freedom.
 */
public final class Ancova {

  private Ancova() {
  }

  /**
   * The adjusted difference in change from baseline, treated minus control, with its 95 % interval.
   *
   * @param baselineTreated baseline scores of the treated arm; {@code followUpTreated} the scores at the endpoint
   */
  public static TestResult treatmentEffect(double[] baselineTreated, double[] followUpTreated, double[] baselineControl,
                                           double[] followUpControl) {
    requireSameLength(baselineTreated, followUpTreated, "treated arm");
    requireSameLength(baselineControl, followUpControl, "control arm");
    int nt = baselineTreated.length;
    int nc = baselineControl.length;
    if (nt < 2 || nc < 2) {
      throw new IllegalArgumentException("ANCOVA needs at least 2 patients per arm, got " + nt + " treated and " + nc + " control");
    }
    int n = nt + nc;
    double[] y = new double[n];
    double[][] x = new double[n][2];
    for (int i = 0; i < n; i++) {
      boolean treated = i < nt;
      double baseline = treated ? baselineTreated[i] : baselineControl[i - nt];
      double followUp = treated ? followUpTreated[i] : followUpControl[i - nt];
      if (!Double.isFinite(baseline) || !Double.isFinite(followUp)) {
        throw new IllegalArgumentException("ANCOVA: patient " + i + " has a non-finite score (" + baseline + ", " + followUp
            + "); drop or impute missing values first");
      }
      y[i] = followUp - baseline;
      x[i][0] = treated ? 1 : 0;
      x[i][1] = baseline;
    }
    OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
    ols.newSampleData(y, x);
    double[] beta = ols.estimateRegressionParameters();
    double[] se = ols.estimateRegressionParametersStandardErrors();
    double df = n - 3;
    double t = beta[1] / se[1];
    double q = Tests.tQuantile(df, 0.975);
    double p = 2 * new org.hipparchus.distribution.continuous.TDistribution(df).cumulativeProbability(-Math.abs(t));
    return new TestResult("ANCOVA (change ~ arm + baseline)", t, df, p,
        new Estimate(beta[1], beta[1] - q * se[1], beta[1] + q * se[1], 0.95));
  }

  private static void requireSameLength(double[] baseline, double[] followUp, String arm) {
    if (baseline.length != followUp.length) {
      throw new IllegalArgumentException("ANCOVA, " + arm + ": " + baseline.length + " baseline scores but "
          + followUp.length + " follow-up scores");
    }
  }
}
