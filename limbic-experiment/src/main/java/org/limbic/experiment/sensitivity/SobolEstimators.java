package org.limbic.experiment.sensitivity;

/**
 * The first- and total-order estimators of Saltelli et al. 2010 (Comput Phys Commun 181:259,
 * Table 2), on the outputs f(A), f(B), f(AB_i) of a {@link SaltelliDesign}, over a subset of its N
 * base rows (all of them, or a bootstrap resample):
 *
 * <pre>
 *   V     = variance of f over the rows of A and B together
 *   S_i   = (1/N) sum_j f(B)_j (f(AB_i)_j - f(A)_j) / V          (Saltelli et al. 2010, Table 2 (b))
 *   ST_i  = (1/2N) sum_j (f(A)_j - f(AB_i)_j)^2 / V              (Jansen 1999, Comput Phys Commun 117:35; Table 2 (f))
 * </pre>
 *
 * Both are the estimators Saltelli et al. 2010 found most efficient of those they compared; they are
 * also SALib's. The loops run over double arrays and allocate nothing: the bootstrap calls them a
 * thousand times.
 */
final class SobolEstimators {

  private SobolEstimators() {
  }

  /**
   * {first-order, total-order} of factor i on the given rows (a row may repeat).
   *
   * @param fab f(AB_i) for this i
   */
  static double[] indices(double[] fa, double[] fb, double[] fab, int[] rows) {
    double variance = variance(fa, fb, rows);
    double first = 0;
    double total = 0;
    for (int j : rows) {
      first += fb[j] * (fab[j] - fa[j]);
      double d = fa[j] - fab[j];
      total += d * d;
    }
    int n = rows.length;
    return new double[] {first / n / variance, total / (2.0 * n) / variance};
  }

  /** The variance (divided by the count, 2N) of f(A) and f(B) over the rows, with the mean taken first (two passes, no cancellation). */
  static double variance(double[] fa, double[] fb, int[] rows) {
    double sum = 0;
    for (int j : rows) {
      sum += fa[j] + fb[j];
    }
    double mean = sum / (2.0 * rows.length);
    double squares = 0;
    for (int j : rows) {
      squares += (fa[j] - mean) * (fa[j] - mean) + (fb[j] - mean) * (fb[j] - mean);
    }
    return squares / (2.0 * rows.length);
  }
}
