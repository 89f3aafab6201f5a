package org.limbic.stochastic;

/**
 * Per-replicate seeds derived from an ensemble seed: the {@code replicate}-th output of a SplitMix64
 * generator started at {@code seed} (Steele, Lea &amp; Flood 2014, "Fast splittable pseudorandom number
 * generators", OOPSLA; finalizer "variant 13" of Stafford 2011). The seed of a replicate depends on
 * nothing but (seed, replicate), so results do not depend on how replicates are spread over threads.
 */
public final class ReplicateSeeds {

  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private ReplicateSeeds() {
  }

  public static long seed(long ensembleSeed, long replicate) {
    return mix64(ensembleSeed + (replicate + 1) * GOLDEN_GAMMA);
  }

  static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
