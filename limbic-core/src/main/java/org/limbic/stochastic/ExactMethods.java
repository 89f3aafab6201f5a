package org.limbic.stochastic;

/** What the exact methods share: the reaction choice of the direct method and their precondition. */
final class ExactMethods {

  private ExactMethods() {
  }

  /**
   * The first reaction whose cumulative propensity exceeds {@code target} (in [0, a0)); if round-off
   * leaves none, the last reaction with a positive propensity. Allocates nothing.
   */
  static int select(double[] a, double target) {
    double cumulative = 0;
    int last = -1;
    for (int r = 0; r < a.length; r++) {
      if (a[r] > 0) {
        cumulative += a[r];
        last = r;
        if (target < cumulative) {
          return r;
        }
      }
    }
    return last;
  }

  static void requireTimeIndependent(ReactionNetwork network, String method) {
    if (network.timeDependent()) {
      throw new IllegalArgumentException("method '" + method + "' assumes propensities constant between"
          + " events, but this network's propensities read time; use 'tau-leap' (propensities frozen"
          + " over each leap) or make the time dependence a species");
    }
  }
}
