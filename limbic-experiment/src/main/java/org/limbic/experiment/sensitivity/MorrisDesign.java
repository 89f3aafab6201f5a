package org.limbic.experiment.sensitivity;

import java.util.List;
import java.util.random.RandomGenerator;
import org.limbic.experiment.sampling.SubjectRandom;

/**
 * Morris's one-at-a-time trajectories (Morris 1991, Technometrics 33:161): each of r trajectories
 * starts at a random point of a p-level grid and moves every factor once, in a random order, by
 * Delta, so its k + 1 points give one elementary effect per factor.
 *
 * <p>Levels are Morris's l / (p - 1) on each factor's probability scale, mapped by its inverse CDF
 * (for a range: l / (p - 1) of the way from lo to hi, both ends included), and a step jumps p/2
 * levels, Delta = p / (2 (p - 1)) (Morris 1991). A distribution without bounds (normal, log-normal)
 * would have infinite end levels, so its grid is shrunk into [1/(2p), 1 - 1/(2p)] (the centres of p
 * equal-probability strata, Delta = 1/2). Centres for every factor would be simpler but alias
 * periodic outputs: with p = 4 on [-pi, pi] a step of pi leaves sin^2 unchanged, and Ishigami's x2
 * would look inert. Trajectory t draws from its own seeded generator, so the design depends on the
 * seed alone.
 *
 * @param levels the grid levels of every point, in trajectory order: row t (k + 1) + s is step s of trajectory t
 * @param moved moved[t][s] is the factor trajectory t moves at step s + 1
 * @param direction direction[t][i] is +1 if trajectory t moves factor i up, -1 down
 */
record MorrisDesign(int p, int[][] levels, int[][] moved, int[][] direction) {

  /** The stream of the trajectories among the seed's random numbers. */
  static final long STREAM = 0x4D4F525249535452L;

  static MorrisDesign of(int k, int r, int p, long seed) {
    if (k < 1 || r < 2 || p < 2 || p % 2 != 0) {
      throw new IllegalArgumentException("a Morris design needs k >= 1 factors, r >= 2 trajectories and an even p >= 2 levels, got k = "
          + k + ", r = " + r + ", p = " + p);
    }
    int[][] levels = new int[r * (k + 1)][];
    int[][] moved = new int[r][k];
    int[][] direction = new int[r][k];
    for (int t = 0; t < r; t++) {
      RandomGenerator random = SubjectRandom.generator(seed, STREAM, t);
      int[] x = new int[k];
      for (int i = 0; i < k; i++) {
        int base = random.nextInt(p / 2);
        direction[t][i] = random.nextBoolean() ? 1 : -1;
        x[i] = direction[t][i] > 0 ? base : base + p / 2;
      }
      int[] order = new int[k];
      for (int i = 0; i < k; i++) {
        order[i] = i;
      }
      for (int i = k - 1; i > 0; i--) { // Fisher-Yates
        int j = random.nextInt(i + 1);
        int swap = order[i];
        order[i] = order[j];
        order[j] = swap;
      }
      levels[t * (k + 1)] = x.clone();
      for (int s = 0; s < k; s++) {
        int i = order[s];
        x[i] += direction[t][i] * (p / 2);
        levels[t * (k + 1) + s + 1] = x.clone();
      }
      moved[t] = order;
    }
    return new MorrisDesign(p, levels, moved, direction);
  }

  int trajectories() {
    return moved.length;
  }

  /** The points mapped to the factors' values, in the order of {@link #levels}. */
  double[][] points(List<Factor> factors) {
    double[][] points = new double[levels.length][];
    for (int row = 0; row < levels.length; row++) {
      double[] x = new double[factors.size()];
      for (int i = 0; i < x.length; i++) {
        x[i] = factors.get(i).value(probability(factors.get(i), levels[row][i]));
      }
      points[row] = x;
    }
    return points;
  }

  /** Level l's probability for factor f: l / (p - 1), or shrunk into [1/(2p), 1 - 1/(2p)] when f is unbounded. */
  double probability(Factor f, int l) {
    double u = (double) l / (p - 1);
    return f.bounded() ? u : 0.5 / p + (1 - 1.0 / p) * u;
  }

  /** The step on factor f's probability scale: p / (2 (p - 1)), or 1/2 when f is unbounded. */
  double delta(Factor f) {
    return probability(f, p / 2) - probability(f, 0);
  }

  /**
   * The elementary effects of output m, ee[t][i] = (y after the step - y before) / (direction Delta):
   * the output's change per unit of the factor's probability scale (per full range, for a range).
   * A factor the output does not read has effects of exactly 0.
   */
  double[][] effects(double[][] y, int m, List<Factor> factors) {
    int r = trajectories();
    int k = moved[0].length;
    double[][] ee = new double[r][k];
    for (int t = 0; t < r; t++) {
      for (int s = 0; s < k; s++) {
        int i = moved[t][s];
        double before = y[t * (k + 1) + s][m];
        double after = y[t * (k + 1) + s + 1][m];
        ee[t][i] = (after - before) / (direction[t][i] * delta(factors.get(i)));
      }
    }
    return ee;
  }
}
