package org.limbic.sbml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.swing.tree.TreeNode;
import javax.xml.stream.XMLStreamException;
import org.sbml.jsbml.ASTNode;
import org.sbml.jsbml.Compartment;
import org.sbml.jsbml.Event;
import org.sbml.jsbml.EventAssignment;
import org.sbml.jsbml.ExplicitRule;
import org.sbml.jsbml.FunctionDefinition;
import org.sbml.jsbml.InitialAssignment;
import org.sbml.jsbml.KineticLaw;
import org.sbml.jsbml.LocalParameter;
import org.sbml.jsbml.Model;
import org.sbml.jsbml.ModifierSpeciesReference;
import org.sbml.jsbml.NamedSBase;
import org.sbml.jsbml.Parameter;
import org.sbml.jsbml.RateRule;
import org.sbml.jsbml.Reaction;
import org.sbml.jsbml.Rule;
import org.sbml.jsbml.SBMLDocument;
import org.sbml.jsbml.SBMLReader;
import org.sbml.jsbml.SBase;
import org.sbml.jsbml.Species;
import org.sbml.jsbml.SpeciesReference;
import org.sbml.jsbml.ext.comp.CompConstants;
import org.sbml.jsbml.ext.comp.CompModelPlugin;
import org.sbml.jsbml.ext.comp.CompSBMLDocumentPlugin;
import org.sbml.jsbml.ext.comp.CompSBasePlugin;
import org.sbml.jsbml.ext.comp.Deletion;
import org.sbml.jsbml.ext.comp.ExternalModelDefinition;
import org.sbml.jsbml.ext.comp.ModelDefinition;
import org.sbml.jsbml.ext.comp.Port;
import org.sbml.jsbml.ext.comp.ReplacedBy;
import org.sbml.jsbml.ext.comp.ReplacedElement;
import org.sbml.jsbml.ext.comp.SBaseRef;
import org.sbml.jsbml.ext.comp.Submodel;

/**
 * Flattens a hierarchical model (SBML Level 3 package comp, Version 1 Release 3, section 4.1 "the
 * flattening algorithm") into one core model that {@link SbmlImporter} reads like any other.
 *
 * <p>Each submodel becomes an instance whose elements keep their ids behind the prefix of its path
 * ({@code sub1__x}, {@code sub1__inner__x}). Deletions remove their target. A replaced element
 * disappears and every reference to it names the replacing element instead (which keeps its id and
 * attributes); a replacedBy does the reverse: the parent's element disappears and the submodel's
 * element takes the parent's id. A conversion factor c on a replacement means replacing = c ×
 * replaced: references in the submodel read {@code replacing / c}, values assigned there are
 * multiplied by c. A submodel's time conversion factor T reads its time as {@code time / T}, divides
 * its rate rules and kinetic laws by T and multiplies its delays by T; its extent conversion factor
 * multiplies its kinetic laws.
 *
 * <p>JSBML 1.6.1's own CompFlatteningConverter is not used: it crashes on or mis-flattens most of the
 * SBML Test Suite's comp cases.
 */
final class CompFlattener {

  private static final String PREFIX_SEPARATOR = "__";

  /** One instantiated model: the root, or a submodel within its parent. */
  private static final class Instance {
    final String prefix;
    final Model model;
    final Path directory;
    final SBMLDocument document;
    final Instance parent;
    final Submodel submodel;
    final Map<String, Instance> children = new LinkedHashMap<>();
    /** Elements deleted or replaced: not emitted. */
    final Set<SBase> removed = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Elements deleted: what assigns them goes with them. */
    final Set<SBase> deletedElements = Collections.newSetFromMap(new IdentityHashMap<>());
    boolean deleted;

    Instance(String prefix, Model model, Path directory, SBMLDocument document, Instance parent, Submodel submodel) {
      this.prefix = prefix;
      this.model = model;
      this.directory = directory;
      this.document = document;
      this.parent = parent;
      this.submodel = submodel;
    }
  }

  private record Ref(Instance instance, String id) {
  }

  /** The element {@code to} stands for the aliased one; {@code factor} (an id in to's instance) scales it. */
  private record Alias(Ref to, String factor) {
  }

