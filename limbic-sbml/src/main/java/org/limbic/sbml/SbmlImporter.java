package org.limbic.sbml;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import org.limbic.io.InputFiles;
import org.limbic.math.Expr;
import org.limbic.math.SymbolCollector;
import org.limbic.model.Compartment;
import org.limbic.model.Event;
import org.limbic.model.FunctionDefinition;
import org.limbic.model.InitialAssignment;
import org.limbic.model.Model;
import org.limbic.model.Parameter;
import org.limbic.model.Reaction;
import org.limbic.model.Rule;
import org.limbic.model.Species;
import org.limbic.model.SpeciesReference;
import org.limbic.sbml.comp.CompFlattener;
import org.limbic.sbml.comp.UnsupportedCompException;
import org.sbml.jsbml.ASTNode;
import org.sbml.jsbml.AlgebraicRule;
import org.sbml.jsbml.AssignmentRule;
import org.sbml.jsbml.EventAssignment;
import org.sbml.jsbml.KineticLaw;
import org.sbml.jsbml.LocalParameter;
import org.sbml.jsbml.ModifierSpeciesReference;
import org.sbml.jsbml.RateRule;
import org.sbml.jsbml.SBMLDocument;
import org.sbml.jsbml.SBMLReader;
import org.sbml.jsbml.xml.parsers.ParserManager;

/**
 * Reads SBML Level 1 to Level 3 Version 2 (through JSBML) into a Limbic {@link Model}.
 *
 * <p>Mapping: compartments, species (initial amount or concentration, hasOnlySubstanceUnits,
 * boundaryCondition, constant), parameters, function definitions, initial assignments, assignment
 * and rate rules, reactions with their local parameters, and events map one to one. Species
 * reference ids and Level 2 stoichiometryMath become parameters that the reaction's stoichiometry
 * refers to; constant conversion factors are folded into the stoichiometries; the rateOf csymbol is
 * resolved by {@link RateOfResolver}; algebraic rules that can be solved for one variable become
 * assignment rules ({@link AlgebraicRuleSolver}); fast reactions become stiff ones whose rates are
 * scaled by a large constant ({@link FastReactions}).
 *
 * <p>Refused with an {@link UnsupportedSbmlException} naming the element: a delay of rateOf,
 * algebraic rules that cannot be solved explicitly, a fast reaction whose rate reads none of its
 * species, conversion factors that are not constant numbers, and SBML packages that change the
 * meaning of a model (fbc, ...). Hierarchical models (package comp) are flattened by
 * {@link CompFlattener} before the mapping.
 */
public final class SbmlImporter {

  /** Packages read here: comp is flattened into core; the others carry no simulation semantics. */
  private static final Set<String> READ_PACKAGES = Set.of("comp", "layout", "render", "groups");
  private static final Pattern PACKAGE_NAMESPACE = Pattern.compile("http://www\\.sbml\\.org/sbml/level3/version\\d+/([a-z]+)/version\\d+");

  static {
    // JSBML builds its parser registry lazily through a ServiceLoader, unsynchronized: two threads
    // reading their first documents at once can crash it (NoSuchElementException in
    // ParserManager.init). Building it here runs once, under the JVM's class-initialization lock.
    ParserManager.getManager();
  }

  private final SBMLDocument document;
  private final org.sbml.jsbml.Model sbml;
  private final int level;
  private final SbmlParts parts;
  /** Ids that a rule, an initial assignment or an event assignment sets. */
  private final Set<String> ruled = new HashSet<>();
  private final Set<String> initiallyAssigned = new HashSet<>();
  private final Set<String> eventTargets = new HashSet<>();
  private final Map<String, org.sbml.jsbml.Parameter> parameters = new HashMap<>();
  private final UsedIds usedIds = new UsedIds();
  private final Set<String> inAlgebraicRule = new HashSet<>();
  private final Set<String> bodiless = new HashSet<>();
  private String fastRateScale;

  private SbmlImporter(SBMLDocument document) {
    this.document = document;
    this.sbml = document.getModel();
    this.level = document.getLevel();
    String id = sbml.isSetId() ? sbml.getId() : "model";
    this.parts = new SbmlParts(id, sbml.isSetName() ? sbml.getName() : id);
    this.parts.timeUnit = timeUnit(sbml);
  }

