package org.limbic.sbml.comp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.swing.tree.TreeNode;
import org.sbml.jsbml.LocalParameter;
import org.sbml.jsbml.Model;
import org.sbml.jsbml.NamedSBase;
import org.sbml.jsbml.SBase;
import org.sbml.jsbml.ext.comp.CompConstants;
import org.sbml.jsbml.ext.comp.CompModelPlugin;
import org.sbml.jsbml.ext.comp.Port;
import org.sbml.jsbml.ext.comp.SBaseRef;
import org.sbml.jsbml.ext.comp.Submodel;

/** What deletions and replacements point at (comp's SBaseRef: portRef, idRef, metaIdRef, unitRef, nested sBaseRef), and element lookup. */
final class Targets {

  /** A resolved SBaseRef: an element of an instance, or a whole submodel instance. */
  record Target(Instance instance, SBase element, Instance submodel) {

    /** Marks the target as not emitted: the whole submodel, or the element. */
    void remove() {
      if (submodel != null) {
        submodel.deleted = true;
      } else if (element != null) {
        instance.removed.add(element);
      }
    }

    /** The id of the targeted element, or null for a submodel or an element without id. */
    String id() {
      if (submodel != null) {
        return null;
      }
      return element instanceof NamedSBase n && n.isSetId() ? n.getId() : null;
    }
  }

  private Targets() {
  }

  /** What {@code ref} points at inside {@code in}, following portRef and nested sBaseRef chains. */
  static Target resolve(Instance in, SBaseRef ref, String where) {
    Target t;
    if (ref.isSetPortRef()) {
      Port port = ports(in).get(ref.getPortRef());
      if (port == null) {
        throw new UnsupportedCompException(where, "no port '" + ref.getPortRef() + "' in model '" + in.model.getId() + "'");
      }
      t = resolve(in, port, where);
    } else if (ref.isSetIdRef()) {
      Instance sub = in.children.get(ref.getIdRef());
      if (sub != null) {
        t = new Target(in, null, sub);
      } else {
        t = new Target(in, byId(in.model, ref.getIdRef(), where), null);
      }
    } else if (ref.isSetMetaIdRef()) {
      t = new Target(in, byMetaId(in.model, ref.getMetaIdRef(), where), null);
    } else if (ref.isSetUnitRef()) {
      t = new Target(in, null, null); // units carry no simulation semantics here
    } else {
      throw new UnsupportedCompException(where, "an SBaseRef without a target");
    }
    if (ref.isSetSBaseRef()) {
      if (t.submodel == null) {
        throw new UnsupportedCompException(where, "an sBaseRef that continues into an element that is not a submodel");
      }
      return resolve(t.submodel, ref.getSBaseRef(), where);
    }
    return t;
  }

  /** The model element of {@code in} with this id (what an assignment targets), or null when it is not in this instance. */
  static SBase element(Instance in, String id) {
    return element(in.model, id);
  }

  private static SBase element(Model model, String id) {
    for (SBase e : elements(model)) {
      if (isModelElement(e) && ((NamedSBase) e).isSetId() && ((NamedSBase) e).getId().equals(id)) {
        return e;
      }
    }
    return null;
  }

  /** Every SBase in the model's tree (core elements and their children; not other models). */
  static List<SBase> elements(Model model) {
    List<SBase> out = new ArrayList<>();
    collect(model, out);
    return out;
  }

  /** {@code node} and its descendants that are SBase, not descending into other models. */
  static void collect(TreeNode node, List<SBase> out) {
    if (node instanceof SBase s) {
      out.add(s);
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      TreeNode c = node.getChildAt(i);
      if (c instanceof SBase && !(c instanceof Model)) {
        collect(c, out);
      }
    }
  }

  private static Map<String, Port> ports(Instance in) {
    Map<String, Port> ports = new HashMap<>();
    if (in.model.getExtension(CompConstants.shortLabel) instanceof CompModelPlugin plugin) {
      for (Port p : plugin.getListOfPorts()) {
        ports.put(p.getId(), p);
      }
    }
    return ports;
  }

  private static SBase byId(Model model, String id, String where) {
    SBase e = element(model, id);
    if (e != null) {
      return e;
    }
    throw new UnsupportedCompException(where, "no element '" + id + "' in model '" + model.getId() + "'");
  }

  /** A named element of the model itself: not a local parameter (scoped to its reaction), not comp's own bookkeeping (ports, ...). */
  private static boolean isModelElement(SBase e) {
    return e instanceof NamedSBase && !(e instanceof LocalParameter) && !(e instanceof SBaseRef) && !(e instanceof Submodel);
  }

  private static SBase byMetaId(Model model, String metaId, String where) {
    for (SBase e : elements(model)) {
      if (e.isSetMetaId() && e.getMetaId().equals(metaId)) {
        return e;
      }
    }
    throw new UnsupportedCompException(where, "no element with metaid '" + metaId + "' in model '" + model.getId() + "'");
  }
}
