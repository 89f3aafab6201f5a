package org.limbic.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.limbic.math.Expr;
import org.limbic.math.ExprParser;

/**
 * Fluent construction of a {@link Model}. Expressions may be given as infix text (parsed at once,
 * so a syntax error points at the element) or as {@link Expr} trees. Everything is checked at
 * {@link #build()} by {@link ModelValidator}.
 *
 * <pre>{@code
 * Model m = Model.builder("decay")
 *     .compartment("cell", 1.0)
 *     .species("A", "cell", 10.0)
 *     .parameter("k", 0.5, "1/s", "assumed: illustration")
 *     .reaction("degradation", "A ->", "k * A * cell")
 *     .build();
 * }</pre>
 */
public final class ModelBuilder {

  private final String id;
  private String name = "";
  private String timeUnit = "";
  private final List<Compartment> compartments = new ArrayList<>();
  private final List<Species> species = new ArrayList<>();
  private final List<Parameter> parameters = new ArrayList<>();
  private final List<FunctionDefinition> functions = new ArrayList<>();
  private final List<Reaction> reactions = new ArrayList<>();
  private final List<Rule> rules = new ArrayList<>();
  private final List<InitialAssignment> initialAssignments = new ArrayList<>();
  private final List<Event> events = new ArrayList<>();

  ModelBuilder(String id) {
    Ids.requireValid(id);
    this.id = id;
  }

  static ModelBuilder from(Model m) {
    ModelBuilder b = new ModelBuilder(m.id()).name(m.name()).timeUnit(m.timeUnit());
    b.compartments.addAll(m.compartments());
    b.species.addAll(m.species());
    b.parameters.addAll(m.parameters());
    b.functions.addAll(m.functions());
    b.reactions.addAll(m.reactions());
    b.rules.addAll(m.rules());
    b.initialAssignments.addAll(m.initialAssignments());
    b.events.addAll(m.events());
    return b;
  }

  public ModelBuilder name(String displayName) {
    this.name = displayName == null ? "" : displayName;
    return this;
  }

  /** The unit of time, e.g. "min" ({@link Model#timeUnit()}); null or "" for unknown. */
  public ModelBuilder timeUnit(String unit) {
    this.timeUnit = unit == null ? "" : unit.strip();
    return this;
  }

  // ---- compartments, species, parameters ----

  public ModelBuilder compartment(String compartmentId, double size) {
    return compartment(new Compartment(readable(compartmentId), size, true, ""));
  }

  /** A compartment whose size rules or events may change. */
  public ModelBuilder variableCompartment(String compartmentId, double initialSize) {
    return compartment(new Compartment(readable(compartmentId), initialSize, false, ""));
  }

  public ModelBuilder compartment(Compartment c) {
    compartments.add(c);
    return this;
  }

  /** A species given by its initial concentration, read as a concentration in expressions. */
  public ModelBuilder species(String speciesId, String compartment, double initialConcentration) {
    return species(speciesId, compartment, initialConcentration, "");
  }

  /** The same, with the unit of its concentration (e.g. "pM"; "1 (relative to basal)" for a level scaled to rest). */
  public ModelBuilder species(String speciesId, String compartment, double initialConcentration, String unit) {
    return species(new Species(readable(speciesId), compartment, initialConcentration, true, false, false, false, unit));
  }

  /**
   * A species that reactions do not change (a clamped input, a pool held by a rule or an event),
   * given by its initial concentration.
   */
  public ModelBuilder boundarySpecies(String speciesId, String compartment, double initialConcentration) {
    return species(new Species(readable(speciesId), compartment, initialConcentration, true, false, true, false, ""));
  }

  /** A species given by its initial amount and read as an amount (molecule counts for stochastic runs). */
  public ModelBuilder amountSpecies(String speciesId, String compartment, double initialAmount) {
    return species(new Species(readable(speciesId), compartment, initialAmount, false, true, false, false, ""));
  }

  public ModelBuilder species(Species s) {
    species.add(s);
    return this;
  }

  public ModelBuilder parameter(String parameterId, double value) {
    return parameter(new Parameter(readable(parameterId), value, true, "", ""));
  }

  /** A constant parameter with its unit and source ("assumed: reason" when no paper gives it). */
  public ModelBuilder parameter(String parameterId, double value, String unit, String source) {
    return parameter(new Parameter(readable(parameterId), value, true, unit, source));
  }

  /** A parameter that rules or events may change. */
  public ModelBuilder variable(String parameterId, double initialValue) {
    return parameter(new Parameter(readable(parameterId), initialValue, false, "", ""));
  }

  public ModelBuilder parameter(Parameter p) {
    parameters.add(p);
    return this;
  }

  public ModelBuilder function(String functionId, List<String> arguments, String body) {
    if (!ExprParser.isUserFunctionName(functionId)) {
      throw new ModelException(functionId, "is a built-in function or a keyword of the expression language; rename it");
    }
    return function(new FunctionDefinition(functionId, arguments, parse(functionId, body)));
  }

  public ModelBuilder function(FunctionDefinition f) {
    functions.add(f);
    return this;
  }

  // ---- reactions ----

