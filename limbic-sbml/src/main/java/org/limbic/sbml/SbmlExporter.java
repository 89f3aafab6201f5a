package org.limbic.sbml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import org.limbic.math.Expr;
import org.limbic.math.Substitution;
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
import org.sbml.jsbml.KineticLaw;
import org.sbml.jsbml.LocalParameter;
import org.sbml.jsbml.SBMLDocument;
import org.sbml.jsbml.SBMLWriter;
import org.sbml.jsbml.SBase;
import org.sbml.jsbml.Trigger;
import org.sbml.jsbml.UnitDefinition;

/**
 * Writes a Limbic {@link Model} as SBML Level 3 Version 2 (through JSBML), so that
 * {@link SbmlImporter} reads back a model that simulates to the same numbers.
 *
 * <p>Every element maps one to one, with three translations. A reaction's variable stoichiometry
 * ({@link SpeciesReference#stoichiometrySymbol()}) becomes the species reference's own id, which
 * SBML lets rules and events set: the parameter it names is written as that species reference when
 * it serves one reference with factor 1, else a new species reference id follows it through an
 * assignment rule. Unit text that {@link UnitText} reads becomes a unit definition; any other unit
 * text, and each parameter's source, are kept in the element's notes, and DOIs and PubMed ids in a
 * source become {@code bqbiol:isDescribedBy} references ({@link SourceAnnotation}). SBO terms mark
 * parameters (SBO:0000002, quantitative systems description parameter) and kinetic laws that are
 * plain mass action (SBO:0000012, mass action rate law; {@link MassAction}).
 */
public final class SbmlExporter {

  private static final int LEVEL = 3;
  private static final int VERSION = 2;
  private static final int SBO_PARAMETER = 2;
  private static final int SBO_MASS_ACTION = 12;

  private final Model model;
  private final SBMLDocument document = new SBMLDocument(LEVEL, VERSION);
  private final org.sbml.jsbml.Model sbml;
  private final UsedIds usedIds = new UsedIds();
  private final Map<String, String> unitIds = new HashMap<>();
  /** Parameters written as the species reference that uses them (species reference id = parameter id). */
  private final Set<String> writtenAsReference = new HashSet<>();

  private SbmlExporter(Model model) {
    this.model = model;
    this.sbml = document.createModel(sbmlId(model.id()));
    if (!model.name().isEmpty()) {
      sbml.setName(model.name());
    }
    for (List<?> elements : List.of(model.compartments(), model.species(), model.parameters(), model.functions(),
        model.reactions(), model.events())) {
      for (Object e : elements) {
        usedIds.add(switch (e) {
          case Compartment c -> c.id();
          case Species s -> s.id();
          case Parameter p -> p.id();
          case FunctionDefinition f -> f.id();
          case Reaction r -> r.id();
          case Event ev -> ev.id();
          default -> throw new IllegalStateException("not a model element: " + e);
        });
      }
    }
    usedIds.add(sbml.getId());
  }

  /** The model as SBML L3V2 text. */
  public static String write(Model model) {
    try {
      return new SBMLWriter().writeSBMLToString(toDocument(model));
    } catch (XMLStreamException e) {
      throw new IllegalStateException("JSBML could not write model '" + model.id() + "': " + e.getMessage(), e);
    }
  }

