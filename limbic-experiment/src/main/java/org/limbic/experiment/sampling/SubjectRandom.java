package org.limbic.experiment.sampling;

import java.util.random.RandomGenerator;
import org.limbic.stochastic.ReplicateSeeds;
import org.limbic.stochastic.StochasticSimulation;

/**
 * Each subject's own random stream: L64X128MixRandom seeded by SplitMix64 mixing of (experiment
 * seed, stream, subject) ({@link ReplicateSeeds}), so a subject's numbers depend on nothing else.
 * The stream separates uses of one seed (sampling parameters, simulating replicates) so that they
 * are not correlated.
 */
public final class SubjectRandom {

  /** Stream for drawing subjects' parameters. */
  public static final long SAMPLING = 0x5A4D504C494E4731L;
  /** Stream for stochastic simulation of replicates. */
  public static final long SIMULATION = 0x53494D554C415431L;

  private SubjectRandom() {
  }

  /** The seed of item {@code index} in stream {@code stream} of an experiment seeded with {@code seed}. */
  public static long seed(long seed, long stream, long index) {
    return ReplicateSeeds.seed(ReplicateSeeds.seed(seed, stream), index);
  }

  public static RandomGenerator generator(long seed, long stream, long index) {
    return StochasticSimulation.random(seed(seed, stream, index));
  }
}
