package org.limbic.sbml;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sbml.jsbml.ASTNode;
import org.sbml.jsbml.Compartment;
import org.sbml.jsbml.Event;
import org.sbml.jsbml.EventAssignment;
import org.sbml.jsbml.Model;
import org.sbml.jsbml.Reaction;
import org.sbml.jsbml.SpeciesReference;

/**
 * Whether a compartment's size can never matter: no math names it, nothing sets it, and every
 * species in it has only substance units (so no concentration divides by it). SBML leaves such a
 * size undefined (DSMTS models declare "Cell" without one); any value then simulates the same, so
 * the importer may give it a placeholder instead of refusing the model.
 */
final class UnreadCompartmentSize {

  private UnreadCompartmentSize() {
  }

  static boolean isUnread(Model model, Compartment c) {
    String id = c.getId();
    boolean onlySubstance = model.getListOfSpecies().stream().filter(s -> id.equals(s.getCompartment()))
        .allMatch(org.sbml.jsbml.Species::getHasOnlySubstanceUnits);
    return onlySubstance && !names(model).contains(id);
  }

  /** Every name any math of the model reads or any rule, initial assignment or event sets. */
  private static Set<String> names(Model model) {
    List<ASTNode> maths = new ArrayList<>();
    Set<String> names = new HashSet<>();
    model.getListOfFunctionDefinitions().forEach(f -> maths.add(f.getMath()));
    model.getListOfRules().forEach(r -> maths.add(r.getMath()));
    model.getListOfRules().stream().filter(r -> r instanceof org.sbml.jsbml.ExplicitRule)
        .forEach(r -> names.add(((org.sbml.jsbml.ExplicitRule) r).getVariable()));
    model.getListOfInitialAssignments().forEach(a -> {
      maths.add(a.getMath());
      names.add(a.getVariable());
    });
    model.getListOfConstraints().forEach(k -> maths.add(k.getMath()));
    for (Reaction r : model.getListOfReactions()) {
      if (r.isSetKineticLaw()) {
        maths.add(r.getKineticLaw().getMath());
      }
      List<SpeciesReference> refs = new ArrayList<>(r.getListOfReactants());
      refs.addAll(r.getListOfProducts());
      refs.stream().filter(StoichiometryMathElement::isSet).forEach(s -> maths.add(StoichiometryMathElement.math(s)));
    }
    for (Event e : model.getListOfEvents()) {
      if (e.isSetTrigger()) {
        maths.add(e.getTrigger().getMath());
      }
      if (e.isSetDelay()) {
        maths.add(e.getDelay().getMath());
      }
      if (e.isSetPriority()) {
        maths.add(e.getPriority().getMath());
      }
      for (EventAssignment a : e.getListOfEventAssignments()) {
        maths.add(a.getMath());
        names.add(a.getVariable());
      }
    }
    maths.stream().filter(m -> m != null).forEach(m -> collect(m, names));
    return names;
  }

  private static void collect(ASTNode n, Set<String> names) {
    if (n.isName() && n.getName() != null) {
      names.add(n.getName());
    }
    for (int i = 0; i < n.getChildCount(); i++) {
      collect(n.getChild(i), names);
    }
  }
}
