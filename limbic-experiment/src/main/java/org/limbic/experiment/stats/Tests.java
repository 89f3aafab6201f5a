package org.limbic.experiment.stats;

import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.TDistribution;

/**
 * The classical tests a paper in our field reports (Student/Welch t, z for proportions), each
 * returning the effect with its interval as well as p. Distributions come from Hipparchus; the
 * formulas are the textbook ones (Welch 1947 for the unequal-variance df; Newcombe 1998 method 10
 * for the interval of a difference of proportions).
 */
public final class Tests {

  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

  private Tests() {
  }

  /** One-sample t test of the mean against {@code mu0}; effect: the mean with its 95 % interval. */
  public static TestResult oneSampleT(double[] values, double mu0) {
    Samples s = requireAtLeastTwo(values, "one-sample t test");
    double se = s.standardError();
    double df = s.n() - 1;
    double t = (s.mean() - mu0) / se;
    double q = tQuantile(df, 0.975);
    return new TestResult("one-sample t test against " + mu0, t, df, twoSidedT(t, df),
        new Estimate(s.mean(), s.mean() - q * se, s.mean() + q * se, 0.95));
  }

  /** Welch's unequal-variance t test; effect: mean(a) − mean(b) with its 95 % interval. */
  public static TestResult welchT(double[] a, double[] b) {
    Samples sa = requireAtLeastTwo(a, "Welch t test, first group");
    Samples sb = requireAtLeastTwo(b, "Welch t test, second group");
    double va = sa.variance() / sa.n();
    double vb = sb.variance() / sb.n();
    double se = Math.sqrt(va + vb);
    double df = (va + vb) * (va + vb) / (va * va / (sa.n() - 1) + vb * vb / (sb.n() - 1));
    double diff = sa.mean() - sb.mean();
    double t = diff / se;
    double q = tQuantile(df, 0.975);
    return new TestResult("Welch t test", t, df, twoSidedT(t, df), new Estimate(diff, diff - q * se, diff + q * se, 0.95));
  }

  /** Paired t test on a[i] − b[i]; effect: the mean difference with its 95 % interval. */
  public static TestResult pairedT(double[] a, double[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("paired t test needs equal lengths, got " + a.length + " and " + b.length);
    }
    double[] d = new double[a.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = a[i] - b[i];
    }
    TestResult r = oneSampleT(d, 0);
    return new TestResult("paired t test", r.statistic(), r.degreesOfFreedom(), r.p(), r.effect());
  }

  /**
   * Hedges' g (standardized mean difference of a over b, small-sample corrected) with the usual
   * normal-approximation 95 % interval, var(g) = (na+nb)/(na·nb) + g²/(2(na+nb)) (Hedges & Olkin 1985).
   */
  public static Estimate hedgesG(double[] a, double[] b) {
    Samples sa = requireAtLeastTwo(a, "Hedges' g, first group");
    Samples sb = requireAtLeastTwo(b, "Hedges' g, second group");
    int na = sa.n();
    int nb = sb.n();
    double pooled = Math.sqrt(((na - 1) * sa.variance() + (nb - 1) * sb.variance()) / (na + nb - 2));
    double d = (sa.mean() - sb.mean()) / pooled;
    double correction = 1 - 3.0 / (4.0 * (na + nb) - 9.0);
    double g = d * correction;
    // na * nb in double: as an int it overflows beyond 46,341 per arm
    double se = Math.sqrt((na + nb) / ((double) na * nb) + g * g / (2.0 * (na + nb)));
    double z = STANDARD_NORMAL.inverseCumulativeProbability(0.975);
    return new Estimate(g, g - z * se, g + z * se, 0.95);
  }

  /**
   * Two-proportion z test (pooled variance) of xa/na against xb/nb; effect: the difference with
   * Newcombe's hybrid Wilson score interval, which behaves at small counts where Wald does not.
   */
  public static TestResult twoProportions(int xa, int na, int xb, int nb) {
    checkCount(xa, na);
    checkCount(xb, nb);
    double pa = xa / (double) na;
    double pb = xb / (double) nb;
    double pooled = (xa + xb) / (double) (na + nb);
    double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / na + 1.0 / nb));
    double z = se == 0 ? 0 : (pa - pb) / se;
    double p = se == 0 ? 1 : 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z));
    Estimate wa = wilson(xa, na);
    Estimate wb = wilson(xb, nb);
    double diff = pa - pb;
    double lower = diff - Math.sqrt(square(pa - wa.lower()) + square(wb.upper() - pb));
    double upper = diff + Math.sqrt(square(wa.upper() - pa) + square(pb - wb.lower()));
    return new TestResult("two-proportion z test", z, Double.NaN, p, new Estimate(diff, lower, upper, 0.95));
  }

  /** Wilson score 95 % interval of a proportion x/n. */
  public static Estimate wilson(int x, int n) {
    checkCount(x, n);
    double z = STANDARD_NORMAL.inverseCumulativeProbability(0.975);
    double p = x / (double) n;
    double denominator = 1 + z * z / n;
    double centre = (p + z * z / (2.0 * n)) / denominator;
    double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / denominator;
    return new Estimate(p, Math.min(p, centre - half), Math.max(p, centre + half), 0.95);
  }

  /** The mean with its t-based 95 % interval. */
  public static Estimate mean(double[] values) {
    return oneSampleT(values, 0).effect();
  }

  static double tQuantile(double df, double probability) {
    return new TDistribution(df).inverseCumulativeProbability(probability);
  }

  private static double twoSidedT(double t, double df) {
    if (Double.isNaN(t)) {
      throw new IllegalArgumentException("t statistic is NaN: the values have zero variance");
    }
    return 2 * new TDistribution(df).cumulativeProbability(-Math.abs(t));
  }

  private static Samples requireAtLeastTwo(double[] values, String what) {
    if (values.length < 2) {
      throw new IllegalArgumentException(what + " needs at least 2 values, got " + values.length);
    }
    return Samples.of(values);
  }

  private static void checkCount(int x, int n) {
    if (n <= 0 || x < 0 || x > n) {
      throw new IllegalArgumentException("count " + x + " of " + n + " is not a proportion");
    }
  }

  private static double square(double x) {
    return x * x;
  }
}
