package org.limbic.stochastic;

import java.util.Arrays;

/**
 * Molecule counts sampled at given times: the state at a sample time is the state after the last event
 * at or before it. Immutable; accessors copy.
 */
public final class Trajectory {

  private final double[] times;
  private final int species;
  /** Row-major: values[k * species + i] is species i at sample k. */
  private final double[] values;

  Trajectory(double[] times, int species, double[] values) {
    this.times = times;
    this.species = species;
    this.values = values;
  }

  public int sampleCount() {
    return times.length;
  }

  public int speciesCount() {
    return species;
  }

  public double time(int sample) {
    return times[sample];
  }

  public double value(int sample, int speciesIndex) {
    return values[sample * species + speciesIndex];
  }

  public double[] state(int sample) {
    return Arrays.copyOfRange(values, sample * species, (sample + 1) * species);
  }

  public double[] times() {
    return times.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Trajectory that && species == that.species
        && Arrays.equals(times, that.times) && Arrays.equals(values, that.values);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(times) + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "Trajectory[" + times.length + " samples x " + species + " species]";
  }
}