  /** Writes the model to {@code file} (through a temporary file in the same folder, then moved in place). */
  public static void write(Model model, Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
    try {
      Files.writeString(tmp, write(model));
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** The model as a JSBML document (L3V2). */
  public static SBMLDocument toDocument(Model model) {
    return new SbmlExporter(model).convert();
  }

  private SBMLDocument convert() {
    findReferenceParameters();
    units(sbml, sbml.getId(), model.timeUnit(), false).ifPresent(sbml::setTimeUnits);
    compartments();
    species();
    parameters();
    functions();
    rules();
    initialAssignments();
    reactions();
    events();
    return document;
  }

  /** A parameter used as the variable stoichiometry of exactly one reference, with factor 1, is written as that reference. */
  private void findReferenceParameters() {
    Map<String, Integer> uses = new HashMap<>();
    for (Reaction r : model.reactions()) {
      for (SpeciesReference ref : references(r)) {
        ref.stoichiometrySymbol().ifPresent(s -> uses.merge(s, ref.stoichiometry() == 1.0 ? 1 : 2, Integer::sum));
      }
    }
    uses.forEach((symbol, n) -> {
      if (n == 1 && model.parameterById(symbol).isPresent()) {
        writtenAsReference.add(symbol);
      }
    });
  }

  private static List<SpeciesReference> references(Reaction r) {
    return java.util.stream.Stream.concat(r.reactants().stream(), r.products().stream()).toList();
  }

  private void compartments() {
    for (Compartment c : model.compartments()) {
      org.sbml.jsbml.Compartment out = sbml.createCompartment(c.id());
      out.setSpatialDimensions(3);
      if (!Double.isNaN(c.size())) {
        out.setSize(c.size());
      }
      out.setConstant(c.constant());
      units(out, c.id(), c.unit(), false).ifPresent(out::setUnits);
    }
  }

  private void species() {
    for (Species s : model.species()) {
      org.sbml.jsbml.Species out = sbml.createSpecies(s.id());
      out.setCompartment(s.compartment());
      if (!Double.isNaN(s.initialValue())) {
        if (s.initialIsConcentration()) {
          out.setInitialConcentration(s.initialValue());
        } else {
          out.setInitialAmount(s.initialValue());
        }
      }
      out.setHasOnlySubstanceUnits(s.hasOnlySubstanceUnits());
      out.setBoundaryCondition(s.boundaryCondition());
      out.setConstant(s.constant());
      units(out, s.id(), s.unit(), true).ifPresent(out::setSubstanceUnits);
    }
  }

  private void parameters() {
    for (Parameter p : model.parameters()) {
      if (writtenAsReference.contains(p.id())) {
        continue;
      }
      org.sbml.jsbml.Parameter out = sbml.createParameter(p.id());
      if (!Double.isNaN(p.value())) {
        out.setValue(p.value());
      }
      out.setConstant(p.constant());
      out.setSBOTerm(SBO_PARAMETER);
      Optional<String> unit = units(out, p.id(), p.unit(), false);
      unit.ifPresent(out::setUnits);
      SourceAnnotation.annotate(out, p.id(), p.source(), List.of(p.source().isBlank() ? "" : "Source: " + p.source(),
          unit.isEmpty() && !p.unit().isBlank() ? "Unit: " + p.unit() : ""));
    }
  }

  /**
   * The SBML unit reference for {@code text}: an SBML base unit name as is, text {@link UnitText}
   * reads as a (shared) unit definition; else empty, with the text noted on {@code element}
   * (parameters note it themselves, beside their source).
   */
  private Optional<String> units(SBase element, String id, String text, boolean substanceOnly) {
    if (text.isBlank()) {
      return Optional.empty();
    }
    if (org.sbml.jsbml.Unit.Kind.isValidUnitKindString(text, LEVEL, VERSION)) {
      return Optional.of(text);
    }
    Optional<List<UnitText.Factor>> factors = UnitText.parse(text).filter(f -> !substanceOnly || UnitText.isSubstance(f));
    if (factors.isEmpty()) {
      if (!(element instanceof org.sbml.jsbml.Parameter)) {
        SourceAnnotation.annotate(element, id, "", List.of("Unit: " + text));
      }
      return Optional.empty();
    }
    return Optional.of(unitIds.computeIfAbsent(text, t -> unitDefinition(t, factors.get())));
  }

  private String unitDefinition(String text, List<UnitText.Factor> factors) {
    String base = sbmlId(text.replaceFirst("^1\\s*/", "per_").replace("/", "_per_").replaceAll("[*·\\s]+", "_")
        .replace("^-", "_minus").replace("^", "").replace("µ", "u").replaceAll("[()]", ""));
    String id = fresh(org.sbml.jsbml.Unit.Kind.isValidUnitKindString(base, LEVEL, VERSION) ? base + "_unit" : base);
    UnitDefinition definition = sbml.createUnitDefinition(id);
    definition.setName(text);
    if (factors.isEmpty()) {
      definition.addUnit(new org.sbml.jsbml.Unit(1, 0, org.sbml.jsbml.Unit.Kind.DIMENSIONLESS, 1, LEVEL, VERSION));
    }
    for (UnitText.Factor f : factors) {
      definition.addUnit(new org.sbml.jsbml.Unit(f.multiplier(), f.scale(), f.kind(), f.exponent(), LEVEL, VERSION));
    }
    return id;
  }

  private void functions() {
    for (FunctionDefinition f : model.functions()) {
      sbml.createFunctionDefinition(f.id()).setMath(MathWriter.lambda(f.parameters(), f.body()));
    }
  }

  private void rules() {
    for (Rule r : model.rules()) {
      switch (r) {
        case Rule.Assignment a -> sbml.createAssignmentRule().setVariable(a.variable());
        case Rule.Rate rr -> sbml.createRateRule().setVariable(rr.variable());
      }
      sbml.getRule(sbml.getRuleCount() - 1).setMath(MathWriter.number(r.math()));
    }
  }

  private void initialAssignments() {
    for (InitialAssignment ia : model.initialAssignments()) {
      org.sbml.jsbml.InitialAssignment out = sbml.createInitialAssignment();
      out.setVariable(ia.symbol());
      out.setMath(MathWriter.number(ia.math()));
    }
  }

  private void reactions() {
    for (Reaction r : model.reactions()) {
      org.sbml.jsbml.Reaction out = sbml.createReaction(r.id());
      out.setReversible(r.reversible());
      r.reactants().forEach(ref -> speciesReference(r, ref, out.createReactant()));
      r.products().forEach(ref -> speciesReference(r, ref, out.createProduct()));
      // SBML L3V2 (rule 21173) forbids a local parameter named like a species the reaction refers to. A
      // modifier so shadowed is not read by the law, so it is dropped (modifiers do not change a simulation);
      // a local shadowing a reactant or product is renamed in the law.
      r.modifiers().stream().filter(m -> !r.localParameters().containsKey(m)).forEach(m -> out.createModifier().setSpecies(m));
      // SBML (rule 21121) requires every species the law reads to be listed: species a Limbic law
      // reads without declaring them (e.g. a hormone that drives a secretion) become modifiers.
      java.util.Set<String> listed = new java.util.HashSet<>(r.modifiers());
      references(r).forEach(ref -> listed.add(ref.species()));
      org.limbic.math.SymbolCollector.symbols(r.kineticLaw()).stream().sorted()
          .filter(id -> !listed.contains(id) && !r.localParameters().containsKey(id) && model.speciesById(id).isPresent())
          .forEach(id -> out.createModifier().setSpecies(id));
      Map<String, String> localIds = new HashMap<>();
      Map<String, Expr> renamed = new HashMap<>();
      for (String local : r.localParameters().keySet()) {
        boolean clash = references(r).stream().anyMatch(ref -> ref.species().equals(local));
        localIds.put(local, clash ? fresh(local + "_local") : local);
        if (clash) {
          renamed.put(local, new Expr.Sym(localIds.get(local)));
        }
      }
      KineticLaw law = out.createKineticLaw();
      law.setMath(MathWriter.number(renamed.isEmpty() ? r.kineticLaw() : Substitution.apply(r.kineticLaw(), renamed)));
      r.localParameters().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
        LocalParameter lp = law.createLocalParameter(localIds.get(e.getKey()));
        if (!Double.isNaN(e.getValue())) {
          lp.setValue(e.getValue());
        }
        lp.setSBOTerm(SBO_PARAMETER);
      });
      if (MassAction.isMassAction(model, r)) {
        law.setSBOTerm(SBO_MASS_ACTION);
      }
    }
  }

