package org.limbic.sbml;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.limbic.math.Expr;
import org.limbic.model.Compartment;
import org.limbic.model.Event;
import org.limbic.model.FunctionDefinition;
import org.limbic.model.InitialAssignment;
import org.limbic.model.Model;
import org.limbic.model.ModelBuilder;
import org.limbic.model.Parameter;
import org.limbic.model.Reaction;
import org.limbic.model.Rule;
import org.limbic.model.Species;

/**
 * The elements of an SBML model as Limbic records, before validation: the importer's passes
 * (rateOf resolution, algebraic rule solving) rewrite them here, then {@link #build} validates.
 */
final class SbmlParts {

  final String id;
  final String name;
  /** The model's timeUnits as Limbic's unit text ("min"), or "" ({@link org.limbic.model.Model#timeUnit()}). */
  String timeUnit = "";
  final List<Compartment> compartments = new ArrayList<>();
  final List<Species> species = new ArrayList<>();
  final List<Parameter> parameters = new ArrayList<>();
  final List<FunctionDefinition> functions = new ArrayList<>();
  final List<Reaction> reactions = new ArrayList<>();
  final List<Rule> rules = new ArrayList<>();
  final List<InitialAssignment> initialAssignments = new ArrayList<>();
  final List<Event> events = new ArrayList<>();

  SbmlParts(String id, String name) {
    this.id = id;
    this.name = name;
  }

  /** Rewrites every expression outside function bodies (rules, assignments, laws, events). */
  void rewrite(UnaryOperator<Expr> f) {
    rules.replaceAll(r -> switch (r) {
      case Rule.Assignment a -> new Rule.Assignment(a.variable(), f.apply(a.math()));
      case Rule.Rate rr -> new Rule.Rate(rr.variable(), f.apply(rr.math()));
    });
    initialAssignments.replaceAll(ia -> new InitialAssignment(ia.symbol(), f.apply(ia.math())));
    reactions.replaceAll(r -> new Reaction(r.id(), r.reactants(), r.products(), r.modifiers(), f.apply(r.kineticLaw()),
        r.reversible(), r.localParameters()));
    events.replaceAll(e -> new Event(e.id(), f.apply(e.trigger()), e.delay().map(f), e.priority().map(f), e.initialValue(),
        e.persistent(), e.useValuesFromTriggerTime(),
        e.assignments().stream().map(a -> new Event.EventAssignment(a.variable(), f.apply(a.math()))).toList()));
  }

  Model build() {
    ModelBuilder b = Model.builder(id).name(name).timeUnit(timeUnit);
    compartments.forEach(b::compartment);
    species.forEach(b::species);
    parameters.forEach(b::parameter);
    functions.forEach(b::function);
    reactions.forEach(b::reaction);
    rules.forEach(b::rule);
    initialAssignments.forEach(b::initialAssignment);
    events.forEach(b::event);
    return b.build();
  }
}
