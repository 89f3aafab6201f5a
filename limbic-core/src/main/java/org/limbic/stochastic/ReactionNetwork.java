package org.limbic.stochastic;

/**
 * What a stochastic simulator needs of a model: species counts, reaction propensities and their
 * stoichiometry. Compiled models implement it; so do the hand-written networks of the tests.
 * Propensities are in events per unit time for the current molecule counts; they must not allocate.
 */
public interface ReactionNetwork {

  int speciesCount();

  int reactionCount();

  /** Propensity a_r(t, x) of reaction {@code r} for molecule counts {@code x}. */
  double propensity(int r, double t, double[] x);

  /** All propensities at once (may be faster than one by one). */
  default void propensities(double t, double[] x, double[] a) {
    for (int r = 0; r < a.length; r++) {
      a[r] = propensity(r, t, x);
    }
  }

  /** The species whose counts reaction {@code r} changes (sorted, distinct). */
  int[] changedSpecies(int r);

  /** The changes, aligned with {@link #changedSpecies(int)} (net stoichiometry, nonzero). */
  double[] changes(int r);

  /** The species that the propensity of reaction {@code r} reads (for dependency graphs). */
  int[] propensityDependsOn(int r);

  /** True if some propensity reads time (then exact methods must treat it as time-dependent). */
  default boolean timeDependent() {
    return false;
  }

  default String speciesName(int i) {
    return "x[" + i + "]";
  }
}
