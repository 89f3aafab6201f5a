package org.limbic.petab;

import java.util.Locale;
import org.hipparchus.distribution.RealDistribution;
import org.hipparchus.distribution.continuous.LaplaceDistribution;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.UniformRealDistribution;

/**
 * A PEtab 1.0 prior of a parameter (the {@code objectivePrior*} or {@code initializationPrior*}
 * columns): uniform, normal or Laplace in one of three variables, the linear value x
 * ({@code uniform}, {@code normal}, {@code laplace}), its logarithm ln x ({@code logNormal},
 * {@code logLaplace}, whose densities carry the 1/x of the change of variable), or the value on the
 * parameter's scale θ ({@code parameterScaleUniform}, {@code parameterScaleNormal},
 * {@code parameterScaleLaplace}). {@code a} and {@code b} are the table's two numbers: lower and
 * upper bound, mean and standard deviation, or location and scale.
 *
 * <p>As PEtab (and pyPESTO, which evaluates the benchmark problems' priors) defines it, the
 * objective adds log p(x(θ)) without the Jacobian dx/dθ, and the estimator works on θ: the gradient
 * is d log p / dθ by the chain rule. The curvature an LM step uses is the expected information,
 * (dr/dθ)² for r = (u − a)/b in the prior's variable u, as {@link NoiseTerm} gives the likelihood's.
 */
public record PetabPrior(Type type, double a, double b) {

  /** The eight PEtab prior types, by the variable each is on and its distribution. */
  public enum Type {
    UNIFORM("uniform"), NORMAL("normal"), LAPLACE("laplace"), LOG_NORMAL("logNormal"), LOG_LAPLACE("logLaplace"),
    PARAMETER_SCALE_UNIFORM("parameterScaleUniform"), PARAMETER_SCALE_NORMAL("parameterScaleNormal"),
    PARAMETER_SCALE_LAPLACE("parameterScaleLaplace");

    final String name;

    Type(String name) {
      this.name = name;
    }

    static Type of(String text) {
      for (Type t : values()) {
        if (t.name.equals(text)) {
          return t;
        }
      }
      return null;
    }

    static String names() {
      StringBuilder s = new StringBuilder();
      for (Type t : values()) {
        s.append(s.isEmpty() ? "" : ", ").append(t.name);
      }
      return s.toString();
    }

    boolean uniform() {
      return this == UNIFORM || this == PARAMETER_SCALE_UNIFORM;
    }

    boolean laplace() {
      return this == LAPLACE || this == LOG_LAPLACE || this == PARAMETER_SCALE_LAPLACE;
    }

    boolean normal() {
      return !uniform() && !laplace();
    }

    boolean onLog() {
      return this == LOG_NORMAL || this == LOG_LAPLACE;
    }

    boolean onScale() {
      return this == PARAMETER_SCALE_UNIFORM || this == PARAMETER_SCALE_NORMAL || this == PARAMETER_SCALE_LAPLACE;
    }
  }

  public PetabPrior {
    if (type.uniform() ? !(a < b) : !(b > 0)) {
      throw new IllegalArgumentException(type.name + " prior with parameters " + a + ";" + b + ": "
          + (type.uniform() ? "the lower bound must be below the upper" : "the second parameter must be positive"));
    }
  }

  /** The prior's variable u at θ on {@code scale}. */
  private double variable(double scaled, PetabParameter.Scale scale) {
    if (type.onScale()) {
      return scaled;
    }
    double x = scale.toLinear(scaled);
    return type.onLog() ? Math.log(x) : x;
  }

  /** du/dθ. */
  private double variableByScaled(double scaled, PetabParameter.Scale scale) {
    if (type.onScale()) {
      return 1;
    }
    double x = scale.toLinear(scaled);
    double dx = switch (scale) {
      case LIN -> 1;
      case LOG -> x;
      case LOG10 -> x * Math.log(10);
    };
    return type.onLog() ? dx / x : dx;
  }

  /** log p at θ on {@code scale}: −∞ outside a uniform prior's range or where a log prior meets x ≤ 0. */
  public double logDensity(double scaled, PetabParameter.Scale scale) {
    double u = variable(scaled, scale);
    if (!Double.isFinite(u)) {
      return Double.NEGATIVE_INFINITY; // a log prior at x ≤ 0
    }
    if (type.uniform()) {
      return u >= a && u <= b ? -Math.log(b - a) : Double.NEGATIVE_INFINITY;
    }
    double r = (u - a) / b;
    double log = type.laplace() ? -Math.log(2 * b) - Math.abs(r) : -0.5 * Math.log(2 * Math.PI * b * b) - 0.5 * r * r;
    return type.onLog() ? log - u : log; // the 1/x of a log-distributed x; u = ln x
  }