  /**
   * The model's timeUnits (Level 3) as a short text for axes: "s" for the base unit second; for a
   * unit definition, its name if it has one (Limbic's exporter writes the text there), else one
   * second times 1, 60, 3600 or 86400 as "s", "min", "h", "day", else its id. "" when unset.
   */
  static String timeUnit(org.sbml.jsbml.Model sbml) {
    if (!sbml.isSetTimeUnits()) {
      return "";
    }
    String units = sbml.getTimeUnits();
    if (units.equals("second")) {
      return "s";
    }
    org.sbml.jsbml.UnitDefinition d = sbml.getUnitDefinition(units);
    if (d == null) {
      return units;
    }
    if (d.isSetName() && !d.getName().isBlank()) {
      return d.getName();
    }
    if (d.getUnitCount() == 1 && d.getUnit(0).getKind() == org.sbml.jsbml.Unit.Kind.SECOND && d.getUnit(0).getExponent() == 1) {
      double seconds = d.getUnit(0).getMultiplier() * Math.pow(10, d.getUnit(0).getScale());
      for (var named : java.util.List.of(java.util.Map.entry(1.0, "s"), java.util.Map.entry(60.0, "min"),
          java.util.Map.entry(3600.0, "h"), java.util.Map.entry(86400.0, "day"))) {
        if (Math.abs(seconds - named.getKey()) <= 1e-9 * named.getKey()) {
          return named.getValue();
        }
      }
    }
    return units;
  }

  /**
   * Reads an SBML file (a regular file within {@link InputFiles}' size limit, as UTF-8).
   *
   * @throws org.limbic.io.InputFileException if it cannot be read, naming the file and where
   */
  public static Model read(Path file) throws IOException {
    Path directory = file.toAbsolutePath().getParent();
    return fromXml(InputFiles.read(file, "SBML file"), file.toString(), directory);
  }

  /** Reads SBML text; {@code source} names it in messages. */
  public static Model fromXml(String xml, String source) throws IOException {
    return fromXml(xml, source, Path.of("").toAbsolutePath());
  }

  /** Reads SBML text whose external model definitions (package comp) resolve against {@code directory}. */
  public static Model fromXml(String xml, String source, Path directory) throws IOException {
    if (SbmlSyntaxCheck.check(xml, source)) {
      xml = RedundantApply.unwrap(xml);
    }
    SBMLDocument document;
    try {
      document = new SBMLReader().readSBMLFromString(xml);
    } catch (XMLStreamException e) {
      throw new IOException(source + ": not readable as SBML: " + e.getMessage(), e);
    }
    if (document == null || !document.isSetModel()) {
      throw new IOException(source + ": the SBML document has no model");
    }
    refuseSemanticPackages(document); // an unsupported package is refused as such, before JSBML's core rules judge it
    SbmlConsistency.check(document, source);
    return fromDocument(document, directory);
  }

  /** Converts a parsed SBML document; a hierarchical one (package comp) is flattened first ({@link CompFlattener}). */
  public static Model fromDocument(SBMLDocument document, Path directory) {
    refuseSemanticPackages(document);
    if (CompFlattener.isHierarchical(document)) {
      try {
        document = CompFlattener.flatten(document, directory, SbmlImporter::checkedExternal);
      } catch (UnsupportedCompException e) {
        throw new UnsupportedSbmlException(e.element(), e.reason(), e);
      }
    }
    return new SbmlImporter(document).convert();
  }

  /** An external model definition's text, refused as the importer refuses a file it reads (issue #14). */
  private static String checkedExternal(String xml, Path file) {
    String text = SbmlSyntaxCheck.check(xml, file.toString()) ? RedundantApply.unwrap(xml) : xml;
    try {
      SBMLDocument d = new SBMLReader().readSBMLFromString(text);
      if (d != null && d.isSetModel()) {
        refuseSemanticPackages(d);
        SbmlConsistency.check(d, file.toString());
      }
    } catch (XMLStreamException e) {
      // not well-formed: the flattener's own reading reports it
    }
    return text;
  }

  /** Converts a parsed SBML document; external model definitions resolve against the working directory. */
  public static Model fromDocument(SBMLDocument document) {
    return fromDocument(document, Path.of("").toAbsolutePath());
  }

