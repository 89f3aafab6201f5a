package org.limbic.sbml.comp;

import org.sbml.jsbml.ext.comp.CompConstants;
import org.sbml.jsbml.ext.comp.CompModelPlugin;
import org.sbml.jsbml.ext.comp.Deletion;
import org.sbml.jsbml.ext.comp.Submodel;

/** The deletion pass (comp V1R3 section 3.7.1): each deletion on a submodel removes its target, an element or a whole submodel. */
final class Deletions {

  private Deletions() {
  }

  /** Applies the deletions that {@code instance} declares on its submodels. */
  static void apply(Instance instance) {
    if (!(instance.model.getExtension(CompConstants.shortLabel) instanceof CompModelPlugin plugin)) {
      return;
    }
    for (Submodel s : plugin.getListOfSubmodels()) {
      Instance child = instance.children.get(s.getId());
      for (Deletion d : s.getListOfDeletions()) {
        Targets.Target t = Targets.resolve(child, d, s.getId());
        t.remove();
        if (t.element() != null) {
          t.instance().deletedElements.add(t.element());
        }
      }
    }
  }
}
