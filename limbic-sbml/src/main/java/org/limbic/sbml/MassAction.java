package org.limbic.sbml;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.limbic.math.Expr;
import org.limbic.math.Fn;
import org.limbic.model.Model;
import org.limbic.model.Reaction;
import org.limbic.model.SpeciesReference;

/**
 * Recognises an irreversible mass-action rate law, to mark it with SBO:0000012: a product of one
 * rate constant (a constant parameter or a local parameter), optionally compartment sizes, and each
 * reactant raised to its stoichiometry (as a power or as repeated factors), nothing else. Deliberately
 * narrow: a law that is mass action in another shape is simply not marked.
 */
final class MassAction {

  private MassAction() {
  }

  static boolean isMassAction(Model model, Reaction r) {
    Map<String, Double> expected = new HashMap<>();
    for (SpeciesReference ref : r.reactants()) {
      if (ref.stoichiometrySymbol().isPresent()) {
        return false;
      }
      expected.merge(ref.species(), ref.stoichiometry(), Double::sum);
    }
    Map<String, Double> found = new HashMap<>();
    int rateConstants = 0;
    for (Expr factor : factors(r.kineticLaw())) {
      String name;
      double power;
      if (factor instanceof Expr.Sym s) {
        name = s.name();
        power = 1;
      } else if (factor instanceof Expr.Apply a && a.fn() == Fn.POWER && a.arg(0) instanceof Expr.Sym s
          && a.arg(1) instanceof Expr.Num n) {
        name = s.name();
        power = n.value();
      } else {
        return false;
      }
      if (r.localParameters().containsKey(name) || model.parameterById(name).filter(p -> p.constant()).isPresent()) {
        rateConstants += power == 1 ? 1 : 2;
      } else if (model.speciesById(name).isPresent()) {
        found.merge(name, power, Double::sum);
      } else if (model.compartmentById(name).isEmpty()) {
        return false;
      }
    }
    return rateConstants == 1 && found.equals(expected);
  }

  private static List<Expr> factors(Expr law) {
    return law instanceof Expr.Apply a && a.fn() == Fn.TIMES ? a.args() : List.of(law);
  }
}