  private Model convert() {
    collectTargets();
    for (int i = 0; i < sbml.getNumParameters(); i++) {
      parameters.put(sbml.getParameter(i).getId(), sbml.getParameter(i));
    }
    collectIds();
    List<AlgebraicRule> algebraic = new ArrayList<>();
    compartments();
    species();
    parameters();
    functions();
    reactions();
    rules(algebraic);
    initialAssignments();
    events();
    if (!bodiless.isEmpty()) {
      parts.rewrite(this::refuseBodilessCalls);
      parts.functions.forEach(f -> refuseBodilessCalls(f.body()));
    }
    RateOfResolver.resolve(parts);
    if (!algebraic.isEmpty()) {
      AlgebraicRuleSolver.solve(parts, RateOfResolver.resolve(parts, algebraicRules(algebraic)));
    }
    return parts.build();
  }

  private static void refuseSemanticPackages(SBMLDocument document) {
    for (String uri : document.getDeclaredNamespaces().values()) {
      Matcher m = PACKAGE_NAMESPACE.matcher(uri);
      if (m.matches() && !READ_PACKAGES.contains(m.group(1))) {
        throw new UnsupportedSbmlException("sbml", "the SBML Level 3 package '" + m.group(1) + "' is not supported");
      }
    }
  }

  private void collectTargets() {
    for (int i = 0; i < sbml.getNumRules(); i++) {
      if (sbml.getRule(i) instanceof org.sbml.jsbml.ExplicitRule r && r.isSetVariable()) {
        ruled.add(r.getVariable());
      }
    }
    for (int i = 0; i < sbml.getNumInitialAssignments(); i++) {
      initiallyAssigned.add(sbml.getInitialAssignment(i).getVariable());
    }
    for (org.sbml.jsbml.Rule r : sbml.getListOfRules()) {
      if (r instanceof AlgebraicRule && r.isSetMath()) {
        collectNames(r.getMath(), inAlgebraicRule);
      }
    }
    for (int i = 0; i < sbml.getNumEvents(); i++) {
      for (EventAssignment a : sbml.getEvent(i).getListOfEventAssignments()) {
        eventTargets.add(a.getVariable());
      }
    }
  }

  private void collectIds() {
    sbml.getListOfCompartments().forEach(c -> usedIds.add(c.getId()));
    sbml.getListOfSpecies().forEach(s -> usedIds.add(s.getId()));
    sbml.getListOfParameters().forEach(p -> usedIds.add(p.getId()));
    sbml.getListOfReactions().forEach(r -> usedIds.add(r.getId()));
    sbml.getListOfFunctionDefinitions().forEach(f -> usedIds.add(f.getId()));
    sbml.getListOfEvents().forEach(e -> usedIds.add(e.getId()));
    for (org.sbml.jsbml.Reaction r : sbml.getListOfReactions()) {
      r.getListOfReactants().forEach(s -> usedIds.add(s.getId()));
      r.getListOfProducts().forEach(s -> usedIds.add(s.getId()));
    }
  }

  private Expr refuseBodilessCalls(Expr e) {
    switch (e) {
      case Expr.Call c -> {
        if (bodiless.contains(c.function())) {
          throw new UnsupportedSbmlException(c.function(), "function definition without math is called");
        }
        c.args().forEach(this::refuseBodilessCalls);
      }
      case Expr.Apply a -> a.args().forEach(this::refuseBodilessCalls);
      case Expr.Piecewise p -> {
        p.values().forEach(this::refuseBodilessCalls);
        p.conditions().forEach(this::refuseBodilessCalls);
        refuseBodilessCalls(p.otherwise());
      }
      default -> {
      }
    }
    return e;
  }

  private static void collectNames(ASTNode n, Set<String> names) {
    if (n.getType() == ASTNode.Type.NAME) {
      names.add(n.getName());
    }
    for (int i = 0; i < n.getChildCount(); i++) {
      collectNames(n.getChild(i), names);
    }
  }

  private boolean changes(String id) {
    return ruled.contains(id) || eventTargets.contains(id);
  }

  // ---- compartments, species, parameters ----

