package org.limbic.experiment.sampling;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.limbic.experiment.spec.CohortSpec;
import org.limbic.experiment.spec.Distribution;

/**
 * The subjects of a virtual cohort: each parameter from its own distribution, correlated through a
 * Gaussian copula. Subject i draws independent standard normals e from its own generator
 * ({@link SubjectRandom}), correlates them as z = L e with L the Cholesky factor of the correlation
 * matrix, and maps each z_j to its parameter's distribution by the inverse CDF of u_j = Phi(z_j)
 * (Nelsen 2006, An Introduction to Copulas, sec. 5.3). Normal and log-normal marginals use z_j
 * directly, which is the same map without the round trip through u. Phi is Hipparchus's
 * {@code NormalDistribution} (via its erf).
 *
 * <p>Parameters are ordered by id, so the draw does not depend on the order of a map.
 */
public final class CohortSampler implements SubjectSampler {

  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

  private final int size;
  private final long seed;
  private final List<String> parameters;
  private final Distribution[] marginals;
  private final double[][] cholesky;
  private final double[][] sortedEmpirical;

  public CohortSampler(CohortSpec cohort, long seed) {
    if (cohort.size() < 1) {
      throw new IllegalArgumentException("a cohort needs size >= 1, got " + cohort.size());
    }
    this.size = cohort.size();
    this.seed = seed;
    this.parameters = cohort.parameters().keySet().stream().sorted().toList();
    int d = parameters.size();
    this.marginals = new Distribution[d];
    this.sortedEmpirical = new double[d][];
    for (int j = 0; j < d; j++) {
      marginals[j] = cohort.parameters().get(parameters.get(j));
      check(parameters.get(j), marginals[j]);
      if (marginals[j] instanceof Distribution.Empirical e) {
        sortedEmpirical[j] = e.values();
        Arrays.sort(sortedEmpirical[j]);
      }
    }
    this.cholesky = choleskyOf(correlationMatrix(cohort, parameters));
  }

  private static void check(String parameter, Distribution distribution) {
    String problem = switch (distribution) {
      case Distribution.Fixed f -> Double.isFinite(f.value()) ? null : "a finite value";
      case Distribution.Normal n -> n.sd() >= 0 && Double.isFinite(n.mean()) ? null : "sd >= 0 and a finite mean";
      case Distribution.LogNormal l -> l.median() > 0 && l.cv() >= 0 ? null : "median > 0 and cv >= 0";
      case Distribution.Uniform u -> u.max() >= u.min() ? null : "min <= max";
      case Distribution.Empirical e -> e.values().length > 0 ? null : "at least one value";
    };
    if (problem != null) {
      throw new IllegalArgumentException("cohort parameter '" + parameter + "': " + distribution + " needs " + problem);
    }
  }

  static double[][] correlationMatrix(CohortSpec cohort, List<String> parameters) {
    int d = parameters.size();
    double[][] r = new double[d][d];
    for (int j = 0; j < d; j++) {
      r[j][j] = 1.0;
    }
    for (CohortSpec.Correlation c : cohort.correlations()) {
      int a = parameters.indexOf(c.first());
      int b = parameters.indexOf(c.second());
      if (a < 0 || b < 0 || a == b) {
        throw new IllegalArgumentException("cohort correlation " + c.first() + "~" + c.second()
            + " must name two different cohort parameters; they are " + parameters);
      }
      if (!(Math.abs(c.rho()) < 1)) {
        throw new IllegalArgumentException("cohort correlation " + c.first() + "~" + c.second() + " = " + c.rho()
            + " must be strictly between -1 and 1");
      }
      r[a][b] = c.rho();
      r[b][a] = c.rho();
    }
    return r;
  }

  private static double[][] choleskyOf(double[][] correlation) {
    if (correlation.length == 0) {
      return correlation;
    }
    try {
      RealMatrix l = new CholeskyDecomposition(MatrixUtils.createRealMatrix(correlation), 1e-12, 1e-12).getL();
      return l.getData();
    } catch (MathIllegalArgumentException e) {
      throw new IllegalArgumentException("the cohort's correlations do not form a valid (positive definite) correlation"
          + " matrix; reduce the correlations that contradict each other: " + e.getMessage(), e);
    }
  }

  @Override
  public List<String> parameters() {
    return parameters;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public void sample(int subject, double[] out) {
    if (subject < 0 || subject >= size) {
      throw new IndexOutOfBoundsException("cohort subject " + subject + " of " + size);
    }
    int d = parameters.size();
    RandomGenerator random = SubjectRandom.generator(seed, SubjectRandom.SAMPLING, subject);
    double[] e = new double[d];
    for (int j = 0; j < d; j++) {
      e[j] = random.nextGaussian();
    }
    for (int j = 0; j < d; j++) {
      double z = 0;
      for (int k = 0; k <= j; k++) {
        z += cholesky[j][k] * e[k];
      }
      out[j] = quantile(j, z);
    }
  }

  /** Parameter j's value at normal score z: its inverse CDF at Phi(z). */
  private double quantile(int j, double z) {
    return switch (marginals[j]) {
      case Distribution.Fixed f -> f.value();
      case Distribution.Normal n -> n.mean() + n.sd() * z;
      case Distribution.LogNormal l -> l.median() * Math.exp(logSigma(l.cv()) * z);
      case Distribution.Uniform u -> u.min() + (u.max() - u.min()) * STANDARD_NORMAL.cumulativeProbability(z);
      case Distribution.Empirical ignored -> empiricalQuantile(sortedEmpirical[j], STANDARD_NORMAL.cumulativeProbability(z));
    };
  }

  /** sigma of log X for a log-normal X with coefficient of variation cv: cv^2 = exp(sigma^2) - 1. */
  static double logSigma(double cv) {
    return Math.sqrt(Math.log1p(cv * cv));
  }

  /** The u-quantile of sorted values with linear interpolation between order statistics (Hyndman-Fan type 7). */
  static double empiricalQuantile(double[] sorted, double u) {
    if (sorted.length == 1) {
      return sorted[0];
    }
    double h = (sorted.length - 1) * Math.min(1.0, Math.max(0.0, u));
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
}
