package org.limbic.stochastic;

import java.util.Arrays;

/**
 * The structural tables of a reaction network that the stochastic methods read on every event:
 * stoichiometry, and the dependency graph of Gibson &amp; Bruck 2000 (J Phys Chem A 104:1876, sec. 3):
 * reaction {@code r} affects reaction {@code d} when {@code r} changes a species that the propensity
 * of {@code d} reads; every reaction affects itself. Built once per network, so that the hot loops
 * never call {@link ReactionNetwork#changedSpecies(int)} (which may allocate) per event.
 */
final class NetworkStructure {

  final ReactionNetwork network;
  final int species;
  final int reactions;
  /** changed[r]: species reaction r changes (sorted); change[r]: the net changes, aligned. */
  final int[][] changed;
  final double[][] change;
  /** dependents[r]: reactions whose propensity must be recomputed after r fires (sorted, includes r). */
  final int[][] dependents;
  /** reads[r] and readOrders[r]: species the propensity of r reads, and how many of each it consumes. */
  final int[][] reads;
  final int[][] readOrders;

  NetworkStructure(ReactionNetwork network) {
    this.network = network;
    this.species = network.speciesCount();
    this.reactions = network.reactionCount();
    changed = new int[reactions][];
    change = new double[reactions][];
    reads = new int[reactions][];
    readOrders = new int[reactions][];
    for (int r = 0; r < reactions; r++) {
      changed[r] = network.changedSpecies(r).clone();
      change[r] = network.changes(r).clone();
      reads[r] = network.propensityDependsOn(r).clone();
      readOrders[r] = network.reactantOrders(r).clone();
      if (changed[r].length != change[r].length) {
        throw new IllegalArgumentException("reaction " + r + ": changedSpecies has " + changed[r].length
            + " entries but changes has " + change[r].length + "; they must be aligned");
      }
      if (reads[r].length != readOrders[r].length) {
        throw new IllegalArgumentException("reaction " + r + ": propensityDependsOn has " + reads[r].length
            + " entries but reactantOrders has " + readOrders[r].length + "; they must be aligned");
      }
      checkSpecies(r, changed[r]);
      checkSpecies(r, reads[r]);
    }
    dependents = dependencyGraph();
  }

  /** Applies {@code times} firings of reaction {@code r} to {@code x}; allocates nothing. */
  void fire(int r, double times, double[] x) {
    int[] s = changed[r];
    double[] v = change[r];
    for (int k = 0; k < s.length; k++) {
      x[s[k]] += times * v[k];
    }
  }

  private int[][] dependencyGraph() {
    int[][] readers = readersBySpecies();
    int[][] graph = new int[reactions][];
    boolean[] mark = new boolean[reactions];
    int[] buffer = new int[reactions];
    for (int r = 0; r < reactions; r++) {
      int n = 0;
      mark[r] = true;
      buffer[n++] = r;
      for (int s : changed[r]) {
        for (int d : readers[s]) {
          if (!mark[d]) {
            mark[d] = true;
            buffer[n++] = d;
          }
        }
      }
      int[] row = Arrays.copyOf(buffer, n);
      for (int d : row) {
        mark[d] = false;
      }
      Arrays.sort(row);
      graph[r] = row;
    }
    return graph;
  }

  private int[][] readersBySpecies() {
    int[] counts = new int[species];
    for (int[] row : reads) {
      for (int s : row) {
        counts[s]++;
      }
    }
    int[][] readers = new int[species][];
    for (int s = 0; s < species; s++) {
      readers[s] = new int[counts[s]];
      counts[s] = 0;
    }
    for (int r = 0; r < reactions; r++) {
      for (int s : reads[r]) {
        readers[s][counts[s]++] = r;
      }
    }
    return readers;
  }

  private void checkSpecies(int r, int[] indices) {
    for (int s : indices) {
      if (s < 0 || s >= species) {
        throw new IllegalArgumentException("reaction " + r + " refers to species " + s
            + " but the network has " + species + " species");
      }
    }
  }

  /** Checks an initial state: one finite, whole, non-negative count per species. */
  double[] checkedState(double[] x0) {
    if (x0.length != species) {
      throw new IllegalArgumentException("initial state has " + x0.length + " entries but the network has "
          + species + " species");
    }
    for (int i = 0; i < species; i++) {
      double v = x0[i];
      if (!(v >= 0) || v != Math.rint(v) || Double.isInfinite(v)) {
        throw new IllegalArgumentException("initial count of " + network.speciesName(i) + " is " + v
            + "; stochastic methods need whole, non-negative molecule counts");
      }
    }
    return x0.clone();
  }
}