  private void compartments() {
    for (org.sbml.jsbml.Compartment c : sbml.getListOfCompartments()) {
      double size;
      if (c.isSetSize()) {
        size = c.getSize();
      } else if (ruled.contains(c.getId()) || initiallyAssigned.contains(c.getId())) {
        size = 1.0; // placeholder: a rule or initial assignment gives the value
      } else if (level == 1) {
        size = 1.0; // SBML L1 default volume
      } else if (c.getSpatialDimensions() == 0) {
        size = 1.0; // a point has no size; only amounts may live there (checked in species())
      } else if (!c.getConstant() && inAlgebraicRule.contains(c.getId())) {
        size = 1.0; // placeholder: the algebraic rule determines the size
      } else if (UnreadCompartmentSize.isUnread(sbml, c)) {
        size = 1.0; // placeholder: nothing reads the size, so its value cannot change the simulation
      } else {
        throw new UnsupportedSbmlException(c.getId(), "compartment has no size and no rule or initial assignment gives one");
      }
      boolean constant = (level == 1 || c.getConstant()) && !changes(c.getId());
      parts.compartments.add(new Compartment(c.getId(), size, constant, c.isSetUnits() ? c.getUnits() : ""));
    }
  }

  private void species() {
    for (org.sbml.jsbml.Species s : sbml.getListOfSpecies()) {
      double value;
      boolean concentration;
      if (s.isSetInitialAmount()) {
        value = s.getInitialAmount();
        concentration = false;
      } else if (s.isSetInitialConcentration()) {
        value = s.getInitialConcentration();
        concentration = true;
      } else {
        value = Double.NaN; // undefined unless an initial assignment or rule gives it (SBML L3V2 section 4.6.3)
        concentration = false;
      }
      boolean constant = s.getConstant() && !changes(s.getId());
      org.sbml.jsbml.Compartment c = sbml.getCompartment(s.getCompartment());
      if (c != null && c.getSpatialDimensions() == 0 && !c.isSetSize() && !s.getHasOnlySubstanceUnits()) {
        throw new UnsupportedSbmlException(s.getId(), "species in the 0-dimensional compartment '" + c.getId()
            + "' is read as a concentration, which is undefined there");
      }
      parts.species.add(new Species(s.getId(), s.getCompartment(), value, concentration, s.getHasOnlySubstanceUnits(),
          s.getBoundaryCondition(), constant, s.isSetUnits() ? s.getUnits() : ""));
    }
  }

  private void parameters() {
    for (org.sbml.jsbml.Parameter p : sbml.getListOfParameters()) {
      double value = p.isSetValue() ? p.getValue() : Double.NaN;
      boolean constant = p.getConstant() && !changes(p.getId());
      parts.parameters.add(new Parameter(p.getId(), value, constant, p.isSetUnits() ? p.getUnits() : "", "SBML"));
    }
  }

  private void functions() {
    for (org.sbml.jsbml.FunctionDefinition f : sbml.getListOfFunctionDefinitions()) {
      if (!f.isSetMath() || f.getBody() == null) {
        bodiless.add(f.getId()); // SBML L3V2 section 4.3.2: allowed while no math calls it
        continue;
      }
      List<String> arguments = new ArrayList<>();
      for (int i = 0; i < f.getArgumentCount(); i++) {
        arguments.add(f.getArgument(i).getName());
      }
      parts.functions.add(new FunctionDefinition(f.getId(), arguments, math(f.getBody(), f.getId())));
    }
  }

  // ---- reactions ----

