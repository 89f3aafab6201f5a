package org.limbic.sbml;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.limbic.math.Expr;
import org.limbic.math.Fn;
import org.limbic.model.Compartment;
import org.limbic.model.FunctionDefinition;
import org.limbic.model.Reaction;
import org.limbic.model.Rule;
import org.limbic.model.Species;
import org.limbic.model.SpeciesReference;

/**
 * Replaces SBML L3V2's rateOf csymbol by the rate it denotes (L3V2 section 3.4.6): the math of a
 * rate rule; for a species that reactions change, the sum of stoichiometry times reaction rate
 * (divided by the compartment size, with the dilution term when the size itself changes, when the
 * species is read as a concentration); zero for anything constant. The rate of a symbol set by an
 * assignment rule is refused, as is rateOf inside a function definition.
 */
final class RateOfResolver {

  private final SbmlParts parts;
  private final Set<String> inProgress = new HashSet<>();
  private Set<String> locals = Set.of();

  private RateOfResolver(SbmlParts parts) {
    this.parts = parts;
  }

  static void resolve(SbmlParts parts) {
    for (FunctionDefinition f : parts.functions) {
      if (containsRateOf(f.body())) {
        throw new UnsupportedSbmlException(f.id(), "rateOf inside a function definition is not supported");
      }
    }
    RateOfResolver resolver = new RateOfResolver(parts);
    // A local parameter is constant: its rate is 0, whatever global it shadows.
    parts.reactions.replaceAll(r -> {
      resolver.locals = r.localParameters().keySet();
      Expr law = resolver.replace(r.kineticLaw());
      resolver.locals = Set.of();
      return new Reaction(r.id(), r.reactants(), r.products(), r.modifiers(), law, r.reversible(), r.localParameters());
    });
    parts.rewrite(resolver::replace);
  }

  static List<Expr> resolve(SbmlParts parts, List<Expr> exprs) {
    RateOfResolver resolver = new RateOfResolver(parts);
    return exprs.stream().map(resolver::replace).toList();
  }

  private static boolean containsRateOf(Expr e) {
    return switch (e) {
      case Expr.Call c -> c.function().equals(MathTranslator.RATE_OF) || c.args().stream().anyMatch(RateOfResolver::containsRateOf);
      case Expr.Apply a -> a.args().stream().anyMatch(RateOfResolver::containsRateOf);
      case Expr.Piecewise p -> p.values().stream().anyMatch(RateOfResolver::containsRateOf)
          || p.conditions().stream().anyMatch(RateOfResolver::containsRateOf) || containsRateOf(p.otherwise());
      default -> false;
    };
  }

  private Expr replace(Expr e) {
    return switch (e) {
      case Expr.Call c when c.function().equals(MathTranslator.RATE_OF) -> locals.contains(((Expr.Sym) c.args().getFirst()).name())
          ? Expr.Num.ZERO : rateOf(((Expr.Sym) c.args().getFirst()).name());
      case Expr.Call c -> new Expr.Call(c.function(), c.args().stream().map(this::replace).toList());
      case Expr.Apply a -> new Expr.Apply(a.fn(), a.args().stream().map(this::replace).toList());
      case Expr.Piecewise p -> new Expr.Piecewise(p.values().stream().map(this::replace).toList(),
          p.conditions().stream().map(this::replace).toList(), replace(p.otherwise()));
      default -> e;
    };
  }

  private Expr rateOf(String symbol) {
    if (!inProgress.add(symbol)) {
      throw new UnsupportedSbmlException(symbol, "rateOf refers to itself through rate rules");
    }
    try {
      Optional<Rule> rule = parts.rules.stream().filter(r -> r.variable().equals(symbol)).findFirst();
      if (rule.isPresent()) {
        if (rule.get() instanceof Rule.Rate rr) {
          return replace(rr.math());
        }
        throw new UnsupportedSbmlException(symbol, "rateOf a symbol set by an assignment rule is not supported");
      }
      Optional<Species> species = parts.species.stream().filter(s -> s.id().equals(symbol)).findFirst();
      if (species.isPresent() && !species.get().boundaryCondition() && !species.get().constant()) {
        return speciesRate(species.get());
      }
      return Expr.Num.ZERO;
    } finally {
      inProgress.remove(symbol);
    }
  }

  /** dn/dt from the reactions, as a concentration rate d[S]/dt = (dn/dt - [S] dV/dt) / V unless amounts are read. */
  private Expr speciesRate(Species s) {
    List<Expr> terms = new ArrayList<>();
    for (Reaction r : parts.reactions) {
      for (SpeciesReference ref : r.reactants()) {
        if (ref.species().equals(s.id())) {
          terms.add(Expr.apply(Fn.TIMES, coefficient(ref, -1), new Expr.Sym(r.id())));
        }
      }
      for (SpeciesReference ref : r.products()) {
        if (ref.species().equals(s.id())) {
          terms.add(Expr.apply(Fn.TIMES, coefficient(ref, 1), new Expr.Sym(r.id())));
        }
      }
    }
    Expr amountRate = terms.isEmpty() ? Expr.Num.ZERO : terms.size() == 1 ? terms.getFirst() : new Expr.Apply(Fn.PLUS, terms);
    if (s.hasOnlySubstanceUnits()) {
      return amountRate;
    }
    Expr size = new Expr.Sym(s.compartment());
    boolean constantSize = parts.compartments.stream().filter(c -> c.id().equals(s.compartment())).allMatch(Compartment::constant);
    if (constantSize) {
      return Expr.apply(Fn.DIVIDE, amountRate, size);
    }
    Expr dilution = Expr.apply(Fn.TIMES, new Expr.Sym(s.id()), rateOf(s.compartment()));
    return Expr.apply(Fn.DIVIDE, Expr.apply(Fn.MINUS, amountRate, dilution), size);
  }

  private static Expr coefficient(SpeciesReference ref, int sign) {
    Expr c = new Expr.Num(sign * ref.stoichiometry());
    return ref.stoichiometrySymbol().<Expr>map(id -> Expr.apply(Fn.TIMES, c, new Expr.Sym(id))).orElse(c);
  }
}