  /** A resolved SBaseRef: an element of an instance, or a whole submodel instance. */
  private record Target(Instance instance, SBase element, Instance submodel) {
  }

  private record Binding(String name, List<String> factors) {
  }

  private final Map<Ref, Alias> aliases = new HashMap<>();
  private final List<Instance> instances = new ArrayList<>();
  private final Map<Path, SBMLDocument> externalDocuments = new HashMap<>();
  private Model flat;

  private CompFlattener() {
  }

  /** Whether the document uses comp constructs that need flattening. */
  static boolean isHierarchical(SBMLDocument document) {
    if (document.getExtension(CompConstants.shortLabel) instanceof CompSBMLDocumentPlugin d
        && (d.getModelDefinitionCount() > 0 || d.getExternalModelDefinitionCount() > 0)) {
      return true;
    }
    return document.isSetModel() && document.getModel().getExtension(CompConstants.shortLabel) instanceof CompModelPlugin m
        && m.getSubmodelCount() > 0;
  }

  /** A new core-only document whose model is the flattened hierarchy; external files resolve against {@code directory}. */
  static SBMLDocument flatten(SBMLDocument document, Path directory) {
    return new CompFlattener().run(document, directory);
  }

  private SBMLDocument run(SBMLDocument document, Path directory) {
    Model top = document.getModel();
    Instance root = instantiate("", top.clone(), directory, document, null, null, new ArrayList<>());
    for (Instance i : instances) {
      applyComp(i);
    }
    SBMLDocument out = new SBMLDocument(document.getLevel(), document.getVersion());
    flat = out.createModel(top.isSetId() ? top.getId() : "model");
    if (top.isSetName()) {
      flat.setName(top.getName());
    }
    if (top.isSetConversionFactor()) {
      flat.setConversionFactor(nameOf(root, top.getConversionFactor()));
    }
    for (Instance i : instances) {
      if (!isDeleted(i)) {
        emit(i);
      }
    }
    return out;
  }

  private static boolean isDeleted(Instance i) {
    for (Instance j = i; j != null; j = j.parent) {
      if (j.deleted) {
        return true;
      }
    }
    return false;
  }

  // ---- instantiation ----

  private Instance instantiate(String prefix, Model model, Path directory, SBMLDocument document, Instance parent, Submodel submodel,
      List<String> path) {
    Instance instance = new Instance(prefix, model, directory, document, parent, submodel);
    instances.add(instance);
    if (model.getExtension(CompConstants.shortLabel) instanceof CompModelPlugin plugin) {
      for (Submodel s : plugin.getListOfSubmodels()) {
        Definition d = definition(s.getModelRef(), directory, document, s.getId());
        String key = d.directory + "#" + d.model.getId();
        if (path.contains(key)) {
          throw new UnsupportedSbmlException(s.getId(), "submodel instantiates its own ancestor '" + s.getModelRef() + "'");
        }
        List<String> deeper = new ArrayList<>(path);
        deeper.add(key);
        Instance child = instantiate(prefix + s.getId() + PREFIX_SEPARATOR, d.model.clone(), d.directory, d.document, instance, s, deeper);
        instance.children.put(s.getId(), child);
      }
    }
    return instance;
  }

  private record Definition(Model model, Path directory, SBMLDocument document) {
  }

  /** The model definition called {@code ref} in {@code document}: internal, external (recursively), or the main model. */
  private Definition definition(String ref, Path directory, SBMLDocument document, String element) {
    if (document.getExtension(CompConstants.shortLabel) instanceof CompSBMLDocumentPlugin plugin) {
      ModelDefinition md = plugin.getModelDefinition(ref);
      if (md != null) {
        return new Definition(md, directory, document);
      }
      ExternalModelDefinition ext = plugin.getExternalModelDefinition(ref);
      if (ext != null) {
        Path file = directory.resolve(ext.getSource()).normalize();
        SBMLDocument other = external(file, element);
        String modelRef = ext.isSetModelRef() ? ext.getModelRef() : other.getModel().getId();
        return definition(modelRef, file.getParent(), other, element);
      }
    }
    if (document.isSetModel() && ref.equals(document.getModel().getId())) {
      return new Definition(document.getModel(), directory, document);
    }
    throw new UnsupportedSbmlException(element, "no model definition '" + ref + "'");
  }

