package org.limbic.model;

import java.util.List;
import java.util.Map;
import org.limbic.math.Expr;

/**
 * A reaction: its rate ({@code kineticLaw}, in substance per time) moves the amounts of its
 * reactants and products by their stoichiometry. Local parameters shadow model symbols in the law.
 * {@code reversible} is informational (the law already carries the backward rate), as in SBML.
 */
public record Reaction(String id, List<SpeciesReference> reactants, List<SpeciesReference> products,
                       List<String> modifiers, Expr kineticLaw, boolean reversible,
                       Map<String, Double> localParameters) {

  public Reaction {
    Ids.requireValid(id);
    reactants = List.copyOf(reactants);
    products = List.copyOf(products);
    modifiers = List.copyOf(modifiers);
    localParameters = Map.copyOf(localParameters);
  }
}