  private void speciesReference(Reaction r, SpeciesReference ref, org.sbml.jsbml.SpeciesReference out) {
    out.setSpecies(ref.species());
    if (ref.stoichiometrySymbol().isEmpty()) {
      out.setStoichiometry(ref.stoichiometry());
      out.setConstant(true);
      return;
    }
    String symbol = ref.stoichiometrySymbol().get();
    if (writtenAsReference.contains(symbol)) {
      Parameter p = model.parameterById(symbol).orElseThrow();
      out.setId(symbol);
      if (!Double.isNaN(p.value())) {
        out.setStoichiometry(p.value());
      }
      out.setConstant(p.constant());
      return;
    }
    // Shared or scaled: a species reference of its own that an assignment rule keeps at factor × symbol.
    String id = fresh(r.id() + "_" + ref.species() + "_stoichiometry");
    out.setId(id);
    out.setStoichiometry(1.0);
    out.setConstant(false);
    Expr value = ref.stoichiometry() == 1.0 ? new Expr.Sym(symbol)
        : Expr.apply(org.limbic.math.Fn.TIMES, new Expr.Num(ref.stoichiometry()), new Expr.Sym(symbol));
    org.sbml.jsbml.AssignmentRule rule = sbml.createAssignmentRule();
    rule.setVariable(id);
    rule.setMath(MathWriter.number(value));
  }

  private void events() {
    for (Event e : model.events()) {
      org.sbml.jsbml.Event out = sbml.createEvent(e.id());
      out.setUseValuesFromTriggerTime(e.useValuesFromTriggerTime());
      Trigger trigger = out.createTrigger(e.initialValue(), e.persistent());
      trigger.setMath(MathWriter.condition(e.trigger()));
      e.delay().ifPresent(d -> out.createDelay().setMath(MathWriter.number(d)));
      e.priority().ifPresent(p -> out.createPriority().setMath(MathWriter.number(p)));
      for (Event.EventAssignment a : e.assignments()) {
        out.createEventAssignment(a.variable(), MathWriter.number(a.math()));
      }
    }
  }

  private String fresh(String base) {
    return usedIds.fresh(base);
  }

  /** {@code text} made a valid SBML SId: letters, digits and underscores, not starting with a digit. */
  private static String sbmlId(String text) {
    String id = text.replaceAll("[^A-Za-z0-9_]", "_");
    return id.isEmpty() || Character.isDigit(id.charAt(0)) ? "_" + id : id;
  }
}
