package org.limbic.sbml.comp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sbml.jsbml.ASTNode;
import org.sbml.jsbml.Compartment;
import org.sbml.jsbml.Event;
import org.sbml.jsbml.EventAssignment;
import org.sbml.jsbml.ExplicitRule;
import org.sbml.jsbml.FunctionDefinition;
import org.sbml.jsbml.InitialAssignment;
import org.sbml.jsbml.KineticLaw;
import org.sbml.jsbml.ListOf;
import org.sbml.jsbml.LocalParameter;
import org.sbml.jsbml.Model;
import org.sbml.jsbml.ModifierSpeciesReference;
import org.sbml.jsbml.NamedSBase;
import org.sbml.jsbml.Parameter;
import org.sbml.jsbml.RateRule;
import org.sbml.jsbml.Reaction;
import org.sbml.jsbml.Rule;
import org.sbml.jsbml.SBase;
import org.sbml.jsbml.Species;
import org.sbml.jsbml.SpeciesReference;

/**
 * The last pass: copies what each instance keeps (not deleted, not replaced) into the flat core
 * model under its flat name, its math renamed and converted ({@link Conversion}). Assignments to a
 * deleted element go with it; units are dropped (the flat model is read for its numbers only).
 */
final class Emission {

  private final Model flat;
  private final Names names;
  private final Conversion conversion;

  Emission(Model flat, Names names) {
    this.flat = flat;
    this.names = names;
    this.conversion = new Conversion(names);
  }

  void emit(Instance in) {
    Model m = in.model;
    for (FunctionDefinition f : m.getListOfFunctionDefinitions()) {
      if (!in.removed.contains(f)) {
        FunctionDefinition c = fresh(f.clone());
        c.setId(names.of(in, f.getId()));
        if (c.isSetMath()) {
          c.setMath(conversion.rewriteFunction(c.getMath(), in));
        }
        flat.addFunctionDefinition(c);
      }
    }
    for (Compartment x : m.getListOfCompartments()) {
      if (!in.removed.contains(x)) {
        Compartment c = fresh(x.clone());
        c.setId(names.of(in, x.getId()));
        c.unsetUnits();
        flat.addCompartment(c);
      }
    }
    for (Species x : m.getListOfSpecies()) {
      if (!in.removed.contains(x)) {
        Species c = fresh(x.clone());
        c.setId(names.of(in, x.getId()));
        c.setCompartment(names.of(in, x.getCompartment()));
        c.unsetUnits();
        c.unsetSubstanceUnits();
        if (x.isSetConversionFactor()) {
          c.setConversionFactor(names.of(in, x.getConversionFactor()));
        } else if (in.parent != null && m.isSetConversionFactor()) {
          c.setConversionFactor(names.of(in, m.getConversionFactor()));
        }
        flat.addSpecies(c);
      }
    }
    for (Parameter x : m.getListOfParameters()) {
      if (!in.removed.contains(x)) {
        Parameter c = fresh(x.clone());
        c.setId(names.of(in, x.getId()));
        c.unsetUnits();
        flat.addParameter(c);
      }
    }
    for (InitialAssignment x : m.getListOfInitialAssignments()) {
      if (!in.removed.contains(x) && !in.deletedElements.contains(Targets.element(in, x.getVariable()))) {
        InitialAssignment c = fresh(x.clone());
        unsetId(c);
        Names.Binding b = names.bind(in, x.getVariable());
        c.setVariable(b.name());
        if (x.isSetMath()) {
          c.setMath(Conversion.scaled(conversion.rewrite(c.getMath(), in, Set.of()), b.factors()));
        }
        flat.addInitialAssignment(c);
      }
    }
    for (Rule x : m.getListOfRules()) {
      if (!in.removed.contains(x)) {
        rule(in, x);
      }
    }
    for (Reaction x : m.getListOfReactions()) {
      if (!in.removed.contains(x)) {
        flat.addReaction(reaction(in, x));
      }
    }
    for (Event x : m.getListOfEvents()) {
      if (!in.removed.contains(x)) {
        flat.addEvent(event(in, x));
      }
    }
  }

  private void rule(Instance in, Rule x) {
    Rule c = fresh(x.clone());
    unsetId(c);
    ASTNode math = c.isSetMath() ? conversion.rewrite(c.getMath(), in, Set.of()) : null;
    if (c instanceof ExplicitRule e) {
      if (in.deletedElements.contains(Targets.element(in, e.getVariable()))) {
        return;
      }
      Names.Binding b = names.bind(in, e.getVariable());
      e.setVariable(b.name());
      if (math != null) {
        math = Conversion.scaled(math, b.factors());
        if (c instanceof RateRule) {
          math = Conversion.divided(math, conversion.timeFactors(in));
        }
      }
    }
    if (math != null) {
      c.setMath(math);
    }
    flat.addRule(c);
  }

  /**
   * A copy ready for the flat model: metaids dropped (instances of one definition would repeat them,
   * and nothing refers to them once deletions and replacements are done).
   */
  private static <T extends SBase> T fresh(T copy) {
    List<SBase> all = new ArrayList<>();
    Targets.collect(copy, all);
    for (SBase s : all) {
      if (s.isSetMetaId()) {
        s.unsetMetaId();
      }
    }
    return copy;
  }

  private static void unsetId(SBase s) {
    if (s instanceof NamedSBase n && n.isSetId()) {
      n.unsetId(); // ids of rules and assignments are not referable from math; they would only collide
    }
    if (s.isSetMetaId()) {
      s.unsetMetaId();
    }
  }

