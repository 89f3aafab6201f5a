package org.limbic.stochastic;

import java.util.random.RandomGenerator;

/**
 * The next reaction method of Gibson &amp; Bruck 2000 (J Phys Chem A 104:1876): every reaction keeps
 * an absolute putative firing time in an {@link IndexedPriorityQueue}; after an event only the
 * reactions in the dependency graph are touched, and their times are rescaled,
 * tau_d = (a_old / a_new)(tau_d - t) + t, reusing their random numbers (their eq. for step 5c). Only
 * the fired reaction draws a new exponential. A reaction whose propensity drops to zero keeps its
 * unused unit-rate residual a_old (tau_d - t) and resumes from it when it becomes possible again
 * (their sec. 3.3), so no random number is wasted. Cost per event: O(|dependents| log M).
 */
public final class NextReactionMethod implements StochasticMethod {

  public static final String NAME = "nrm";

  private NetworkStructure structure;
  private RandomGenerator random;
  private IndexedPriorityQueue queue;
  private double[] x;
  private double[] a;
  /** The unit-rate exponential still owed to a reaction whose propensity is zero. */
  private double[] residual;
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
      residual = new double[structure.reactions];
    }
    x = structure.checkedState(x0);
    this.random = random;
    t = t0;
    network.propensities(t, x, a);
    double[] times = new double[structure.reactions];
    for (int r = 0; r < times.length; r++) {
      double unit = random.nextExponential();
      residual[r] = unit;
      times[r] = a[r] > 0 ? t + unit / a[r] : Double.POSITIVE_INFINITY;
    }
    queue = new IndexedPriorityQueue(times);
  }

  /** One event or the move to tStop; allocates nothing. */
  @Override
  public double step(double tStop) {
    steps++;
    double next = queue.minKey();
    if (next > tStop) {
      t = Math.max(t, tStop);
      return t;
    }
    int fired = queue.minIndex();
    t = next;
    structure.fire(fired, 1, x);
    firings++;
    ReactionNetwork network = structure.network;
    for (int d : structure.dependents[fired]) {
      double old = a[d];
      double now = network.propensity(d, t, x);
      a[d] = now;
      double time;
      if (d == fired) {
        double unit = random.nextExponential();
        residual[d] = unit;
        time = now > 0 ? t + unit / now : Double.POSITIVE_INFINITY;
      } else if (old > 0) {
        double remaining = queue.key(d) - t;
        if (now > 0) {
          time = t + (old / now) * remaining;
        } else {
          residual[d] = old * remaining;
          time = Double.POSITIVE_INFINITY;
        }
      } else {
        time = now > 0 ? t + residual[d] / now : Double.POSITIVE_INFINITY;
      }
      queue.update(d, time);
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
