package org.limbic.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Orders definitions so that each comes after those it reads: Kahn's algorithm, linear in nodes and
 * edges, stable (among ready definitions, declaration order wins). A definition that reads itself,
 * directly or through others, has no place in the order: that is a cycle. Validation asks only
 * whether there is one ({@link #cycle}); the compiler evaluates in the order ({@link #of}).
 */
public final class DependencyOrder {

  private DependencyOrder() {
  }

  /**
   * @param dependencies for each node, in declaration order, the nodes it reads (others are ignored)
   * @param what what the nodes are, for the error message
   * @throws ModelException naming the first node of a cycle and the cycle, when there is one
   */
  public static List<String> of(Map<String, Set<String>> dependencies, String what) {
    Kahn k = new Kahn(dependencies);
    if (k.order.size() < k.nodes.size()) {
      List<String> cycle = k.cycle();
      throw new ModelException(cycle.getFirst(), what + " depend on each other in a cycle " + String.join(" -> ", cycle)
          + "; break the cycle");
    }
    return k.order;
  }

  /** A cycle among the nodes as a path whose first node is repeated at the end, or empty when they can be ordered. */
  public static Optional<List<String>> cycle(Map<String, Set<String>> dependencies) {
    Kahn k = new Kahn(dependencies);
    return k.order.size() < k.nodes.size() ? Optional.of(k.cycle()) : Optional.empty();
  }

  private static final class Kahn {
    final List<String> nodes;
    final Map<String, Integer> position = new HashMap<>();
    final List<List<Integer>> reads = new ArrayList<>();
    final int[] waitingFor;
    final List<String> order;

    Kahn(Map<String, Set<String>> dependencies) {
      nodes = new ArrayList<>(dependencies.keySet());
      for (int i = 0; i < nodes.size(); i++) {
        position.put(nodes.get(i), i);
      }
      waitingFor = new int[nodes.size()];
      List<List<Integer>> readers = new ArrayList<>();
      for (int i = 0; i < nodes.size(); i++) {
        readers.add(new ArrayList<>());
        reads.add(new ArrayList<>());
      }
      for (int i = 0; i < nodes.size(); i++) {
        for (String d : dependencies.get(nodes.get(i))) {
          Integer j = position.get(d);
          if (j != null) {
            waitingFor[i]++;
            readers.get(j).add(i);
            reads.get(i).add(j);
          }
        }
      }
      // A priority by position keeps the order stable: ready nodes come out in declaration order.
      PriorityQueue<Integer> ready = new PriorityQueue<>();
      for (int i = 0; i < nodes.size(); i++) {
        if (waitingFor[i] == 0) {
          ready.add(i);
        }
      }
      order = new ArrayList<>(nodes.size());
      while (!ready.isEmpty()) {
        int i = ready.poll();
        order.add(nodes.get(i));
        for (int reader : readers.get(i)) {
          if (--waitingFor[reader] == 0) {
            ready.add(reader);
          }
        }
      }
    }

    /**
     * Every node left waiting reads another node left waiting (those it read in order were counted
     * off), so following such reads from the first one must come back to a node already passed.
     */
    List<String> cycle() {
      int start = 0;
      while (waitingFor[start] == 0) {
        start++;
      }
      List<Integer> path = new ArrayList<>();
      int[] onPath = new int[nodes.size()];
      java.util.Arrays.fill(onPath, -1);
      int node = start;
      while (onPath[node] < 0) {
        onPath[node] = path.size();
        path.add(node);
        node = reads.get(node).stream().filter(j -> waitingFor[j] > 0).findFirst().orElseThrow();
      }
      List<String> cycle = new ArrayList<>();
      for (int i = onPath[node]; i < path.size(); i++) {
        cycle.add(nodes.get(path.get(i)));
      }
      cycle.add(nodes.get(node));
      return cycle;
    }
  }
}
