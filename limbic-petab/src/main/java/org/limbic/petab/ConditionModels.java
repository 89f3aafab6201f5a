package org.limbic.petab;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.limbic.compile.CompiledModel;
import org.limbic.compile.ModelCompiler;
import org.limbic.model.Model;
import org.limbic.model.ModelBuilder;
import org.limbic.model.Rule;
import org.limbic.model.Species;

/**
 * The model as a PEtab condition sets it up. A condition that gives a species, compartment or
 * parameter a value overrides the model's initial assignment of it (PEtab 1.0, condition table), so
 * the model is derived without those assignments; a species' value is read in the unit its id has
 * in formulas (a concentration unless hasOnlySubstanceUnits). One compiled model per set of targets
 * a condition sets, cached: most problems have one or two.
 */
final class ConditionModels {

  private final Model model;
  private final Map<Set<String>, CompiledModel> compiled = new ConcurrentHashMap<>();

  ConditionModels(Model model) {
    this.model = model;
  }

  /** The compiled model whose initial values of {@code targets} come from the parameter vector. */
  CompiledModel forTargets(Set<String> targets) {
    return compiled.computeIfAbsent(new TreeSet<>(targets), this::derive);
  }

  private CompiledModel derive(Set<String> targets) {
    for (Rule r : model.rules()) {
      if (targets.contains(r.variable()) && r instanceof Rule.Assignment) {
        throw new IllegalArgumentException("a condition sets '" + r.variable() + "', which an assignment rule of model '"
            + model.id() + "' defines at every time; a condition can set only what the model leaves free");
      }
    }
    if (targets.isEmpty()) {
      return ModelCompiler.compile(model);
    }
    ModelBuilder b = Model.builder(model.id()).name(model.name()).timeUnit(model.timeUnit());
    model.compartments().forEach(b::compartment);
    for (Species s : model.species()) {
      b.species(targets.contains(s.id())
          // the value is the condition's (set in the parameter vector); 0 until then, as the model may have none
          ? new Species(s.id(), s.compartment(), 0, !s.hasOnlySubstanceUnits(), s.hasOnlySubstanceUnits(),
              s.boundaryCondition(), s.constant(), s.unit())
          : s);
    }
    model.parameters().forEach(b::parameter);
    model.functions().forEach(b::function);
    model.reactions().forEach(b::reaction);
    model.rules().forEach(b::rule);
    model.initialAssignments().stream().filter(a -> !targets.contains(a.symbol())).forEach(b::initialAssignment);
    model.events().forEach(b::event);
    return ModelCompiler.compile(b.build());
  }
}
