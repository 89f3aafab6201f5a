package org.limbic.report.diagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.limbic.math.SymbolCollector;
import org.limbic.model.Model;
import org.limbic.model.Reaction;
import org.limbic.model.Rule;
import org.limbic.model.SpeciesReference;

/**
 * A model as a graph to draw: species, rate-rule and assignment-rule variables and reactions are
 * nodes; a reaction's reactants and products are its flows (solid), and every variable an
 * expression reads (a kinetic law, a rule) is an influence (dashed). Parameters are left out: they
 * are listed beside the diagram, and drawing a hundred constants hides the structure.
 */
public record ModelGraph(List<Node> nodes, List<Edge> edges) {

  public enum Kind { SPECIES, RATE_RULE, ASSIGNMENT, REACTION }

  public record Node(String id, Kind kind) {
  }

  /** {@code flow}: matter moved by a reaction; otherwise an influence (the source is read by the target's expression). */
  public record Edge(String from, String to, boolean flow) {
  }

  public ModelGraph {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  public static ModelGraph of(Model model) {
    Map<String, Kind> kinds = new LinkedHashMap<>();
    model.species().forEach(s -> kinds.put(s.id(), Kind.SPECIES));
    for (Rule r : model.rules()) {
      if (!kinds.containsKey(r.variable())) {
        kinds.put(r.variable(), r instanceof Rule.Rate ? Kind.RATE_RULE : Kind.ASSIGNMENT);
      }
    }
    Set<String> variables = Set.copyOf(kinds.keySet());
    model.reactions().forEach(r -> kinds.put(reactionNode(r), Kind.REACTION));
    Set<Edge> edges = new LinkedHashSet<>();
    for (Reaction r : model.reactions()) {
      String node = reactionNode(r);
      Set<String> moved = new LinkedHashSet<>();
      for (SpeciesReference in : r.reactants()) {
        edges.add(new Edge(in.species(), node, true));
        moved.add(in.species());
      }
      for (SpeciesReference out : r.products()) {
        edges.add(new Edge(node, out.species(), true));
      }
      for (String s : SymbolCollector.symbols(r.kineticLaw())) {
        if (variables.contains(s) && !moved.contains(s) && !r.localParameters().containsKey(s)) {
          edges.add(new Edge(s, node, false));
        }
      }
      r.modifiers().forEach(m -> {
        if (!moved.contains(m)) {
          edges.add(new Edge(m, node, false));
        }
      });
    }
    for (Rule rule : model.rules()) {
      for (String s : SymbolCollector.symbols(rule.math())) {
        if (variables.contains(s) && !s.equals(rule.variable())) {
          edges.add(new Edge(s, rule.variable(), false));
        }
      }
    }
    List<Node> nodes = new ArrayList<>();
    kinds.forEach((id, kind) -> nodes.add(new Node(id, kind)));
    return new ModelGraph(nodes, List.copyOf(edges));
  }

  /** A reaction's node id, apart from any variable of the same name. */
  static String reactionNode(Reaction r) {
    return "reaction:" + r.id();
  }
}
