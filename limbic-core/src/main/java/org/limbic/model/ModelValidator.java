package org.limbic.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.limbic.math.Expr;
import org.limbic.math.SymbolCollector;

/**
 * The build-time checks of a {@link Model}: every id unique and valid, every symbol and function
 * known, no rule on a constant, at most one rule per variable, no cyclic assignment rules, no
 * negative sizes or amounts. Each failure is a {@link ModelException} naming the element and the fix.
 */
final class ModelValidator {

  private final Model model;
  private final Set<String> valueSymbols = new HashSet<>();
  private final Map<String, FunctionDefinition> functions = new HashMap<>();

  ModelValidator(Model model) {
    this.model = model;
  }

  void validate() {
    checkUniqueIds();
    model.compartments().forEach(c -> valueSymbols.add(c.id()));
    model.species().forEach(s -> valueSymbols.add(s.id()));
    model.parameters().forEach(p -> valueSymbols.add(p.id()));
    model.reactions().forEach(r -> valueSymbols.add(r.id()));
    model.functions().forEach(f -> functions.put(f.id(), f));
    checkCompartmentsAndSpecies();
    checkFunctions();
    checkReactions();
    checkRules();
    checkInitialAssignments();
    checkEvents();
  }

  private void checkUniqueIds() {
    Set<String> seen = new HashSet<>();
    for (List<?> elements : List.of(model.compartments(), model.species(), model.parameters(), model.functions(),
        model.reactions(), model.events())) {
      for (Object e : elements) {
        String id = Model.idOf(e);
        if (!seen.add(id)) {
          throw new ModelException(id, "duplicate id: another element is already called '" + id + "'; rename one of them");
        }
      }
    }
  }

  private void checkCompartmentsAndSpecies() {
    for (Compartment c : model.compartments()) {
      if (!(c.size() >= 0) || Double.isInfinite(c.size())) {
        throw new ModelException(c.id(), "compartment size must be finite and >= 0, got " + c.size());
      }
    }
    for (Species s : model.species()) {
      if (model.compartmentById(s.compartment()).isEmpty()) {
        throw new ModelException(s.id(), "unknown compartment '" + s.compartment() + "'" + suggestion(s.compartment(),
            model.compartments().stream().map(Compartment::id).toList()) + "; declare it with compartment(...)");
      }
      boolean undetermined = Double.isNaN(s.initialValue()) && !determinedElsewhere(s.id());
      if (s.initialValue() < 0 || Double.isInfinite(s.initialValue()) || undetermined) {
        throw new ModelException(s.id(), "initial value must be finite and >= 0 (or set by a rule or initial assignment), got "
            + s.initialValue());
      }
    }
  }

  /** A NaN declared value is fine when an initial assignment or a rule gives the value instead. */
  private boolean determinedElsewhere(String id) {
    return model.initialAssignments().stream().anyMatch(a -> a.symbol().equals(id)) || model.ruleFor(id).isPresent();
  }

  private void checkFunctions() {
    for (FunctionDefinition f : model.functions()) {
      Set<String> args = new HashSet<>(f.parameters());
      if (args.size() != f.parameters().size()) {
        throw new ModelException(f.id(), "function arguments must have distinct names, got " + f.parameters());
      }
      checkExpression(f.id(), f.body(), args, true);
    }
    checkFunctionRecursion();
  }

  private void checkFunctionRecursion() {
    Map<String, Set<String>> calls = new LinkedHashMap<>();
    for (FunctionDefinition f : model.functions()) {
      Set<String> called = new LinkedHashSet<>();
      SymbolCollector.calls(f.body()).forEach(c -> called.add(c.function()));
      calls.put(f.id(), called);
    }
    DependencyOrder.cycle(calls).ifPresent(cycle -> {
      throw new ModelException(cycle.getFirst(), "functions call each other in a cycle " + String.join(" -> ", cycle)
          + "; recursion is not allowed");
    });
  }

  private void checkReactions() {
    for (Reaction r : model.reactions()) {
      for (List<SpeciesReference> side : List.of(r.reactants(), r.products())) {
        for (SpeciesReference ref : side) {
          if (model.speciesById(ref.species()).isEmpty()) {
            throw new ModelException(r.id(), "unknown species '" + ref.species() + "'" + suggestion(ref.species(), speciesIds())
                + "; declare it with species(...)");
          }
          if (!Double.isFinite(ref.stoichiometry())) {
            throw new ModelException(r.id(), "stoichiometry of '" + ref.species() + "' must be finite, got " + ref.stoichiometry());
          }
          Species species = model.speciesById(ref.species()).orElseThrow();
          if (species.constant() && !species.boundaryCondition()) {
            throw new ModelException(r.id(), "changes '" + ref.species() + "', a constant species that is not a boundary"
                + " species; make it a boundary species (boundaryCondition) or not constant");
          }
          ref.stoichiometrySymbol().ifPresent(symbol -> {
            if (model.parameterById(symbol).isEmpty()) {
              throw new ModelException(r.id(), "stoichiometry of '" + ref.species() + "' refers to '" + symbol
                  + "', which is not a parameter" + suggestion(symbol, model.parameters().stream().map(Parameter::id).toList()));
            }
          });
        }
      }
      for (String modifier : r.modifiers()) {
        if (model.speciesById(modifier).isEmpty()) {
          throw new ModelException(r.id(), "unknown modifier species '" + modifier + "'");
        }
      }
      Set<String> locals = new HashSet<>(valueSymbols);
      locals.addAll(r.localParameters().keySet());
      checkExpression(r.id(), r.kineticLaw(), locals, false);
    }
  }

