package org.limbic.compile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.limbic.model.ModelException;

/** Orders definitions so that each comes after those it reads (Kahn's algorithm, stable). */
final class TopologicalOrder {

  private TopologicalOrder() {
  }

  /**
   * @param dependencies for each node, the nodes it reads (others are ignored)
   * @param what what the nodes are, for the error message
   */
  static List<String> of(Map<String, Set<String>> dependencies, String what) {
    List<String> order = new ArrayList<>();
    Set<String> done = new LinkedHashSet<>();
    boolean progress = true;
    while (order.size() < dependencies.size() && progress) {
      progress = false;
      for (Map.Entry<String, Set<String>> e : dependencies.entrySet()) {
        if (done.contains(e.getKey())) {
          continue;
        }
        boolean ready = true;
        for (String d : e.getValue()) {
          if (dependencies.containsKey(d) && !done.contains(d)) {
            ready = false;
            break;
          }
        }
        if (ready) {
          done.add(e.getKey());
          order.add(e.getKey());
          progress = true;
        }
      }
    }
    if (order.size() < dependencies.size()) {
      List<String> stuck = dependencies.keySet().stream().filter(k -> !done.contains(k)).toList();
      throw new ModelException(stuck.getFirst(), what + " depend on each other in a cycle among " + stuck
          + "; break the cycle");
    }
    return order;
  }
}
