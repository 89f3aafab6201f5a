package org.limbic.stochastic;

import java.util.random.RandomGenerator;

/**
 * Exact Poisson variates without allocation: sequential inversion for small means, and for means of
 * 10 or more the transformed rejection method PTRS of Hörmann 1993 (Insurance: Mathematics and
 * Economics 12:39, "The transformed rejection method for generating Poisson random variables",
 * algorithm PTRS), whose acceptance test needs log k!.
 */
final class PoissonSampler {

  private static final int TABLE_SIZE = 1024;
  private static final double[] LOG_FACTORIAL = new double[TABLE_SIZE];

  static {
    for (int k = 1; k < TABLE_SIZE; k++) {
      LOG_FACTORIAL[k] = LOG_FACTORIAL[k - 1] + Math.log(k);
    }
  }

  private PoissonSampler() {
  }

  static long sample(RandomGenerator random, double mean) {
    if (!(mean > 0)) {
      return 0;
    }
    return mean < 10 ? byInversion(random, mean) : byTransformedRejection(random, mean);
  }

  private static long byInversion(RandomGenerator random, double mean) {
    double u = random.nextDouble();
    double p = Math.exp(-mean);
    double cumulative = p;
    long k = 0;
    // p underflows only for k far in the tail (mean < 10); the cap keeps a pathological u finite
    while (u > cumulative && k < 1000) {
      k++;
      p *= mean / k;
      cumulative += p;
    }
    return k;
  }

  private static long byTransformedRejection(RandomGenerator random, double mean) {
    double logMean = Math.log(mean);
    double b = 0.931 + 2.53 * Math.sqrt(mean);
    double a = -0.059 + 0.02483 * b;
    double inverseAlpha = 1.1239 + 1.1328 / (b - 3.4);
    double vr = 0.9277 - 3.6224 / (b - 2);
    while (true) {
      double u = random.nextDouble() - 0.5;
      double v = random.nextDouble();
      double us = 0.5 - Math.abs(u);
      long k = (long) Math.floor((2 * a / us + b) * u + mean + 0.43);
      if (us >= 0.07 && v <= vr) {
        return k;
      }
      if (k < 0 || (us < 0.013 && v > us)) {
        continue;
      }
      if (Math.log(v) + Math.log(inverseAlpha) - Math.log(a / (us * us) + b)
          <= -mean + k * logMean - logFactorial(k)) {
        return k;
      }
    }
  }

  /** log k!: a table below 1024, above it Stirling's series to 1/k^5 (error below 1e-22). */
  static double logFactorial(long k) {
    if (k < TABLE_SIZE) {
      return LOG_FACTORIAL[(int) k];
    }
    double n = k;
    double inverse = 1 / n;
    double inverse2 = inverse * inverse;
    return n * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI * n)
        + inverse * (1.0 / 12 - inverse2 * (1.0 / 360 - inverse2 / 1260));
  }
}
