package org.limbic.stochastic;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * One stochastic run of a network, sampled at given times. The random stream is L64X128MixRandom
 * (Steele &amp; Vigna 2021, "LXM: better splittable pseudorandom number generators", OOPSLA) seeded
 * explicitly: the same seed and method reproduce the run exactly.
 */
public final class StochasticSimulation {

  private static final RandomGeneratorFactory<RandomGenerator> GENERATORS =
      RandomGeneratorFactory.of("L64X128MixRandom");

  private StochasticSimulation() {
  }

  /** The random stream for {@code seed}. */
  public static RandomGenerator random(long seed) {
    return GENERATORS.create(seed);
  }

  public static Trajectory run(ReactionNetwork network, double[] x0, double t0, double[] sampleTimes,
                               long seed, StochasticMethod method) {
    checkSampleTimes(t0, sampleTimes);
    int n = network.speciesCount();
    double[] values = new double[sampleTimes.length * n];
    sample(network, x0, t0, sampleTimes, random(seed), method, values);
    return new Trajectory(sampleTimes.clone(), n, values);
  }

  public static Trajectory run(ReactionNetwork network, double[] x0, double t0, double[] sampleTimes,
                               long seed, String method) {
    return run(network, x0, t0, sampleTimes, seed, StochasticMethods.create(method));
  }

  /**
   * Runs {@code method} from (t0, x0) and writes the state at each sample time into {@code out}
   * (row-major, sample by species). Sample times must have been checked. Allocates nothing beyond
   * the method's reset.
   */
  static void sample(ReactionNetwork network, double[] x0, double t0, double[] sampleTimes,
                     RandomGenerator random, StochasticMethod method, double[] out) {
    method.reset(network, t0, x0, random);
    int n = network.speciesCount();
    StepBudget budget = StepBudget.forRun(sampleTimes.length == 0 ? t0 : sampleTimes[sampleTimes.length - 1]);
    for (int k = 0; k < sampleTimes.length; k++) {
      budget.advance(method, sampleTimes[k]);
      System.arraycopy(method.state(), 0, out, k * n, n);
    }
  }

  static void checkSampleTimes(double t0, double[] sampleTimes) {
    double previous = t0;
    for (int k = 0; k < sampleTimes.length; k++) {
      double ts = sampleTimes[k];
      if (!(ts >= previous) || Double.isInfinite(ts)) {
        throw new IllegalArgumentException("sample time " + k + " is " + ts + "; sample times must be finite,"
            + " non-decreasing and not before t0 = " + t0 + (k > 0 ? " (previous: " + previous + ")" : ""));
      }
      previous = ts;
    }
  }
}