  private void reactions() {
    for (org.sbml.jsbml.Reaction r : sbml.getListOfReactions()) {
      List<SpeciesReference> reactants = new ArrayList<>();
      for (org.sbml.jsbml.SpeciesReference ref : r.getListOfReactants()) {
        reactants.add(speciesReference(r, ref));
      }
      List<SpeciesReference> products = new ArrayList<>();
      for (org.sbml.jsbml.SpeciesReference ref : r.getListOfProducts()) {
        products.add(speciesReference(r, ref));
      }
      List<String> modifiers = new ArrayList<>();
      for (ModifierSpeciesReference m : r.getListOfModifiers()) {
        modifiers.add(m.getSpecies());
      }
      Expr law;
      Map<String, Double> locals = new LinkedHashMap<>();
      KineticLaw kl = r.getKineticLaw();
      if (kl == null || !kl.isSetMath()) {
        throw new UnsupportedSbmlException(r.getId(), "reaction without a kinetic law (its rate is undefined)");
      }
      for (LocalParameter lp : kl.getListOfLocalParameters()) {
        locals.put(lp.getId(), lp.isSetValue() ? lp.getValue() : Double.NaN);
      }
      law = math(kl.getMath(), r.getId());
      if (FastReactions.isMarkedFast(r)) {
        String scale = fastRateScale();
        if (locals.containsKey(scale)) {
          throw new UnsupportedSbmlException(r.getId(), "a local parameter is named like the fast-rate scale '" + scale + "'");
        }
        Set<String> moved = new HashSet<>();
        reactants.forEach(ref -> moved.add(ref.species()));
        products.forEach(ref -> moved.add(ref.species()));
        moved.retainAll(SymbolCollector.symbols(law));
        if (moved.isEmpty()) {
          // Its rate cannot reach zero by moving its own species: no equilibrium to relax to.
          throw new UnsupportedSbmlException(r.getId(), "fast reaction whose rate reads none of its reactants or products "
              + "has no rapid equilibrium");
        }
        law = FastReactions.scaled(law, scale);
      }
      parts.reactions.add(new Reaction(r.getId(), reactants, products, modifiers, law, r.getReversible(), locals));
    }
  }

  /** The id of the fast reactions' rate-scale parameter, added on first use ({@link FastReactions}). */
  private String fastRateScale() {
    if (fastRateScale == null) {
      fastRateScale = freshId("fast_rate_scale");
      parts.parameters.add(FastReactions.scaleParameter(fastRateScale));
    }
    return fastRateScale;
  }

  private SpeciesReference speciesReference(org.sbml.jsbml.Reaction r, org.sbml.jsbml.SpeciesReference ref) {
    SpeciesReference plain = stoichiometry(r, ref);
    Optional<String> factor = conversionFactor(ref.getSpecies());
    if (factor.isEmpty()) {
      return plain;
    }
    org.sbml.jsbml.Parameter p = parameters.get(factor.get());
    if (p == null) {
      throw new UnsupportedSbmlException(ref.getSpecies(), "conversion factor '" + factor.get() + "' is not a parameter");
    }
    if (p.isSetValue() && !changes(factor.get()) && !initiallyAssigned.contains(factor.get())) {
      return new SpeciesReference(plain.species(), plain.stoichiometry() * p.getValue(), plain.stoichiometrySymbol());
    }
    // A factor known only after initial assignments: a parameter that follows stoichiometry times factor.
    String id = freshId(r.getId() + "_" + ref.getSpecies() + "_converted");
    Expr coefficient = Expr.apply(org.limbic.math.Fn.TIMES, new Expr.Num(plain.stoichiometry()), new Expr.Sym(factor.get()));
    if (plain.stoichiometrySymbol().isPresent()) {
      coefficient = Expr.apply(org.limbic.math.Fn.TIMES, coefficient, new Expr.Sym(plain.stoichiometrySymbol().get()));
    }
    parts.parameters.add(new Parameter(id, 1.0, false, "", "SBML conversion factor"));
    parts.rules.add(new Rule.Assignment(id, coefficient));
    return new SpeciesReference(plain.species(), 1.0, Optional.of(id));
  }

  private SpeciesReference stoichiometry(org.sbml.jsbml.Reaction r, org.sbml.jsbml.SpeciesReference ref) {
    if (StoichiometryMathElement.isSet(ref)) {
      String id = freshId(r.getId() + "_" + ref.getSpecies() + "_stoichiometry");
      parts.parameters.add(new Parameter(id, 1.0, false, "", "SBML stoichiometryMath"));
      parts.rules.add(new Rule.Assignment(id, math(StoichiometryMathElement.math(ref), r.getId())));
      return new SpeciesReference(ref.getSpecies(), 1.0, Optional.of(id));
    }
    double stoichiometry = ref.isSetStoichiometry() ? ref.getStoichiometry() : level < 3 ? 1.0 : Double.NaN;
    if (ref.isSetId()) {
      String id = ref.getId();
      boolean constant = (level < 3 || ref.getConstant()) && !changes(id);
      parts.parameters.add(new Parameter(id, stoichiometry, constant, "", "SBML species reference"));
      return new SpeciesReference(ref.getSpecies(), 1.0, Optional.of(id));
    }
    if (Double.isNaN(stoichiometry)) {
      throw new UnsupportedSbmlException(r.getId(), "the stoichiometry of '" + ref.getSpecies() + "' is not set");
    }
    return new SpeciesReference(ref.getSpecies(), stoichiometry);
  }

