package org.limbic.compile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.limbic.model.ModelException;

/**
 * Orders definitions so that each comes after those it reads: Kahn's algorithm, linear in nodes and
 * edges, stable (among ready definitions, declaration order wins).
 */
final class TopologicalOrder {

  private TopologicalOrder() {
  }

  /**
   * @param dependencies for each node, in declaration order, the nodes it reads (others are ignored)
   * @param what what the nodes are, for the error message
   */
  static List<String> of(Map<String, Set<String>> dependencies, String what) {
    Map<String, Integer> position = new HashMap<>();
    List<String> nodes = new ArrayList<>(dependencies.keySet());
    for (int i = 0; i < nodes.size(); i++) {
      position.put(nodes.get(i), i);
    }
    int[] waitingFor = new int[nodes.size()];
    List<List<Integer>> readers = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      readers.add(new ArrayList<>());
    }
    for (int i = 0; i < nodes.size(); i++) {
      for (String d : dependencies.get(nodes.get(i))) {
        Integer j = position.get(d);
        if (j != null && j != i) {
          waitingFor[i]++;
          readers.get(j).add(i);
        }
      }
    }
    // A priority by position keeps the order stable: ready nodes come out in declaration order.
    java.util.PriorityQueue<Integer> ready = new java.util.PriorityQueue<>();
    for (int i = 0; i < nodes.size(); i++) {
      if (waitingFor[i] == 0) {
        ready.add(i);
      }
    }
    List<String> order = new ArrayList<>(nodes.size());
    while (!ready.isEmpty()) {
      int i = ready.poll();
      order.add(nodes.get(i));
      for (int reader : readers.get(i)) {
        if (--waitingFor[reader] == 0) {
          ready.add(reader);
        }
      }
    }
    if (order.size() < nodes.size()) {
      Deque<String> stuck = new ArrayDeque<>();
      for (int i = 0; i < nodes.size(); i++) {
        if (waitingFor[i] > 0) {
          stuck.add(nodes.get(i));
        }
      }
      throw new ModelException(stuck.getFirst(), what + " depend on each other in a cycle among " + stuck
          + "; break the cycle");
    }
    return order;
  }
}
