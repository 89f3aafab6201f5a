package org.limbic.experiment.sensitivity;

import java.util.List;
import java.util.random.RandomGenerator;
import org.hipparchus.random.SobolSequenceGenerator;
import org.limbic.experiment.sampling.SubjectRandom;

/**
 * The Saltelli design for Sobol indices (Saltelli 2002, Comput Phys Commun 145:280; Saltelli et al.
 * 2010, Comput Phys Commun 181:259, sec. 3): two N x k matrices A and B whose rows are the first and
 * last k coordinates of a 2k-dimensional Sobol low-discrepancy sequence (Joe-Kuo direction numbers,
 * Hipparchus), and for each factor i the matrix AB_i, A with column i taken from B. N (k + 2)
 * evaluations give every first- and total-order index.
 *
 * <p>The sequence's first point (all zeros) is skipped, and the whole sequence is shifted modulo 1 by
 * a random vector drawn from the seed (Cranley &amp; Patterson 1976, SIAM J Numer Anal 13:904): a
 * randomized quasi-Monte Carlo design whose points keep their low discrepancy, so that different
 * seeds give independent estimates, and no point lies on a face of the cube where an unbounded
 * distribution's inverse CDF is infinite.
 *
 * @param a the rows of A in the unit hypercube, N x k
 * @param b the rows of B, N x k
 */
record SaltelliDesign(double[][] a, double[][] b) {

  /** The stream of the design's shift among the seed's random numbers. */
  static final long SHIFT_STREAM = 0x534F424F4C534854L;

  static SaltelliDesign of(int k, int n, long seed) {
    if (k < 1 || n < 2) {
      throw new IllegalArgumentException("a Saltelli design needs k >= 1 factors and N >= 2 rows, got k = " + k + ", N = " + n);
    }
    SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
    sobol.nextVector(); // the origin
    RandomGenerator random = SubjectRandom.generator(seed, SHIFT_STREAM, 0);
    double[] shift = new double[2 * k];
    for (int d = 0; d < shift.length; d++) {
      shift[d] = random.nextDouble();
    }
    double[][] a = new double[n][k];
    double[][] b = new double[n][k];
    for (int j = 0; j < n; j++) {
      double[] u = sobol.nextVector();
      for (int d = 0; d < 2 * k; d++) {
        double v = u[d] + shift[d];
        v = v >= 1 ? v - 1 : v;
        v = v > 0 ? v : 0x1p-53; // a shifted point at exactly 0 (never in practice) moved off the face
        if (d < k) {
          a[j][d] = v;
        } else {
          b[j][d - k] = v;
        }
      }
    }
    return new SaltelliDesign(a, b);
  }

  int rows() {
    return a.length;
  }

  int factors() {
    return a[0].length;
  }

  /**
   * Every point to evaluate, mapped to the factors' values, in blocks of N rows: A, B, AB_1, …, AB_k.
   * Row j of block 2 + i is A_j with coordinate i from B_j.
   */
  double[][] points(List<Factor> factors) {
    int n = rows();
    int k = factors();
    double[][] points = new double[n * (k + 2)][];
    for (int j = 0; j < n; j++) {
      points[j] = values(a[j], factors);
      points[n + j] = values(b[j], factors);
      for (int i = 0; i < k; i++) {
        double[] ab = a[j].clone();
        ab[i] = b[j][i];
        points[(2 + i) * n + j] = values(ab, factors);
      }
    }
    return points;
  }

  private static double[] values(double[] u, List<Factor> factors) {
    double[] x = new double[u.length];
    for (int d = 0; d < u.length; d++) {
      x[d] = factors.get(d).value(u[d]);
    }
    return x;
  }
}
