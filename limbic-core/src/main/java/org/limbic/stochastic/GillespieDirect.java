package org.limbic.stochastic;

import java.util.random.RandomGenerator;

/**
 * Gillespie's direct method (Gillespie 1977, J Phys Chem 81:2340, "direct method" of sec. III): the
 * waiting time is exponential with rate a0 = sum of propensities, the reaction is chosen with
 * probability a_r / a0 by a linear search. After an event only the propensities in the dependency
 * graph of the fired reaction are recomputed; a0 is re-summed each step (O(M), no round-off drift).
 * If the next event falls after {@code tStop} it is discarded, which is exact because the waiting
 * time is memoryless.
 */
public final class GillespieDirect implements StochasticMethod {

  public static final String NAME = "direct";

  private NetworkStructure structure;
  private RandomGenerator random;
  private double[] x;
  private double[] a;
  private double t;
  private long steps;
  private long firings;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void reset(ReactionNetwork network, double t0, double[] x0, RandomGenerator random) {
    ExactMethods.requireTimeIndependent(network, NAME);
    if (structure == null || structure.network != network) {
      structure = new NetworkStructure(network);
      a = new double[structure.reactions];
    }
    x = structure.checkedState(x0);
    this.random = random;
    t = t0;
    network.propensities(t, x, a);
  }

  /** One event or the move to tStop; allocates nothing. */
  @Override
  public double step(double tStop) {
    steps++;
    double a0 = 0;
    for (double ar : a) {
      a0 += ar;
    }
    if (!(a0 > 0)) {
      t = Math.max(t, tStop);
      return t;
    }
    double next = t + random.nextExponential() / a0;
    if (next > tStop) {
      t = tStop;
      return t;
    }
    t = next;
    int r = ExactMethods.select(a, random.nextDouble() * a0);
    structure.fire(r, 1, x);
    firings++;
    ReactionNetwork network = structure.network;
    for (int d : structure.dependents[r]) {
      a[d] = network.propensity(d, t, x);
    }
    return t;
  }

  @Override
  public double time() {
    return t;
  }

  @Override
  public double[] state() {
    return x;
  }

  @Override
  public StochasticStatistics statistics() {
    return new StochasticStatistics(steps, firings, 0, 0);
  }
}
