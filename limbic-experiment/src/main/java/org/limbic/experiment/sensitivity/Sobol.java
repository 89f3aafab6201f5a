package org.limbic.experiment.sensitivity;

import java.util.ArrayList;
import java.util.List;

/**
 * Variance-based global sensitivity (Sobol 1993; Saltelli et al. 2008, Global Sensitivity Analysis:
 * The Primer, ch. 4): first- and total-order indices of every factor for every output, from a
 * {@link SaltelliDesign} of N base rows ({@code N (k + 2)} evaluations), with percentile bootstrap
 * intervals over the base rows. The same seed gives the same indices on any thread count: the points
 * are fixed by the seed and evaluated into rows by index, and the sums run in row order.
 */
public final class Sobol {

  private Sobol() {
  }

  /**
   * @param samples N, the base rows; 2 at least (the variance needs two), a power of two keeps the
   *     Sobol sequence's balance (e.g. 1024 or 4096)
   */
  public static SensitivityResult analyse(List<Factor> factors, int samples, ModelResponse response, SensitivityOptions options) {
    requireFactors(factors);
    if (samples < 2) {
      throw new IllegalArgumentException("a Sobol analysis needs samples (N) >= 2, got " + samples);
    }
    int k = factors.size();
    int n = samples;
    double[][] points = SaltelliDesign.of(k, n, options.seed()).points(factors);
    double[][] y = PointEvaluation.evaluate(points, factors, response, options.threads());
    Bootstrap bootstrap = options.bootstrap();
    int[] all = new int[n];
    for (int j = 0; j < n; j++) {
      all[j] = j;
    }
    int[][] resamples = new int[bootstrap.resamples()][];
    for (int r = 0; r < resamples.length; r++) {
      resamples[r] = bootstrap.rows(r, n);
    }
    List<SensitivityIndex> indices = new ArrayList<>();
    List<String> outputs = response.outputs();
    for (int m = 0; m < outputs.size(); m++) {
      double[] fa = column(y, m, 0, n);
      double[] fb = column(y, m, n, n);
      for (int i = 0; i < k; i++) {
        double[] fab = column(y, m, (2 + i) * n, n);
        double[] estimate = SobolEstimators.indices(fa, fb, fab, all);
        double[] first = new double[resamples.length];
        double[] total = new double[resamples.length];
        for (int r = 0; r < resamples.length; r++) {
          double[] e = SobolEstimators.indices(fa, fb, fab, resamples[r]);
          first[r] = e[0];
          total[r] = e[1];
        }
        double[] ciFirst = bootstrap.interval(first);
        double[] ciTotal = bootstrap.interval(total);
        String name = factors.get(i).name();
        indices.add(new SensitivityIndex(name, outputs.get(m), SensitivityIndex.Kind.FIRST_ORDER, estimate[0], ciFirst[0], ciFirst[1]));
        indices.add(new SensitivityIndex(name, outputs.get(m), SensitivityIndex.Kind.TOTAL_ORDER, estimate[1], ciTotal[0], ciTotal[1]));
      }
    }
    return new SensitivityResult("sobol", n, factors.stream().map(Factor::name).toList(), outputs, points.length, indices);
  }

  /** Output m of rows from … from + n - 1. */
  private static double[] column(double[][] y, int m, int from, int n) {
    double[] c = new double[n];
    for (int j = 0; j < n; j++) {
      c[j] = y[from + j][m];
    }
    return c;
  }

  static void requireFactors(List<Factor> factors) {
    if (factors.isEmpty()) {
      throw new IllegalArgumentException("a sensitivity analysis needs at least one factor");
    }
    if (factors.stream().map(Factor::name).distinct().count() != factors.size()) {
      throw new IllegalArgumentException("the factors' names must differ: " + factors.stream().map(Factor::name).toList());
    }
  }
}