  /** d log p / dθ (0 for a uniform prior, and at a Laplace prior's kink). */
  public double gradient(double scaled, PetabParameter.Scale scale) {
    if (type.uniform()) {
      return 0;
    }
    double u = variable(scaled, scale);
    double du = variableByScaled(scaled, scale);
    double r = (u - a) / b;
    double byU = (type.laplace() ? -Math.signum(r) : -r) / b;
    return (type.onLog() ? byU - 1 : byU) * du;
  }

  /** The expected information in θ, (du/dθ / b)²; 0 for a uniform prior. */
  public double information(double scaled, PetabParameter.Scale scale) {
    if (type.uniform()) {
      return 0;
    }
    double du = variableByScaled(scaled, scale) / b;
    return du * du;
  }

  /**
   * The value on {@code scale} at probability {@code q} of this prior truncated to [lower, upper]
   * (linear bounds): how starts are drawn from an initialization prior.
   */
  public double quantile(double q, double lower, double upper, PetabParameter.Scale scale) {
    double lo = variable(scale.toScale(lower), scale);
    double hi = variable(scale.toScale(upper), scale);
    double u = truncatedQuantile(q, lo, hi);
    double x = type.onScale() ? scale.toLinear(u) : type.onLog() ? Math.exp(u) : u;
    return scale.toScale(Math.min(upper, Math.max(lower, x)));
  }

  /**
   * The quantile q of the prior's variable truncated to [lo, hi]. Normal and Laplace are symmetric
   * about a, so a window above a is mirrored below it, where the CDF keeps its precision (1 − Φ(z)
   * rounds to 0 already at z ≈ 8.3, Φ(−z) only at z ≈ 38.5). Where even the mirrored CDF leaves no
   * representable mass in the window (bounds beyond ~38 σ), the window lies below a and the
   * truncated normal is, to relative O(1/z²), the exponential tail exp(−z (hi − u)/b) from its bound
   * nearer a, z = (a − hi)/b; a Laplace tail is exactly exponential, exp(−(hi − u)/b). A uniform prior with no overlap has no mass there, and says so.
   */
  private double truncatedQuantile(double q, double lo, double hi) {
    if (!type.uniform() && lo > a) {
      return 2 * a - truncatedQuantile(1 - q, 2 * a - hi, 2 * a - lo);
    }
    RealDistribution d = type.uniform() ? new UniformRealDistribution(a, b)
        : type.laplace() ? new LaplaceDistribution(a, b) : new NormalDistribution(a, b);
    double pLo = d.cumulativeProbability(lo);
    double pHi = d.cumulativeProbability(hi);
    if (pHi > pLo) {
      double target = pLo + q * (pHi - pLo);
      return type.normal() && target < 1e-8 ? normalLowerTail(target) : d.inverseCumulativeProbability(target);
    }
    if (type.uniform() || !(hi > lo)) {
      throw new IllegalArgumentException("the " + type.name + " prior " + a + ";" + b + " has no mass within the bounds ["
          + lo + ", " + hi + "] of its variable");
    }
    // the window lies wholly below a, so its end nearer a is hi; the tail decays away from it
    double rate = type.laplace() ? 1 / b : (a - hi) / (b * b);
    double width = hi - lo;
    return hi + Math.log1p((1 - q) * Math.expm1(-rate * width)) / rate;
  }

  /**
   * Φ⁻¹ of a small probability p, for this normal prior: Hipparchus inverts through erfInv(2p − 1),
   * which rounds to −1 below p ≈ 1e-16. Newton's method on ln Φ(u) = ln p, with Φ from erfc (accurate
   * down to the smallest doubles), from the asymptotic z = √(2 ln(1/p) − ln(4π ln(1/p))); a few
   * steps reach double precision.
   */
  private double normalLowerTail(double p) {
    double l = -Math.log(p);
    double z = Math.sqrt(Math.max(0, 2 * l - Math.log(4 * Math.PI * l)));
    for (int i = 0; i < 50; i++) {
      double phi = Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
      double cdf = 0.5 * org.hipparchus.special.Erf.erfc(z / Math.sqrt(2));
      double step = (Math.log(cdf) + l) * cdf / phi; // ln Φ(−z) − ln p over d ln Φ(−z)/d(−z)
      z += step;
      if (Math.abs(step) < 1e-15 * Math.max(1, z)) {
        break;
      }
    }
    return a - b * z;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s(%s; %s)", type.name, a, b);
  }
}
