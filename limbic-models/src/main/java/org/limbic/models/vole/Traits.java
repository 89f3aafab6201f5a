package org.limbic.models.vole;

import java.util.SplittableRandom;

/**
 * What differs between individual voles, drawn once per animal. Each trait is log-normal around
 * its population median with the spread of {@link VoleParameters}; OXTR density is additionally
 * scaled by the genotype's gene dose. The number of draws never depends on the genotype, so a
 * wild type and a knockout drawn from the same generator differ only in OXTR density: the basis
 * of the emergence test.
 *
 * @param oxtrDensity NAc OXTR density relative to the wild-type median (1)
 * @param otCapacity evoked OT release capacity relative to the median (1)
 * @param sociality drive to approach and stay with conspecifics relative to the median (1)
 * @param aggressiveness tendency to attack an aversive animal relative to the median (1)
 */
public record Traits(double oxtrDensity, double otCapacity, double sociality, double aggressiveness) {

  public Traits {
    if (!(oxtrDensity >= 0) || !(otCapacity > 0) || !(sociality > 0) || !(aggressiveness >= 0)) {
      throw new IllegalArgumentException("traits must be finite and non-negative (capacity and sociality positive): "
          + this);
    }
  }

  static Traits draw(Genotype genotype, SplittableRandom random) {
    double oxtr = genotype.alleleDose() * logNormal(random, VoleParameters.OXTR_CV);
    return new Traits(oxtr, logNormal(random, VoleParameters.OT_CAPACITY_CV), logNormal(random, VoleParameters.SOCIALITY_CV),
        logNormal(random, VoleParameters.AGGRESSION_CV));
  }

  /** The same animal with another receptor density (e.g. a wild type given the knockout's, 0). */
  public Traits withOxtrDensity(double density) {
    return new Traits(density, otCapacity, sociality, aggressiveness);
  }

  /** exp(sigma·z) with sigma from the coefficient of variation, median 1. */
  static double logNormal(SplittableRandom random, double cv) {
    double sigma = Math.sqrt(Math.log(1 + cv * cv));
    return Math.exp(sigma * random.nextGaussian());
  }
}
