package org.limbic.experiment.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Analysis of N-of-1 crossover trials (e.g. ABAB: periods alternating treatment A and B within one
 * patient): each patient's own comparison is a paired t test over the period pairs (A_k − B_k), and
 * the series is summarized by a paired t test over the patients' mean differences, the aggregated
 * analysis of Zucker et al. 1997 (J Clin Epidemiol 50:401) in its simplest, fixed-period form.
 */
public final class NOfOne {

  /**
   * @param perPatient each patient's mean A − B difference with its interval (paired over periods)
   * @param overall the mean of the patients' differences with its interval and p
   */
  public record Result(List<Estimate> perPatient, TestResult overall) {
    public Result {
      perPatient = List.copyOf(perPatient);
    }

    /** Patients whose own interval excludes 0 on the side where A is better (lower scores better). */
    public long individualResponders() {
      return perPatient.stream().filter(e -> e.upper() < 0).count();
    }
  }

  private NOfOne() {
  }

  /**
   * @param a a[patient][pair]: the score at the end of each A period
   * @param b b[patient][pair]: the score at the end of the matching B period
   */
  public static Result analyse(double[][] a, double[][] b) {
    if (a.length != b.length || a.length < 2) {
      throw new IllegalArgumentException("N-of-1 analysis needs the same patients (at least 2) in A and B, got "
          + a.length + " and " + b.length);
    }
    List<Estimate> perPatient = new ArrayList<>();
    double[] means = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      if (a[i].length != b[i].length || a[i].length < 2) {
        throw new IllegalArgumentException("N-of-1 patient " + i + ": needs at least 2 A/B period pairs of equal number, got "
            + a[i].length + " A and " + b[i].length + " B");
      }
      TestResult own = Tests.pairedT(a[i], b[i]);
      perPatient.add(own.effect());
      means[i] = own.effect().value();
    }
    TestResult overall = Tests.oneSampleT(means, 0);
    return new Result(perPatient, new TestResult("N-of-1 series: paired t over patients' mean A - B", overall.statistic(),
        overall.degreesOfFreedom(), overall.p(), overall.effect()));
  }
}
