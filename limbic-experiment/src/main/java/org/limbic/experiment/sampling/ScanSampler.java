package org.limbic.experiment.sampling;

import java.util.List;
import java.util.random.RandomGenerator;
import org.limbic.experiment.spec.ScanSpec;
import org.limbic.experiment.spec.ScanSpec.Dimension;

/**
 * The points of a parameter scan.
 *
 * <ul>
 *   <li>{@code GRID}: the full factorial of the dimensions' values, the first dimension varying
 *       slowest (like nested loops written in the file's order);</li>
 *   <li>{@code RANDOM}: {@code samples} independent points, uniform in [min, max] (log-uniform when
 *       {@code logScale});</li>
 *   <li>{@code LATIN_HYPERCUBE}: {@code samples} points such that each dimension's range, cut into
 *       {@code samples} equal strata (equal in log when {@code logScale}), has exactly one point in
 *       each stratum (McKay, Beckman &amp; Conover 1979, Technometrics 21:239).</li>
 * </ul>
 * Point i draws from its own generator ({@link SubjectRandom}); Latin hypercube permutations come from
 * one generator per dimension.
 */
public final class ScanSampler implements SubjectSampler {

  private final ScanSpec scan;
  private final long seed;
  private final List<String> parameters;
  private final double[][] gridValues;
  private final int size;
  /** LATIN_HYPERCUBE only: strata[d][i] is the stratum of point i in dimension d. */
  private final int[][] strata;

  public ScanSampler(ScanSpec scan, long seed) {
    if (scan.dimensions().isEmpty()) {
      throw new IllegalArgumentException("a scan needs at least one dimension");
    }
    this.scan = scan;
    this.seed = seed;
    this.parameters = scan.dimensions().stream().map(Dimension::parameter).toList();
    int d = scan.dimensions().size();
    this.gridValues = new double[d][];
    if (scan.method() == ScanSpec.Method.GRID) {
      long points = 1;
      for (int k = 0; k < d; k++) {
        gridValues[k] = gridValues(scan.dimensions().get(k));
        points *= gridValues[k].length;
        if (points > Integer.MAX_VALUE) {
          throw new IllegalArgumentException("the scan grid has more than " + Integer.MAX_VALUE + " points; use fewer steps");
        }
      }
      this.size = (int) points;
      this.strata = null;
    } else {
      if (scan.samples() < 1) {
        throw new IllegalArgumentException("a " + scan.method() + " scan needs samples >= 1, got " + scan.samples());
      }
      for (Dimension dim : scan.dimensions()) {
        checkRange(dim);
      }
      this.size = scan.samples();
      this.strata = scan.method() == ScanSpec.Method.LATIN_HYPERCUBE ? permutations(d, size, seed) : null;
    }
  }

  /** A dimension's grid values: explicit values, or {@code steps} from min to max (geometric when logScale). */
  static double[] gridValues(Dimension dim) {
    if (dim.values().length > 0) {
      return dim.values();
    }
    checkRange(dim);
    if (dim.steps() < 1) {
      throw new IllegalArgumentException("scan dimension '" + dim.parameter() + "' needs values or steps >= 1");
    }
    double[] v = new double[dim.steps()];
    for (int i = 0; i < v.length; i++) {
      double f = v.length == 1 ? 0.0 : (double) i / (v.length - 1);
      v[i] = i == 0 ? dim.min() : i == v.length - 1 ? dim.max() : at(dim, f); // the ends exactly as written
    }
    return v;
  }

  private static void checkRange(Dimension dim) {
    if (!(dim.max() >= dim.min()) || !Double.isFinite(dim.min()) || !Double.isFinite(dim.max())) {
      throw new IllegalArgumentException("scan dimension '" + dim.parameter() + "' needs finite min <= max, got ["
          + dim.min() + ", " + dim.max() + "]");
    }
    if (dim.logScale() && !(dim.min() > 0)) {
      throw new IllegalArgumentException("scan dimension '" + dim.parameter() + "' is on a log scale, so min must be > 0, got "
          + dim.min());
    }
  }

  /** The value at fraction f in [0, 1] of a dimension's range, linear or logarithmic. */
  private static double at(Dimension dim, double f) {
    if (dim.logScale()) {
      return Math.exp(Math.log(dim.min()) + f * (Math.log(dim.max()) - Math.log(dim.min())));
    }
    return dim.min() + f * (dim.max() - dim.min());
  }

  private static int[][] permutations(int dimensions, int n, long seed) {
    int[][] p = new int[dimensions][n];
    for (int d = 0; d < dimensions; d++) {
      RandomGenerator random = SubjectRandom.generator(seed, SubjectRandom.SAMPLING ^ 0x4C48534C48534C48L, d);
      for (int i = 0; i < n; i++) {
        p[d][i] = i;
      }
      for (int i = n - 1; i > 0; i--) { // Fisher-Yates
        int j = random.nextInt(i + 1);
        int t = p[d][i];
        p[d][i] = p[d][j];
        p[d][j] = t;
      }
    }
    return p;
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
      throw new IndexOutOfBoundsException("scan point " + subject + " of " + size);
    }
    int d = parameters.size();
    switch (scan.method()) {
      case GRID -> {
        int rest = subject;
        for (int k = d - 1; k >= 0; k--) {
          out[k] = gridValues[k][rest % gridValues[k].length];
          rest /= gridValues[k].length;
        }
      }
      case RANDOM -> {
        RandomGenerator random = SubjectRandom.generator(seed, SubjectRandom.SAMPLING, subject);
        for (int k = 0; k < d; k++) {
          out[k] = at(scan.dimensions().get(k), random.nextDouble());
        }
      }
      case LATIN_HYPERCUBE -> {
        RandomGenerator random = SubjectRandom.generator(seed, SubjectRandom.SAMPLING, subject);
        for (int k = 0; k < d; k++) {
          out[k] = at(scan.dimensions().get(k), (strata[k][subject] + random.nextDouble()) / size);
        }
      }
    }
  }

  /** Point {@code subject}'s stratum in dimension {@code dimension} (Latin hypercube only). */
  int stratum(int dimension, int subject) {
    return strata[dimension][subject];
  }
}