  private SBMLDocument external(Path file, String element) {
    SBMLDocument d = externalDocuments.get(file);
    if (d != null) {
      return d;
    }
    try {
      d = new SBMLReader().readSBMLFromString(Files.readString(file));
    } catch (IOException | XMLStreamException e) {
      throw new UnsupportedSbmlException(element, "external model definition " + file + " is not readable: " + e.getMessage());
    }
    if (d == null || !d.isSetModel()) {
      throw new UnsupportedSbmlException(element, "external model definition " + file + " has no model");
    }
    externalDocuments.put(file, d);
    return d;
  }

  // ---- deletions and replacements ----

  private void applyComp(Instance instance) {
    if (instance.model.getExtension(CompConstants.shortLabel) instanceof CompModelPlugin plugin) {
      for (Submodel s : plugin.getListOfSubmodels()) {
        Instance child = instance.children.get(s.getId());
        for (Deletion d : s.getListOfDeletions()) {
          Target t = resolve(child, d, s.getId());
          remove(t);
          if (t.element != null) {
            t.instance.deletedElements.add(t.element);
          }
        }
      }
    }
    for (SBase element : elements(instance.model)) {
      if (!(element.getExtension(CompConstants.shortLabel) instanceof CompSBasePlugin plugin)) {
        continue;
      }
      String id = element instanceof NamedSBase n && n.isSetId() ? n.getId() : null;
      for (ReplacedElement r : plugin.getListOfReplacedElements()) {
        if (r.isSetDeletion()) {
          continue; // replaces a deletion: the deleted element is already gone
        }
        Target t = resolve(submodel(instance, r.getSubmodelRef(), r), r, r.getSubmodelRef());
        remove(t);
        String replacedId = targetId(t);
        if (replacedId != null && id != null) {
          link(new Ref(t.instance, replacedId), new Alias(new Ref(instance, id), r.isSetConversionFactor() ? r.getConversionFactor() : null));
        }
      }
      if (plugin.isSetReplacedBy()) {
        ReplacedBy r = plugin.getReplacedBy();
        Target t = resolve(submodel(instance, r.getSubmodelRef(), r), r, r.getSubmodelRef());
        instance.removed.add(element);
        String replacingId = targetId(t);
        if (replacingId != null && id != null) {
          link(new Ref(t.instance, replacingId), new Alias(new Ref(instance, id), null));
        }
      }
    }
  }

  /**
   * Makes {@code from} stand for {@code to}. When {@code from} already stands for another element
   * (one element replaced from two levels, e.g. replacedBy both in its parent and its grandparent),
   * the deeper of the two stands for the shallower, so that the outermost id names them all.
   */
  private void link(Ref from, Alias to) {
    Alias existing = aliases.get(from);
    if (existing == null || existing.to.equals(to.to)) {
      aliases.put(from, to);
      return;
    }
    Alias shallow = depth(existing.to.instance) <= depth(to.to.instance) ? existing : to;
    Alias deep = shallow == existing ? to : existing;
    aliases.put(from, shallow);
    if (!aliases.containsKey(deep.to)) {
      aliases.put(deep.to, new Alias(shallow.to, null));
    }
  }

  private static int depth(Instance i) {
    int d = 0;
    for (Instance j = i; j.parent != null; j = j.parent) {
      d++;
    }
    return d;
  }

  private static String targetId(Target t) {
    if (t.submodel != null) {
      return null;
    }
    return t.element instanceof NamedSBase n && n.isSetId() ? n.getId() : null;
  }

  private static Instance submodel(Instance instance, String id, SBase where) {
    Instance child = instance.children.get(id);
    if (child == null) {
      throw new UnsupportedSbmlException(id, "no submodel '" + id + "' in model '" + instance.model.getId() + "' (" + where + ")");
    }
    return child;
  }

  private static void remove(Target t) {
    if (t.submodel != null) {
      t.submodel.deleted = true;
    } else if (t.element != null) {
      t.instance.removed.add(t.element);
    }
  }

