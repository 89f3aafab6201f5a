package org.limbic.experiment.stats;

import java.util.Arrays;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.stat.StatUtils;

/**
 * The receiver operating characteristic of a score that should be higher in positives (e.g.
 * responders): the empirical curve, the area under it (the Mann–Whitney probability
 * P(score⁺ > score⁻) + ½·P(tie)), its standard error by DeLong, DeLong & Clarke-Pearson 1988
 * (Biometrics 44:837, structural components; exact with ties) and by Hanley & McNeil 1982
 * (Radiology 143:29, exponential approximation), and a 95 % interval from DeLong's error on the
 * logit scale so it stays within 0..1.
 */
public final class Roc {

  /**
   * @param auc the area with its DeLong 95 % interval
   * @param falsePositiveRate x of the curve (1 − specificity), from 0 to 1 as the threshold falls
   * @param truePositiveRate y of the curve (sensitivity)
   */
  public record Result(Estimate auc, double seDeLong, double seHanleyMcNeil, double[] falsePositiveRate,
                       double[] truePositiveRate) {
  }

  private Roc() {
  }

  public static Result of(double[] positives, double[] negatives) {
    int m = positives.length;
    int n = negatives.length;
    if (m < 2 || n < 2) {
      throw new IllegalArgumentException("ROC needs at least 2 positives and 2 negatives, got " + m + " and " + n);
    }
    double[] neg = negatives.clone();
    double[] pos = positives.clone();
    Arrays.sort(neg);
    Arrays.sort(pos);
    // structural components: V10[i] = P(pos i beats a negative), V01[j] = P(a positive beats neg j)
    double[] v10 = new double[m];
    for (int i = 0; i < m; i++) {
      v10[i] = placement(neg, pos[i]);
    }
    double[] v01 = new double[n];
    for (int j = 0; j < n; j++) {
      v01[j] = 1 - placement(pos, neg[j]);
    }
    double auc = Arrays.stream(v10).average().orElseThrow();
    // both components have mean AUC; sample variances (n - 1) as in DeLong et al. 1988
    double s10 = StatUtils.variance(v10, auc);
    double s01 = StatUtils.variance(v01, auc);
    double seDeLong = Math.sqrt(s10 / m + s01 / n);
    double q1 = auc / (2 - auc);
    double q2 = 2 * auc * auc / (1 + auc);
    double seHm = Math.sqrt((auc * (1 - auc) + (m - 1) * (q1 - auc * auc) + (n - 1) * (q2 - auc * auc)) / (m * (double) n));
    double z = new NormalDistribution(0, 1).inverseCumulativeProbability(0.975);
    Estimate interval;
    if (auc <= 0 || auc >= 1 || seDeLong == 0) {
      interval = new Estimate(auc, auc, auc, 0.95);
    } else {
      double logit = Math.log(auc / (1 - auc));
      double seLogit = seDeLong / (auc * (1 - auc));
      interval = new Estimate(auc, expit(logit - z * seLogit), expit(logit + z * seLogit), 0.95);
    }
    double[][] curve = curve(pos, neg);
    return new Result(interval, seDeLong, seHm, curve[0], curve[1]);
  }

  /** Fraction of sorted {@code values} below x, ties counted half. */
  private static double placement(double[] sorted, double x) {
    int below = lowerBound(sorted, x);
    int notAbove = lowerBound(sorted, Math.nextUp(x)); // first value above x (scores are finite)
    return (below + 0.5 * (notAbove - below)) / sorted.length;
  }

  private static int lowerBound(double[] a, double x) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static double expit(double x) {
    return 1 / (1 + Math.exp(-x));
  }

  /** The empirical curve through every distinct threshold, from (0, 0) to (1, 1). */
  private static double[][] curve(double[] pos, double[] neg) {
    double[] thresholds = java.util.stream.DoubleStream.concat(Arrays.stream(pos), Arrays.stream(neg)).distinct().sorted().toArray();
    double[] fpr = new double[thresholds.length + 1];
    double[] tpr = new double[thresholds.length + 1];
    for (int k = 0; k < thresholds.length; k++) {
      double t = thresholds[thresholds.length - 1 - k];
      tpr[k + 1] = (pos.length - lowerBound(pos, t)) / (double) pos.length;
      fpr[k + 1] = (neg.length - lowerBound(neg, t)) / (double) neg.length;
    }
    return new double[][] {fpr, tpr};
  }
}
