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

  /**
   * How many molecules of each species in {@link #propensityDependsOn(int)} reaction {@code r}
   * consumes as a reactant (its order in that species), aligned with that array. Tau-leaping reads
   * it for the g_i factors of its step selection (Cao, Gillespie &amp; Petzold 2006, J Chem Phys
   * 124:044109, eq. 27). The default guesses from the net change: a species the reaction uses up
   * counts that many times, one it only reads (a catalyst, a modifier) counts once. Autocatalytic
   * reactions (2A -> 3A) are under-counted by the guess; networks that know better override it.
   */
  default int[] reactantOrders(int r) {
    int[] reads = propensityDependsOn(r);
    int[] changed = changedSpecies(r);
    double[] change = changes(r);
    int[] orders = new int[reads.length];
    for (int k = 0; k < reads.length; k++) {
      int at = java.util.Arrays.binarySearch(changed, reads[k]);
      orders[k] = at >= 0 && change[at] < 0 ? Math.max(1, (int) Math.round(-change[at])) : 1;
    }
    return orders;
  }

  default String speciesName(int i) {
    return "x[" + i + "]";
  }
}