  /** What {@code ref} points at inside {@code in}, following portRef and nested sBaseRef chains. */
  private Target resolve(Instance in, SBaseRef ref, String where) {
    Target t;
    if (ref.isSetPortRef()) {
      Port port = ports(in).get(ref.getPortRef());
      if (port == null) {
        throw new UnsupportedSbmlException(where, "no port '" + ref.getPortRef() + "' in model '" + in.model.getId() + "'");
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
      throw new UnsupportedSbmlException(where, "an SBaseRef without a target");
    }
    if (ref.isSetSBaseRef()) {
      if (t.submodel == null) {
        throw new UnsupportedSbmlException(where, "an sBaseRef that continues into an element that is not a submodel");
      }
      return resolve(t.submodel, ref.getSBaseRef(), where);
    }
    return t;
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
    for (SBase e : elements(model)) {
      if (isModelElement(e) && ((NamedSBase) e).isSetId() && ((NamedSBase) e).getId().equals(id)) {
        return e;
      }
    }
    throw new UnsupportedSbmlException(where, "no element '" + id + "' in model '" + model.getId() + "'");
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
    throw new UnsupportedSbmlException(where, "no element with metaid '" + metaId + "' in model '" + model.getId() + "'");
  }

  /** Every SBase in the model's tree (core elements and their children; not other models). */
  private static List<SBase> elements(Model model) {
    List<SBase> out = new ArrayList<>();
    collect(model, out);
    return out;
  }

  private static void collect(TreeNode node, List<SBase> out) {
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

  // ---- names ----

  private Binding bind(Instance instance, String id) {
    List<String> factors = new ArrayList<>();
    Ref ref = new Ref(instance, id);
    Set<Ref> seen = new HashSet<>();
    for (Alias a = aliases.get(ref); a != null; a = aliases.get(ref)) {
      if (!seen.add(ref)) {
        throw new UnsupportedSbmlException(id, "replacements form a cycle");
      }
      if (a.factor != null) {
        factors.add(nameOf(a.to.instance, a.factor));
      }
      ref = a.to;
    }
    return new Binding(ref.instance.prefix + ref.id, factors);
  }

  private String nameOf(Instance instance, String id) {
    return bind(instance, id).name;
  }

  // ---- emission ----

  private void emit(Instance in) {
    Model m = in.model;
    for (FunctionDefinition f : m.getListOfFunctionDefinitions()) {
      if (!in.removed.contains(f)) {
        FunctionDefinition c = fresh(f.clone());
        c.setId(nameOf(in, f.getId()));
        if (c.isSetMath()) {
          c.setMath(rewriteFunction(c.getMath(), in));
        }
        flat.addFunctionDefinition(c);
      }
    }
    for (Compartment x : m.getListOfCompartments()) {
      if (!in.removed.contains(x)) {
        Compartment c = fresh(x.clone());
        c.setId(nameOf(in, x.getId()));
        c.unsetUnits();
        flat.addCompartment(c);
      }
    }
    for (Species x : m.getListOfSpecies()) {
      if (!in.removed.contains(x)) {
        Species c = fresh(x.clone());
        c.setId(nameOf(in, x.getId()));
        c.setCompartment(nameOf(in, x.getCompartment()));
        c.unsetUnits();
        c.unsetSubstanceUnits();
        if (x.isSetConversionFactor()) {
          c.setConversionFactor(nameOf(in, x.getConversionFactor()));
        } else if (in.parent != null && m.isSetConversionFactor()) {
          c.setConversionFactor(nameOf(in, m.getConversionFactor()));
        }
        flat.addSpecies(c);
      }
    }
    for (Parameter x : m.getListOfParameters()) {
      if (!in.removed.contains(x)) {
        Parameter c = fresh(x.clone());
        c.setId(nameOf(in, x.getId()));
        c.unsetUnits();
        flat.addParameter(c);
      }
    }
    for (InitialAssignment x : m.getListOfInitialAssignments()) {
      if (!in.removed.contains(x) && !in.deletedElements.contains(target(in, x.getVariable()))) {
        InitialAssignment c = fresh(x.clone());
        unsetId(c);
        Binding b = bind(in, x.getVariable());
        c.setVariable(b.name);
        if (x.isSetMath()) {
          c.setMath(scaled(rewrite(c.getMath(), in, Set.of()), b.factors));
        }
        flat.addInitialAssignment(c);
      }
    }
    for (Rule x : m.getListOfRules()) {
      if (in.removed.contains(x)) {
        continue;
      }
      Rule c = fresh(x.clone());
      unsetId(c);
      ASTNode math = c.isSetMath() ? rewrite(c.getMath(), in, Set.of()) : null;
      if (c instanceof ExplicitRule e) {
        if (in.deletedElements.contains(target(in, e.getVariable()))) {
          continue;
        }
        Binding b = bind(in, e.getVariable());
        e.setVariable(b.name);
        if (math != null) {
          math = scaled(math, b.factors);
          if (c instanceof RateRule) {
            math = divided(math, timeFactors(in));
          }
        }
      }
      if (math != null) {
        c.setMath(math);
      }
      flat.addRule(c);
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

  /** The element an assignment targets, or null when it is not in this instance (then it is not removed). */
  private static SBase target(Instance in, String id) {
    for (SBase e : elements(in.model)) {
      if (isModelElement(e) && ((NamedSBase) e).isSetId() && ((NamedSBase) e).getId().equals(id)) {
        return e;
      }
    }
    return null;
  }

  /**
   * A copy ready for the flat model: metaids dropped (instances of one definition would repeat them,
   * and nothing refers to them once deletions and replacements are done).
   */
  private static <T extends SBase> T fresh(T copy) {
    List<SBase> all = new ArrayList<>();
    collect(copy, all);
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
    c.setId(nameOf(in, x.getId()));
    if (c.isSetCompartment()) {
      c.setCompartment(nameOf(in, x.getCompartment()));
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
        mod.setSpecies(nameOf(in, mod.getSpecies()));
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
      ASTNode math = rewrite(law.getMath(), in, locals);
      math = scaled(math, extentFactors(in));
      law.setMath(divided(math, timeFactors(in)));
    } else if (law != null) {
      c.unsetKineticLaw();
    }
    return c;
  }

  private void speciesReferences(Instance in, Reaction original, List<? extends SpeciesReference> refs) {
    List<SpeciesReference> kept = new ArrayList<>();
    for (SpeciesReference r : refs) {
      SpeciesReference o = (SpeciesReference) findIn(original, r);
      if (o != null && in.removed.contains(o)) {
        continue;
      }
      if (r.isSetId()) {
        r.setId(nameOf(in, r.getId()));
      }
      r.unsetMetaId();
      r.setSpecies(nameOf(in, r.getSpecies()));
      if (r.isSetStoichiometryMath() && r.getStoichiometryMath().isSetMath()) {
        r.getStoichiometryMath().setMath(rewrite(r.getStoichiometryMath().getMath(), in, Set.of()));
      }
      kept.add(r);
    }
    @SuppressWarnings("unchecked")
    List<SpeciesReference> list = (List<SpeciesReference>) refs;
    list.retainAll(kept);
  }

  /** The original of a cloned species reference: the one at the same position in the same list. */
  private static SBase findIn(Reaction original, SpeciesReference clone) {
    org.sbml.jsbml.ListOf<?> parentList = (org.sbml.jsbml.ListOf<?>) clone.getParent();
    int index = parentList.indexOf(clone);
    boolean reactants = parentList == ((Reaction) parentList.getParent()).getListOfReactants();
    List<SpeciesReference> list = reactants ? original.getListOfReactants() : original.getListOfProducts();
    return index >= 0 && index < list.size() ? list.get(index) : null;
  }

  private Event event(Instance in, Event x) {
    Event c = fresh(x.clone());
    if (x.isSetId()) {
      c.setId(nameOf(in, x.getId()));
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
      c.getTrigger().setMath(rewrite(c.getTrigger().getMath(), in, Set.of()));
    }
    if (c.isSetPriority() && c.getPriority().isSetMath()) {
      c.getPriority().setMath(rewrite(c.getPriority().getMath(), in, Set.of()));
    }
    if (c.isSetDelay() && c.getDelay().isSetMath()) {
      c.getDelay().setMath(scaled(rewrite(c.getDelay().getMath(), in, Set.of()), timeFactors(in)));
    }
    c.getListOfEventAssignments().clear();
    for (EventAssignment a : x.getListOfEventAssignments()) {
      if (in.removed.contains(a) || in.deletedElements.contains(target(in, a.getVariable()))) {
        continue;
      }
      EventAssignment ca = fresh(a.clone());
      unsetId(ca);
      Binding b = bind(in, a.getVariable());
      ca.setVariable(b.name);
      if (ca.isSetMath()) {
        ca.setMath(scaled(rewrite(ca.getMath(), in, Set.of()), b.factors));
      }
      c.addEventAssignment(ca);
    }
    return c;
  }

  // ---- math ----

  /** Names of the time conversion factors from this instance up to the root (their product converts time). */
  private List<String> timeFactors(Instance in) {
    List<String> out = new ArrayList<>();
    for (Instance i = in; i.parent != null; i = i.parent) {
      if (i.submodel.isSetTimeConversionFactor()) {
        out.add(nameOf(i.parent, i.submodel.getTimeConversionFactor()));
      }
    }
    return out;
  }

  private List<String> extentFactors(Instance in) {
    List<String> out = new ArrayList<>();
    for (Instance i = in; i.parent != null; i = i.parent) {
      if (i.submodel.isSetExtentConversionFactor()) {
        out.add(nameOf(i.parent, i.submodel.getExtentConversionFactor()));
      }
    }
    return out;
  }

  /** Renames the symbols of {@code n} (a detached copy, changed in place) into the flat model's names. */
  private ASTNode rewrite(ASTNode n, Instance in, Set<String> locals) {
    switch (n.getType()) {
      case NAME -> {
        if (locals.contains(n.getName())) {
          return n;
        }
        Binding b = bind(in, n.getName());
        ASTNode named = divided(new ASTNode(b.name), b.factors);
        if (in.model.getReaction(n.getName()) != null && !aliases.containsKey(new Ref(in, n.getName()))) {
          // the flat reaction runs at extent/T per unit of parent time: back to this instance's units
          return divided(scaled(named, timeFactors(in)), extentFactors(in));
        }
        return named;
      }
      case NAME_TIME -> {
        return divided(n, timeFactors(in));
      }
      case FUNCTION -> n.setName(nameOf(in, n.getName()));
      case FUNCTION_DELAY -> {
        rewriteChildren(n, in, locals);
        if (n.getChildCount() == 2) {
          n.replaceChild(1, scaled(n.getChild(1), timeFactors(in)));
        }
        return n;
      }
      case FUNCTION_RATE_OF -> {
        if (n.getChildCount() == 1 && n.getChild(0).getType() == ASTNode.Type.NAME && !locals.contains(n.getChild(0).getName())) {
          Binding b = bind(in, n.getChild(0).getName());
          n.replaceChild(0, new ASTNode(b.name));
          return divided(scaled(n, timeFactors(in)), b.factors);
        }
      }
      default -> {
      }
    }
    rewriteChildren(n, in, locals);
    return n;
  }

  private void rewriteChildren(ASTNode n, Instance in, Set<String> locals) {
    for (int i = 0; i < n.getChildCount(); i++) {
      ASTNode child = n.getChild(i);
      ASTNode done = rewrite(child, in, locals);
      if (done != child) {
        n.replaceChild(i, done);
      }
    }
  }

  /** A function body: only calls of other function definitions are renamed; its names are its arguments. */
  private ASTNode rewriteFunction(ASTNode n, Instance in) {
    if (n.getType() == ASTNode.Type.FUNCTION) {
      n.setName(nameOf(in, n.getName()));
    }
    for (int i = 0; i < n.getChildCount(); i++) {
      rewriteFunction(n.getChild(i), in);
    }
    return n;
  }

  private static ASTNode scaled(ASTNode math, List<String> factors) {
    if (factors.isEmpty()) {
      return math;
    }
    ASTNode times = new ASTNode(ASTNode.Type.TIMES);
    times.addChild(math);
    factors.forEach(f -> times.addChild(new ASTNode(f)));
    return times;
  }

  private static ASTNode divided(ASTNode math, List<String> factors) {
    if (factors.isEmpty()) {
      return math;
    }
    ASTNode divide = new ASTNode(ASTNode.Type.DIVIDE);
    divide.addChild(math);
    divide.addChild(factors.size() == 1 ? new ASTNode(factors.getFirst()) : scaled(new ASTNode(1), factors));
    return divide;
  }
}