  /** The species' conversion factor, else the model's (SBML L3 section 4.11.7), if any. */
  private Optional<String> conversionFactor(String speciesId) {
    org.sbml.jsbml.Species s = sbml.getSpecies(speciesId);
    if (s != null && s.isSetConversionFactor()) {
      return Optional.of(s.getConversionFactor());
    }
    if (level >= 3 && sbml.isSetConversionFactor()) {
      return Optional.of(sbml.getConversionFactor());
    }
    return Optional.empty();
  }

  private String freshId(String base) {
    return usedIds.fresh(base);
  }

  // ---- rules, initial assignments, events ----

  private void rules(List<AlgebraicRule> algebraic) {
    for (org.sbml.jsbml.Rule r : sbml.getListOfRules()) {
      if (!r.isSetMath()) {
        continue; // SBML L3V2: a rule without math has no effect
      }
      switch (r) {
        case AssignmentRule a -> parts.rules.add(new Rule.Assignment(a.getVariable(), math(a.getMath(), a.getVariable())));
        case RateRule rr -> parts.rules.add(new Rule.Rate(rr.getVariable(), math(rr.getMath(), rr.getVariable())));
        case AlgebraicRule ar -> algebraic.add(ar);
        default -> throw new UnsupportedSbmlException(r.getElementName(), "unknown kind of rule");
      }
    }
  }

  private List<Expr> algebraicRules(List<AlgebraicRule> rules) {
    List<Expr> exprs = new ArrayList<>();
    for (AlgebraicRule r : rules) {
      exprs.add(math(r.getMath(), "algebraicRule"));
    }
    return exprs;
  }

  private void initialAssignments() {
    for (org.sbml.jsbml.InitialAssignment ia : sbml.getListOfInitialAssignments()) {
      if (ia.isSetMath()) {
        parts.initialAssignments.add(new InitialAssignment(ia.getVariable(), math(ia.getMath(), ia.getVariable())));
      }
    }
  }

  private void events() {
    int n = 0;
    for (org.sbml.jsbml.Event e : sbml.getListOfEvents()) {
      n++;
      String id = e.isSetId() ? e.getId() : freshId("event_" + n);
      if (!e.isSetTrigger() || !e.getTrigger().isSetMath()) {
        continue; // SBML L3V2: an event without a trigger never fires
      }
      Expr trigger = math(e.getTrigger().getMath(), id);
      // Level 2 has no initialValue or persistent: its events behave as initialValue = true and persistent = true.
      boolean initialValue = level < 3 || e.getTrigger().getInitialValue();
      boolean persistent = level < 3 || e.getTrigger().getPersistent();
      boolean fromTriggerTime = !e.isSetUseValuesFromTriggerTime() || e.getUseValuesFromTriggerTime();
      Optional<Expr> delay = e.isSetDelay() && e.getDelay().isSetMath() ? Optional.of(math(e.getDelay().getMath(), id)) : Optional.empty();
      Optional<Expr> priority = e.isSetPriority() && e.getPriority().isSetMath()
          ? Optional.of(math(e.getPriority().getMath(), id)) : Optional.empty();
      List<Event.EventAssignment> assignments = new ArrayList<>();
      for (EventAssignment a : e.getListOfEventAssignments()) {
        if (a.isSetMath()) {
          assignments.add(new Event.EventAssignment(a.getVariable(), math(a.getMath(), id)));
        }
      }
      parts.events.add(new Event(id, trigger, delay, priority, initialValue, persistent, fromTriggerTime, assignments));
    }
  }

  private static Expr math(ASTNode node, String element) {
    if (node == null) {
      throw new UnsupportedSbmlException(element, "has no math");
    }
    return MathTranslator.translate(node, element);
  }
}