  /**
   * A reaction written as an equation, e.g. {@code "2 A + B -> C"} ({@code "->"} irreversible,
   * {@code "<->"} reversible; an empty side is a source or a sink), with its rate law in
   * substance per time.
   */
  public ModelBuilder reaction(String reactionId, String equation, String kineticLaw) {
    return reaction(reactionId, equation, parse(reactionId, kineticLaw));
  }

  public ModelBuilder reaction(String reactionId, String equation, Expr kineticLaw) {
    ReactionEquation eq = ReactionEquation.parse(reactionId, equation);
    return reaction(new Reaction(reactionId, eq.reactants(), eq.products(), List.of(), kineticLaw, eq.reversible(), Map.of()));
  }

  public ModelBuilder reaction(Reaction r) {
    reactions.add(r);
    return this;
  }

  // ---- rules ----

  public ModelBuilder assignmentRule(String variable, String math) {
    return rule(new Rule.Assignment(variable, parse(variable, math)));
  }

  public ModelBuilder rateRule(String variable, String math) {
    return rule(new Rule.Rate(variable, parse(variable, math)));
  }

  public ModelBuilder rule(Rule r) {
    rules.add(r);
    return this;
  }

  public ModelBuilder initialAssignment(String symbol, String math) {
    return initialAssignment(new InitialAssignment(symbol, parse(symbol, math)));
  }

  public ModelBuilder initialAssignment(InitialAssignment a) {
    initialAssignments.add(a);
    return this;
  }

  // ---- events ----

  /**
   * An immediate, persistent event with default SBML flags; {@code assignments} alternate variable
   * and math: {@code event("dose", "time >= 24", "D", "D + 100")}.
   */
  public ModelBuilder event(String eventId, String trigger, String... assignments) {
    return event(eventId).trigger(trigger).assign(assignments).add();
  }

  /** Starts a detailed event definition; finish it with {@link EventBuilder#add()}. */
  public EventBuilder event(String eventId) {
    return new EventBuilder(eventId);
  }

  public ModelBuilder event(Event e) {
    events.add(e);
    return this;
  }

  /** Validates and returns the model. */
  public Model build() {
    Model m = new Model(id, name, compartments, species, parameters, functions, reactions, rules, initialAssignments, events,
        timeUnit);
    new ModelValidator(m).validate();
    return m;
  }

  /**
   * Ids given with text expressions must read back as symbols: a parameter called "time" or "pi"
   * would silently mean simulation time or 3.14159 in every expression. (Records built by
   * importers, whose expressions are trees, may use any SBML id.)
   */
  private static String readable(String id) {
    if (id != null && !ExprParser.isSymbolName(id) && id.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      throw new ModelException(id, "is a keyword of the expression language (time, pi, exponentiale, true, false, inf,"
          + " nan, and, or, not); rename it, e.g. '" + id + "_value'");
    }
    return id;
  }

  static Expr parse(String element, String text) {
    try {
      return ExprParser.parse(text);
    } catch (IllegalArgumentException e) {
      throw new ModelException(element, "cannot read expression \"" + text + "\": " + e.getMessage());
    }
  }

  /** One event's definition, with SBML's defaults (no delay, no priority, persistent, initial value true). */
  public final class EventBuilder {
    private final String eventId;
    private Expr trigger;
    private Optional<Expr> delay = Optional.empty();
    private Optional<Expr> priority = Optional.empty();
    private boolean initialValue = true;
    private boolean persistent = true;
    private boolean useValuesFromTriggerTime = true;
    private final List<Event.EventAssignment> assignments = new ArrayList<>();

    private EventBuilder(String eventId) {
      this.eventId = eventId;
    }

    public EventBuilder trigger(String math) {
      this.trigger = parse(eventId, math);
      return this;
    }

    public EventBuilder delay(String math) {
      this.delay = Optional.of(parse(eventId, math));
      return this;
    }

    public EventBuilder priority(String math) {
      this.priority = Optional.of(parse(eventId, math));
      return this;
    }

    public EventBuilder initialValue(boolean value) {
      this.initialValue = value;
      return this;
    }

    public EventBuilder persistent(boolean value) {
      this.persistent = value;
      return this;
    }

    public EventBuilder useValuesFromTriggerTime(boolean value) {
      this.useValuesFromTriggerTime = value;
      return this;
    }

    public EventBuilder assign(String variable, String math) {
      assignments.add(new Event.EventAssignment(variable, parse(eventId, math)));
      return this;
    }

    EventBuilder assign(String... variableMathPairs) {
      if (variableMathPairs.length % 2 != 0) {
        throw new ModelException(eventId, "assignments come in pairs (variable, math), got " + Arrays.toString(variableMathPairs));
      }
      for (int i = 0; i < variableMathPairs.length; i += 2) {
        assign(variableMathPairs[i], variableMathPairs[i + 1]);
      }
      return this;
    }

    public ModelBuilder add() {
      if (trigger == null) {
        throw new ModelException(eventId, "an event needs a trigger");
      }
      return event(new Event(eventId, trigger, delay, priority, initialValue, persistent, useValuesFromTriggerTime, assignments));
    }
  }
}
