package org.limbic.stochastic;

import java.util.Arrays;

/**
 * Per sample time and species (or recorded variable, see {@link Ensemble.Replicate}), the mean and the
 * unbiased sample variance (divisor R - 1) of the molecule counts (values) over R replicates. Immutable.
 */
public final class EnsembleMoments {

  private final double[] times;
  private final int species;
  private final long replicates;
  private final double[] mean;
  private final double[] variance;

  EnsembleMoments(double[] times, int species, long replicates, double[] mean, double[] variance) {
    this.times = times;
    this.species = species;
    this.replicates = replicates;
    this.mean = mean;
    this.variance = variance;
  }

  public long replicates() {
    return replicates;
  }

  public int sampleCount() {
    return times.length;
  }

  public double time(int sample) {
    return times[sample];
  }

  public double mean(int sample, int speciesIndex) {
    return mean[sample * species + speciesIndex];
  }

  public double variance(int sample, int speciesIndex) {
    return variance[sample * species + speciesIndex];
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EnsembleMoments that && species == that.species && replicates == that.replicates
        && Arrays.equals(times, that.times) && Arrays.equals(mean, that.mean)
        && Arrays.equals(variance, that.variance);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(mean) * 31 + Arrays.hashCode(variance);
  }

  @Override
  public String toString() {
    return "EnsembleMoments[" + replicates + " replicates, " + times.length + " samples x " + species + " species]";
  }
}
