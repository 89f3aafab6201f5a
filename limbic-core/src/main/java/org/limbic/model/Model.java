package org.limbic.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable, validated model: what the system is. It knows nothing of time stepping; it is
 * turned into an executable model by {@code org.limbic.compile.ModelCompiler}. Build one with
 * {@link #builder(String)}; {@link ModelBuilder#build()} validates it.
 */
public final class Model {

  private final String id;
  private final String name;
  private final List<Compartment> compartments;
  private final List<Species> species;
  private final List<Parameter> parameters;
  private final List<FunctionDefinition> functions;
  private final List<Reaction> reactions;
  private final List<Rule> rules;
  private final List<InitialAssignment> initialAssignments;
  private final List<Event> events;
  private final Map<String, Object> byId;
  private final String timeUnit;

  Model(String id, String name, List<Compartment> compartments, List<Species> species, List<Parameter> parameters,
        List<FunctionDefinition> functions, List<Reaction> reactions, List<Rule> rules,
        List<InitialAssignment> initialAssignments, List<Event> events, String timeUnit) {
    this.id = id;
    this.name = name;
    this.timeUnit = timeUnit;
    this.compartments = List.copyOf(compartments);
    this.species = List.copyOf(species);
    this.parameters = List.copyOf(parameters);
    this.functions = List.copyOf(functions);
    this.reactions = List.copyOf(reactions);
    this.rules = List.copyOf(rules);
    this.initialAssignments = List.copyOf(initialAssignments);
    this.events = List.copyOf(events);
    Map<String, Object> index = new LinkedHashMap<>();
    for (List<?> elements : List.of(compartments, species, parameters, functions, reactions, events)) {
      for (Object e : elements) {
        index.put(idOf(e), e);
      }
    }
    this.byId = Map.copyOf(index);
  }

  public static ModelBuilder builder(String id) {
    return new ModelBuilder(id);
  }

  /** A builder holding everything this model has, to derive a changed copy. */
  public ModelBuilder toBuilder() {
    return ModelBuilder.from(this);
  }

  static String idOf(Object element) {
    return switch (element) {
      case Compartment c -> c.id();
      case Species s -> s.id();
      case Parameter p -> p.id();
      case FunctionDefinition f -> f.id();
      case Reaction r -> r.id();
      case Event e -> e.id();
      default -> throw new IllegalArgumentException("not a model element: " + element);
    };
  }

  public String id() {
    return id;
  }

  /**
   * The unit of the model's time ("min", "day", "s"), for axes and tables; "" when the model does
   * not say (an SBML file without timeUnits): then no unit is shown, rather than a guessed one.
   */
  public String timeUnit() {
    return timeUnit;
  }

  public String name() {
    return name;
  }

  public List<Compartment> compartments() {
    return compartments;
  }

  public List<Species> species() {
    return species;
  }

  public List<Parameter> parameters() {
    return parameters;
  }

  public List<FunctionDefinition> functions() {
    return functions;
  }

  public List<Reaction> reactions() {
    return reactions;
  }

  public List<Rule> rules() {
    return rules;
  }

  public List<InitialAssignment> initialAssignments() {
    return initialAssignments;
  }

  public List<Event> events() {
    return events;
  }

  /** The element (compartment, species, parameter, function, reaction or event) with this id. */
  public Optional<Object> element(String elementId) {
    return Optional.ofNullable(byId.get(elementId));
  }

  public Optional<Species> speciesById(String speciesId) {
    return element(speciesId).filter(Species.class::isInstance).map(Species.class::cast);
  }

  public Optional<Compartment> compartmentById(String compartmentId) {
    return element(compartmentId).filter(Compartment.class::isInstance).map(Compartment.class::cast);
  }

  public Optional<Parameter> parameterById(String parameterId) {
    return element(parameterId).filter(Parameter.class::isInstance).map(Parameter.class::cast);
  }

  public Optional<Rule> ruleFor(String variable) {
    return rules.stream().filter(r -> r.variable().equals(variable)).findFirst();
  }

  @Override
  public String toString() {
    return "Model[" + id + ": " + compartments.size() + " compartments, " + species.size() + " species, "
        + parameters.size() + " parameters, " + reactions.size() + " reactions, " + rules.size() + " rules, "
        + events.size() + " events]";
  }
}