  private void checkRules() {
    Set<String> ruled = new HashSet<>();
    Map<String, Set<String>> assignmentDeps = new LinkedHashMap<>();
    for (Rule rule : model.rules()) {
      String v = rule.variable();
      requireVariable(v, "rule", rule instanceof Rule.Assignment ? "an assignment rule" : "a rate rule");
      if (!ruled.add(v)) {
        throw new ModelException(v, "has more than one rule; keep one assignment or rate rule per variable");
      }
      checkExpression(v, rule.math(), valueSymbols, false);
      if (rule instanceof Rule.Assignment a) {
        assignmentDeps.put(v, SymbolCollector.symbols(a.math()));
      }
      if (rule instanceof Rule.Rate && changedByReactions(v)) {
        throw new ModelException(v, "has a rate rule but reactions change it too; make it a boundary species or drop the rule");
      }
      if (rule instanceof Rule.Assignment && changedByReactions(v)) {
        throw new ModelException(v, "has an assignment rule but reactions change it too; make it a boundary species or drop the rule");
      }
    }
    // Reaction ids stand for their rates, which may read assignment-ruled symbols: include them.
    for (Reaction r : model.reactions()) {
      Set<String> deps = new LinkedHashSet<>(SymbolCollector.symbols(r.kineticLaw()));
      deps.removeAll(r.localParameters().keySet());
      assignmentDeps.put(r.id(), deps);
    }
    DependencyOrder.cycle(assignmentDeps).ifPresent(cycle -> {
      throw new ModelException(cycle.getFirst(), "assignment rules depend on each other in a cycle " + String.join(" -> ", cycle)
          + "; break the cycle (an algebraic loop cannot be evaluated in order)");
    });
  }

  private boolean changedByReactions(String speciesId) {
    Species s = model.speciesById(speciesId).orElse(null);
    if (s == null || s.boundaryCondition()) {
      return false;
    }
    for (Reaction r : model.reactions()) {
      for (List<SpeciesReference> side : List.of(r.reactants(), r.products())) {
        for (SpeciesReference ref : side) {
          if (ref.species().equals(speciesId)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private void checkInitialAssignments() {
    Set<String> assigned = new HashSet<>();
    for (InitialAssignment a : model.initialAssignments()) {
      if (!valueSymbols.contains(a.symbol()) || model.reactions().stream().anyMatch(r -> r.id().equals(a.symbol()))) {
        throw new ModelException(a.symbol(), "initial assignment to an unknown symbol" + suggestion(a.symbol(), valueSymbols));
      }
      if (!assigned.add(a.symbol())) {
        throw new ModelException(a.symbol(), "has more than one initial assignment");
      }
      if (model.ruleFor(a.symbol()).filter(Rule.Assignment.class::isInstance).isPresent()) {
        throw new ModelException(a.symbol(), "has both an assignment rule and an initial assignment; the rule already fixes its value");
      }
      checkExpression(a.symbol(), a.math(), valueSymbols, false);
    }
  }

  private void checkEvents() {
    for (Event e : model.events()) {
      checkExpression(e.id(), e.trigger(), valueSymbols, false);
      e.delay().ifPresent(d -> checkExpression(e.id(), d, valueSymbols, false));
      e.priority().ifPresent(p -> checkExpression(e.id(), p, valueSymbols, false));
      Set<String> targets = new HashSet<>();
      for (Event.EventAssignment a : e.assignments()) {
        requireVariable(a.variable(), "event '" + e.id() + "'", "an event assignment");
        if (!targets.add(a.variable())) {
          throw new ModelException(e.id(), "assigns '" + a.variable() + "' twice; keep one assignment per variable");
        }
        if (model.ruleFor(a.variable()).filter(Rule.Assignment.class::isInstance).isPresent()) {
          throw new ModelException(e.id(), "assigns '" + a.variable() + "', which an assignment rule already fixes");
        }
        checkExpression(e.id(), a.math(), valueSymbols, false);
      }
    }
  }

  /** A rule or event target must be a non-constant compartment, species or parameter. */
  private void requireVariable(String v, String where, String what) {
    Object element = model.element(v).orElseThrow(() -> new ModelException(v, what + " in " + where
        + " targets an unknown symbol" + suggestion(v, valueSymbols)));
    boolean constant = switch (element) {
      case Compartment c -> c.constant();
      case Species s -> s.constant();
      case Parameter p -> p.constant();
      default -> throw new ModelException(v, what + " cannot target a " + element.getClass().getSimpleName().toLowerCase());
    };
    if (constant) {
      throw new ModelException(v, "is constant, so " + what + " cannot change it; declare it non-constant (e.g. variable(...))");
    }
  }

  private void checkExpression(String element, Expr e, Set<String> allowed, boolean insideFunction) {
    for (String s : SymbolCollector.symbols(e)) {
      if (!allowed.contains(s)) {
        String scope = insideFunction ? "; a function body may only use its arguments" : "";
        throw new ModelException(element, "unknown symbol '" + s + "'" + suggestion(s, allowed) + scope);
      }
    }
    checkCalls(element, e);
  }

  private void checkCalls(String element, Expr e) {
    for (Expr.Call c : SymbolCollector.calls(e)) {
      FunctionDefinition f = functions.get(c.function());
      if (f == null) {
        throw new ModelException(element, "calls unknown function '" + c.function() + "'" + suggestion(c.function(), functions.keySet()));
      }
      if (f.parameters().size() != c.args().size()) {
        throw new ModelException(element, "calls '" + c.function() + "' with " + c.args().size() + " argument(s); it takes "
            + f.parameters().size() + " " + f.parameters());
      }
    }
  }

  private List<String> speciesIds() {
    return model.species().stream().map(Species::id).toList();
  }

  private static String suggestion(String name, java.util.Collection<String> known) {
    return Suggestions.closest(name, known);
  }
}
