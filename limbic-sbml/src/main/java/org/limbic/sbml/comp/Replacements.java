package org.limbic.sbml.comp;

import org.sbml.jsbml.NamedSBase;
import org.sbml.jsbml.SBase;
import org.sbml.jsbml.ext.comp.CompConstants;
import org.sbml.jsbml.ext.comp.CompSBasePlugin;
import org.sbml.jsbml.ext.comp.ReplacedBy;
import org.sbml.jsbml.ext.comp.ReplacedElement;

/**
 * The replacement pass (comp V1R3 section 3.6): a replaced element disappears and every reference to
 * it names the replacing element instead (which keeps its id and attributes), scaled by the
 * replacement's conversion factor; a replacedBy does the reverse: the parent's element disappears
 * and the submodel's element takes the parent's id.
 */
final class Replacements {

  private Replacements() {
  }

  /** Applies the replacements declared on the elements of {@code instance}, recording the renamings in {@code names}. */
  static void apply(Instance instance, Names names) {
    for (SBase element : Targets.elements(instance.model)) {
      if (!(element.getExtension(CompConstants.shortLabel) instanceof CompSBasePlugin plugin)) {
        continue;
      }
      String id = element instanceof NamedSBase n && n.isSetId() ? n.getId() : null;
      for (ReplacedElement r : plugin.getListOfReplacedElements()) {
        if (r.isSetDeletion()) {
          continue; // replaces a deletion: the deleted element is already gone
        }
        Targets.Target t = Targets.resolve(instance.child(r.getSubmodelRef(), r), r, r.getSubmodelRef());
        t.remove();
        String replacedId = t.id();
        if (replacedId != null && id != null) {
          names.link(new Names.Ref(t.instance(), replacedId),
              new Names.Alias(new Names.Ref(instance, id), r.isSetConversionFactor() ? r.getConversionFactor() : null));
        }
      }
      if (plugin.isSetReplacedBy()) {
        ReplacedBy r = plugin.getReplacedBy();
        Targets.Target t = Targets.resolve(instance.child(r.getSubmodelRef(), r), r, r.getSubmodelRef());
        instance.removed.add(element);
        String replacingId = t.id();
        if (replacingId != null && id != null) {
          names.link(new Names.Ref(t.instance(), replacingId), new Names.Alias(new Names.Ref(instance, id), null));
        }
      }
    }
  }
}
