package org.limbic.models.gutbrain;

import java.util.SplittableRandom;

/**
 * Measured-like baseline communities: no single healthy microbiota, but a few enterotype-like
 * clusters (Arumugam et al. 2011; Bacteroides 2, low in butyrate producers and high in
 * inflammation, is more frequent in depression: Valles-Colomer et al. 2019, Vieira-Silva et al.
 * 2020) with correlated variation of the guilds inside each. Cluster means and the correlation
 * are assumed, chosen to give the qualitative pattern of those papers [verify magnitudes].
 */
final class Enterotypes {

  static final String[] NAMES = {"Bacteroides1", "Prevotella", "Bacteroides2", "Ruminococcaceae"};

  /** ln carrying capacity of fd, bu, pb, da, ga per cluster (assumed). */
  private static final double[][] MEAN_LOG_K = {
      {0, 0, 0, 0, 0},
      {0.3, 0.2, -0.2, 0, 0.1},
      {-0.3, -0.5, 0.4, -0.3, -0.2},
      {0.1, 0.3, -0.1, 0.1, 0}};

  /** Fiber intake tends to be higher in Prevotella-type hosts (Wu et al. 2011), ln offset. */
  private static final double[] LOG_FIBER_OFFSET = {0, 0.25, -0.15, 0.1};

  private static final double SD_LOG_K = 0.3;

  /** Correlation of ln K within a cluster: fd-bu +0.5, bu-pb -0.4, fd-pb -0.3, da-ga +0.3 (assumed). */
  private static final double[][] CHOLESKY = cholesky(new double[][] {
      {1, 0.5, -0.3, 0, 0},
      {0.5, 1, -0.4, 0, 0},
      {-0.3, -0.4, 1, 0, 0},
      {0, 0, 0, 1, 0.3},
      {0, 0, 0, 0.3, 1}});

  private Enterotypes() {
  }

  static int drawCluster(double[] probabilities, SplittableRandom random) {
    double u = random.nextDouble();
    double sum = 0;
    for (int i = 0; i < probabilities.length; i++) {
      sum += probabilities[i];
      if (u < sum) {
        return i;
      }
    }
    return probabilities.length - 1;
  }

  /** Draws the five guild carrying capacities of cluster {@code c} into {@code k}. */
  static void drawCapacities(int c, SplittableRandom random, double[] k) {
    double[] z = new double[5];
    for (int i = 0; i < 5; i++) {
      z[i] = Gaussian.next(random);
    }
    for (int i = 0; i < 5; i++) {
      double s = 0;
      for (int j = 0; j <= i; j++) {
        s += CHOLESKY[i][j] * z[j];
      }
      k[i] = Math.exp(MEAN_LOG_K[c][i] + SD_LOG_K * s);
    }
  }

  static double logFiberOffset(int c) {
    return LOG_FIBER_OFFSET[c];
  }

  private static double[][] cholesky(double[][] a) {
    int n = a.length;
    double[][] l = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double s = a[i][j];
        for (int k = 0; k < j; k++) {
          s -= l[i][k] * l[j][k];
        }
        l[i][j] = i == j ? Math.sqrt(s) : s / l[j][j];
      }
    }
    return l;
  }
}
