package org.limbic.model;

import java.util.ArrayList;
import java.util.List;

/** Reads reaction equations such as {@code "2 A + B -> C"} or {@code "A <-> "}. */
record ReactionEquation(List<SpeciesReference> reactants, List<SpeciesReference> products, boolean reversible) {

  static ReactionEquation parse(String reactionId, String equation) {
    String arrow = equation.contains("<->") ? "<->" : "->";
    int at = equation.indexOf(arrow);
    if (at < 0) {
      throw new ModelException(reactionId, "equation \"" + equation + "\" has no '->' or '<->' (write e.g. \"2 A + B -> C\")");
    }
    return new ReactionEquation(side(reactionId, equation.substring(0, at)),
        side(reactionId, equation.substring(at + arrow.length())), arrow.equals("<->"));
  }

  private static List<SpeciesReference> side(String reactionId, String text) {
    List<SpeciesReference> refs = new ArrayList<>();
    if (text.isBlank()) {
      return refs;
    }
    for (String term : text.split("\\+")) {
      String[] parts = term.trim().split("\\s+");
      try {
        if (parts.length == 1 && !parts[0].isEmpty()) {
          refs.add(new SpeciesReference(parts[0], 1.0));
        } else if (parts.length == 2) {
          refs.add(new SpeciesReference(parts[1], Double.parseDouble(parts[0])));
        } else {
          throw new NumberFormatException();
        }
      } catch (NumberFormatException e) {
        throw new ModelException(reactionId, "cannot read \"" + term.trim() + "\" in its equation: write a species id, "
            + "optionally after a stoichiometric coefficient (\"2 A\")");
      }
    }
    return refs;
  }
}