  private Reaction reaction(Instance in, Reaction x) {
    Reaction c = fresh(x.clone());
    c.setId(names.of(in, x.getId()));
    if (c.isSetCompartment()) {
      c.setCompartment(names.of(in, x.getCompartment()));
    }
    for (List<? extends SpeciesReference> refs : List.of(c.getListOfReactants(), c.getListOfProducts())) {
      speciesReferences(in, x, refs);
    }
    List<ModifierSpeciesReference> modifiers = new ArrayList<>(c.getListOfModifiers());
    c.getListOfModifiers().clear();
    for (int i = 0; i < modifiers.size(); i++) {
      if (!in.removed.contains(x.getModifier(i))) {
        ModifierSpeciesReference mod = modifiers.get(i);
        mod.unsetId();
        mod.unsetMetaId();
        mod.setSpecies(names.of(in, mod.getSpecies()));
        c.addModifier(mod);
      }
    }
    KineticLaw law = c.getKineticLaw();
    if (law != null && law.isSetMath() && !in.removed.contains(x.getKineticLaw())) {
      List<LocalParameter> originals = x.getKineticLaw().getListOfLocalParameters();
      for (int i = originals.size() - 1; i >= 0; i--) {
        if (in.removed.contains(originals.get(i))) {
          law.getListOfLocalParameters().remove(i);
        }
      }
      Set<String> locals = new HashSet<>();
      for (LocalParameter p : law.getListOfLocalParameters()) {
        locals.add(p.getId());
        p.unsetUnits();
      }
      ASTNode math = conversion.rewrite(law.getMath(), in, locals);
      math = Conversion.scaled(math, conversion.extentFactors(in));
      law.setMath(Conversion.divided(math, conversion.timeFactors(in)));
    } else if (law != null) {
      c.unsetKineticLaw();
    }
    return c;
  }

  private void speciesReferences(Instance in, Reaction original, List<? extends SpeciesReference> refs) {
    List<SpeciesReference> kept = new ArrayList<>();
    for (SpeciesReference r : refs) {
      SpeciesReference o = originalOf(original, r);
      if (o != null && in.removed.contains(o)) {
        continue;
      }
      if (r.isSetId()) {
        r.setId(names.of(in, r.getId()));
      }
      r.unsetMetaId();
      r.setSpecies(names.of(in, r.getSpecies()));
      renameStoichiometryMath(in, r);
      kept.add(r);
    }
    @SuppressWarnings("unchecked")
    List<SpeciesReference> list = (List<SpeciesReference>) refs;
    list.retainAll(kept);
  }

  /**
   * Renames the symbols of a Level 2 stoichiometryMath. JSBML 1.6.1 deprecates the element with no
   * replacement (Level 3 states the same with an assignment rule to the species reference's id),
   * yet Level 2 models carry it, so it is read and written here only.
   */
  @SuppressWarnings("deprecation")
  private void renameStoichiometryMath(Instance in, SpeciesReference r) {
    if (r.isSetStoichiometryMath() && r.getStoichiometryMath().isSetMath()) {
      r.getStoichiometryMath().setMath(conversion.rewrite(r.getStoichiometryMath().getMath(), in, Set.of()));
    }
  }

  /** The original of a cloned species reference: the one at the same position in the same list. */
  private static SpeciesReference originalOf(Reaction original, SpeciesReference clone) {
    ListOf<?> parentList = (ListOf<?>) clone.getParent();
    int index = parentList.indexOf(clone);
    boolean reactants = parentList == ((Reaction) parentList.getParent()).getListOfReactants();
    List<SpeciesReference> list = reactants ? original.getListOfReactants() : original.getListOfProducts();
    return index >= 0 && index < list.size() ? list.get(index) : null;
  }

  private Event event(Instance in, Event x) {
    Event c = fresh(x.clone());
    if (x.isSetId()) {
      c.setId(names.of(in, x.getId()));
    }
    if (in.removed.contains(x.getTrigger())) {
      c.unsetTrigger();
    }
    if (in.removed.contains(x.getDelay())) {
      c.unsetDelay();
    }
    if (in.removed.contains(x.getPriority())) {
      c.unsetPriority();
    }
    if (c.isSetTrigger() && c.getTrigger().isSetMath()) {
      c.getTrigger().setMath(conversion.rewrite(c.getTrigger().getMath(), in, Set.of()));
    }
    if (c.isSetPriority() && c.getPriority().isSetMath()) {
      c.getPriority().setMath(conversion.rewrite(c.getPriority().getMath(), in, Set.of()));
    }
    if (c.isSetDelay() && c.getDelay().isSetMath()) {
      c.getDelay().setMath(Conversion.scaled(conversion.rewrite(c.getDelay().getMath(), in, Set.of()), conversion.timeFactors(in)));
    }
    c.getListOfEventAssignments().clear();
    for (EventAssignment a : x.getListOfEventAssignments()) {
      if (in.removed.contains(a) || in.deletedElements.contains(Targets.element(in, a.getVariable()))) {
        continue;
      }
      EventAssignment ca = fresh(a.clone());
      unsetId(ca);
      Names.Binding b = names.bind(in, a.getVariable());
      ca.setVariable(b.name());
      if (ca.isSetMath()) {
        ca.setMath(Conversion.scaled(conversion.rewrite(ca.getMath(), in, Set.of()), b.factors()));
      }
      c.addEventAssignment(ca);
    }
    return c;
  }
}
