package org.limbic.experiment.sensitivity;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.limbic.experiment.sampling.SubjectRandom;

/**
 * Percentile bootstrap intervals (Efron &amp; Tibshirani 1993, An Introduction to the Bootstrap,
 * ch. 13) of statistics of n independent rows: the base rows of a Saltelli design, the trajectories
 * of a Morris design. Resample r draws n row indices with replacement from its own seeded generator,
 * so the intervals depend on the seed alone. The low-discrepancy rows are not independent draws;
 * resampling them as if they were gives intervals on the wide side of the design's true error,
 * which is the safe side.
 */
record Bootstrap(int resamples, double confidence, long seed) {

  static final long STREAM = 0x424F4F5453545250L;

  Bootstrap {
    if (resamples < 1) {
      throw new IllegalArgumentException("the bootstrap needs at least 1 resample, got " + resamples);
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1), got " + confidence);
    }
  }

  /** Resample {@code r}'s row indices, n of them drawn from 0 … n-1 with replacement. */
  int[] rows(int r, int n) {
    RandomGenerator random = SubjectRandom.generator(seed, STREAM, r);
    int[] rows = new int[n];
    for (int j = 0; j < n; j++) {
      rows[j] = random.nextInt(n);
    }
    return rows;
  }

  /** The (1 - confidence)/2 and (1 + confidence)/2 quantiles of the resampled statistics (linear interpolation, type 7). */
  double[] interval(double[] statistics) {
    double[] sorted = statistics.clone();
    Arrays.sort(sorted);
    return new double[] {quantile(sorted, (1 - confidence) / 2), quantile(sorted, (1 + confidence) / 2)};
  }

  private static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
}
