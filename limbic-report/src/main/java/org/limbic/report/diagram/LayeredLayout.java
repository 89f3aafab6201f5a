package org.limbic.report.diagram;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A layered drawing of a directed graph (after Sugiyama, Tagawa & Toda 1981, IEEE Trans SMC 11:109):
 * cycles broken by reversing the back edges of a depth-first search in declaration order, layers by
 * longest path, and the order within each layer by alternating barycenter sweeps. Written by hand
 * because the graphs are small (tens to a few hundred nodes) and a layout library (ELK, Graphviz)
 * would add a large dependency or a native program for one figure; it is deterministic: the same
 * model gives the same picture.
 *
 * @param layer each node's layer (0 = leftmost)
 * @param position each node's place within its layer (0 = top)
 */
public record LayeredLayout(Map<String, Integer> layer, Map<String, Integer> position, int layers, int height) {

  private static final int SWEEPS = 8;

  public static LayeredLayout of(ModelGraph g) {
    List<String> ids = g.nodes().stream().map(ModelGraph.Node::id).toList();
    Map<String, List<String>> out = new HashMap<>();
    ids.forEach(id -> out.put(id, new ArrayList<>()));
    for (ModelGraph.Edge e : g.edges()) {
      if (!e.from().equals(e.to()) && out.containsKey(e.from()) && out.containsKey(e.to())) {
        out.get(e.from()).add(e.to());
      }
    }
    List<String[]> acyclic = acyclicEdges(ids, out);
    Map<String, Integer> layer = longestPathLayers(ids, acyclic);
    int layers = layer.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
    List<List<String>> rows = new ArrayList<>();
    for (int l = 0; l < layers; l++) {
      rows.add(new ArrayList<>());
    }
    ids.forEach(id -> rows.get(layer.get(id)).add(id));
    Map<String, Set<String>> neighbours = new HashMap<>();
    ids.forEach(id -> neighbours.put(id, new HashSet<>()));
    for (String[] e : acyclic) {
      neighbours.get(e[0]).add(e[1]);
      neighbours.get(e[1]).add(e[0]);
    }
    Map<String, Integer> position = new HashMap<>();
    rows.forEach(row -> number(row, position));
    for (int sweep = 0; sweep < SWEEPS; sweep++) {
      boolean forward = sweep % 2 == 0;
      for (int k = 1; k < layers; k++) {
        int l = forward ? k : layers - 1 - k;
        int adjacent = forward ? l - 1 : l + 1;
        List<String> row = rows.get(l);
        Map<String, Double> bary = new HashMap<>();
        for (String id : row) {
          double[] ps = neighbours.get(id).stream().filter(n -> layer.get(n) == adjacent).mapToDouble(position::get).toArray();
          bary.put(id, ps.length == 0 ? position.get(id) : Arrays.stream(ps).average().orElseThrow());
        }
        row.sort(Comparator.comparingDouble(bary::get)); // stable: ties keep the earlier order
        number(row, position);
      }
    }
    int height = rows.stream().mapToInt(List::size).max().orElse(0);
    return new LayeredLayout(Map.copyOf(layer), Map.copyOf(position), layers, height);
  }

  private static void number(List<String> row, Map<String, Integer> position) {
    for (int i = 0; i < row.size(); i++) {
      position.put(row.get(i), i);
    }
  }

  /** Every edge, those that close a cycle in a depth-first search (in declaration order) reversed. */
  private static List<String[]> acyclicEdges(List<String> ids, Map<String, List<String>> out) {
    Map<String, Integer> state = new HashMap<>(); // 1 on the stack, 2 done
    List<String[]> edges = new ArrayList<>();
    for (String root : ids) {
      if (state.containsKey(root)) {
        continue;
      }
      // iterative DFS: deep rule chains must not overflow the stack
      List<String> stack = new ArrayList<>(List.of(root));
      List<Integer> next = new ArrayList<>(List.of(0));
      state.put(root, 1);
      while (!stack.isEmpty()) {
        String v = stack.getLast();
        int i = next.getLast();
        List<String> succ = out.get(v);
        if (i == succ.size()) {
          state.put(v, 2);
          stack.removeLast();
          next.removeLast();
          continue;
        }
        next.set(next.size() - 1, i + 1);
        String w = succ.get(i);
        Integer s = state.get(w);
        if (s == null) {
          edges.add(new String[] {v, w});
          state.put(w, 1);
          stack.add(w);
          next.add(0);
        } else if (s == 1) {
          edges.add(new String[] {w, v}); // a back edge, reversed
        } else {
          edges.add(new String[] {v, w});
        }
      }
    }
    return edges;
  }

  private static Map<String, Integer> longestPathLayers(List<String> ids, List<String[]> edges) {
    Map<String, List<String>> preds = new HashMap<>();
    Map<String, Integer> indegree = new HashMap<>();
    Map<String, List<String>> succ = new HashMap<>();
    ids.forEach(id -> {
      preds.put(id, new ArrayList<>());
      succ.put(id, new ArrayList<>());
      indegree.put(id, 0);
    });
    for (String[] e : edges) {
      succ.get(e[0]).add(e[1]);
      preds.get(e[1]).add(e[0]);
      indegree.merge(e[1], 1, Integer::sum);
    }
    Map<String, Integer> layer = new HashMap<>();
    List<String> ready = new ArrayList<>(ids.stream().filter(id -> indegree.get(id) == 0).toList());
    while (!ready.isEmpty()) {
      String v = ready.removeFirst();
      layer.put(v, preds.get(v).stream().mapToInt(p -> layer.get(p) + 1).max().orElse(0));
      for (String w : succ.get(v)) {
        if (indegree.merge(w, -1, Integer::sum) == 0) {
          ready.add(w);
        }
      }
    }
    return layer;
  }
}
