package org.limbic.sbml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.limbic.math.Derivative;
import org.limbic.math.Expr;
import org.limbic.math.Fn;
import org.limbic.math.FunctionInliner;
import org.limbic.math.Lambda;
import org.limbic.math.Simplifier;
import org.limbic.math.Substitution;
import org.limbic.math.SymbolCollector;
import org.limbic.model.Compartment;
import org.limbic.model.Parameter;
import org.limbic.model.Reaction;
import org.limbic.model.Rule;
import org.limbic.model.Species;
import org.limbic.model.SpeciesReference;

/**
 * Turns SBML algebraic rules {@code 0 = f(x, ...)} into assignment rules when each can be solved
 * explicitly, one after another: a rule whose only undetermined variable v enters linearly
 * ({@code f = a v + b} with a free of v) gives {@code v = -f(v := 0) / a}. Undetermined means not
 * constant, not set by another rule and not changed by reactions (SBML L3V2 section 4.9.5 lists
 * exactly these as what algebraic rules may determine). Anything else (a system that must be solved
 * simultaneously, a nonlinear rule) is refused: Limbic has no DAE solver.
 */
final class AlgebraicRuleSolver {

  private AlgebraicRuleSolver() {
  }

  static void solve(SbmlParts parts, List<Expr> rules) {
    Map<String, Lambda> functions = new HashMap<>();
    parts.functions.forEach(f -> functions.put(f.id(), new Lambda(f.parameters(), f.body())));
    FunctionInliner inliner = new FunctionInliner(functions);
    Set<String> candidates = candidates(parts);
    List<Expr> open = new ArrayList<>();
    rules.forEach(r -> open.add(inliner.inline(r)));
    boolean progress = true;
    while (!open.isEmpty() && progress) {
      progress = false;
      for (int i = 0; i < open.size(); i++) {
        Expr f = open.get(i);
        Set<String> unknowns = new LinkedHashSet<>(SymbolCollector.symbols(f));
        unknowns.retainAll(candidates);
        if (unknowns.size() != 1) {
          continue;
        }
        String v = unknowns.iterator().next();
        Expr slope = Simplifier.simplify(Derivative.of(f, v));
        if (SymbolCollector.references(slope, v) || slope instanceof Expr.Num n && n.value() == 0.0) {
          continue;
        }
        Expr offset = Substitution.apply(f, Map.of(v, Expr.Num.ZERO));
        Expr value = Simplifier.simplify(Expr.apply(Fn.DIVIDE, Expr.apply(Fn.NEG, offset), slope));
        parts.rules.add(new Rule.Assignment(v, value));
        parts.initialAssignments.removeIf(ia -> ia.symbol().equals(v));
        candidates.remove(v);
        open.remove(i);
        progress = true;
        break;
      }
    }
    if (!open.isEmpty()) {
      throw new UnsupportedSbmlException("algebraicRule", "0 = " + Expr.toInfix(open.getFirst())
          + " cannot be solved explicitly for a single undetermined variable (no DAE solver)");
    }
  }

  private static Set<String> candidates(SbmlParts parts) {
    Set<String> determined = new LinkedHashSet<>();
    parts.rules.forEach(r -> determined.add(r.variable()));
    for (Reaction r : parts.reactions) {
      for (List<SpeciesReference> side : List.of(r.reactants(), r.products())) {
        side.forEach(ref -> determined.add(ref.species()));
      }
    }
    Set<String> candidates = new LinkedHashSet<>();
    parts.compartments.stream().filter(c -> !c.constant()).map(Compartment::id).forEach(candidates::add);
    parts.parameters.stream().filter(p -> !p.constant()).map(Parameter::id).forEach(candidates::add);
    for (Species s : parts.species) {
      if (!s.constant() && (s.boundaryCondition() || !determined.contains(s.id()))) {
        candidates.add(s.id());
      }
    }
    parts.rules.forEach(r -> candidates.remove(r.variable()));
    return candidates;
  }
}
