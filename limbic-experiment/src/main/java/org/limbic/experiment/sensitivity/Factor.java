package org.limbic.experiment.sensitivity;

import java.util.Arrays;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.limbic.experiment.spec.Distribution;

/**
 * One uncertain input of a sensitivity analysis: a name (a model parameter, or any coordinate of the
 * function analysed) and its distribution. Designs are drawn in the unit hypercube and mapped to
 * values by each factor's inverse CDF ({@link #value}), so one design serves ranges (uniform) and
 * distributions alike, and the indices are those of the inputs as distributed.
 */
public record Factor(String name, Distribution distribution) {

  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

  public Factor {
    String problem = switch (distribution) {
      case Distribution.Fixed f -> "a varied distribution: a fixed value has no sensitivity (set it under 'parameters')";
      case Distribution.Uniform u -> u.min() < u.max() && Double.isFinite(u.min()) && Double.isFinite(u.max())
          ? null : "finite min < max";
      case Distribution.Normal n -> n.sd() > 0 && Double.isFinite(n.mean()) ? null : "sd > 0 and a finite mean";
      case Distribution.LogNormal l -> l.median() > 0 && l.cv() > 0 ? null : "median > 0 and cv > 0";
      case Distribution.Empirical e -> e.values().length > 1 ? null : "at least two values";
    };
    if (problem != null) {
      throw new IllegalArgumentException("sensitivity factor '" + name + "': " + distribution + " needs " + problem);
    }
  }

  /** A factor uniform on [lo, hi], the usual form of a parameter range. */
  public static Factor uniform(String name, double lo, double hi) {
    return new Factor(name, new Distribution.Uniform(lo, hi));
  }

  /** Whether the inverse CDF is finite at 0 and 1 (uniform, empirical), so that a design may use the ends. */
  public boolean bounded() {
    return distribution instanceof Distribution.Uniform || distribution instanceof Distribution.Empirical;
  }

  /**
   * The value at cumulative probability {@code u} in (0, 1), or [0, 1] when {@link #bounded}: the inverse CDF. Log-normal as the
   * cohorts define it (median and cv of the variable, sigma^2 = ln(1 + cv^2)); empirical with linear
   * interpolation between order statistics (Hyndman-Fan type 7), as cohorts resample it.
   */
  public double value(double u) {
    return switch (distribution) {
      case Distribution.Uniform d -> d.min() + (d.max() - d.min()) * u;
      case Distribution.Normal d -> d.mean() + d.sd() * STANDARD_NORMAL.inverseCumulativeProbability(u);
      case Distribution.LogNormal d ->
          d.median() * Math.exp(Math.sqrt(Math.log1p(d.cv() * d.cv())) * STANDARD_NORMAL.inverseCumulativeProbability(u));
      case Distribution.Empirical d -> {
        double[] sorted = d.values().clone(); // the record hands out its own array
        Arrays.sort(sorted);
        double h = (sorted.length - 1) * u;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        yield sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
      }
      case Distribution.Fixed d -> d.value();
    };
  }
}
