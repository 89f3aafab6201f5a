package org.limbic.models.gutbrain;

import java.util.SplittableRandom;

/** Standard normal draws from a SplittableRandom (Box–Muller, one value per call so the stream use is fixed). */
final class Gaussian {

  private Gaussian() {
  }

  static double next(SplittableRandom random) {
    double u = 1.0 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** A log-normal factor with median 1 and coefficient of variation {@code cv}. */
  static double logNormalFactor(SplittableRandom random, double cv) {
    double s = Math.sqrt(Math.log(1 + cv * cv));
    return Math.exp(s * next(random));
  }

  /** Beta(a, b) by two gamma draws (Marsaglia–Tsang for shape >= 1, boosted below 1). */
  static double beta(SplittableRandom random, double a, double b) {
    double x = gamma(random, a);
    double y = gamma(random, b);
    return x / (x + y);
  }

  private static double gamma(SplittableRandom random, double shape) {
    if (shape < 1) {
      return gamma(random, shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double z = next(random);
      double v = 1 + c * z;
      if (v <= 0) {
        continue;
      }
      v = v * v * v;
      double u = random.nextDouble();
      if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
        return d * v;
      }
    }
  }
}
