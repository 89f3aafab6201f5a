package org.limbic.experiment.run;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.limbic.experiment.spec.InputSignal;
import org.limbic.experiment.spec.Intervention;
import org.limbic.experiment.spec.InterventionField;
import org.limbic.math.ExprParser;
import org.limbic.model.Compartment;
import org.limbic.model.Model;
import org.limbic.model.ModelBuilder;
import org.limbic.model.ModelException;
import org.limbic.model.Parameter;
import org.limbic.model.Reaction;
import org.limbic.model.Rule;
import org.limbic.model.Species;
import org.limbic.model.SpeciesReference;

/**
 * Turns an experiment's interventions into model events, before the model is compiled (once per
 * experiment). Each occurrence is its own event triggered by {@code time >= t} with initial value
 * false, so an intervention at the start time fires at the start. Knockouts are not events: they
 * set the parameter to 0 in every subject's parameter vector before t0 ({@link #knockouts()}).
 *
 * <ul>
 *   <li>{@code Set}: assigns the values at each occurrence;</li>
 *   <li>{@code Dose}: adds the amount to each species (divided by the compartment size when the
 *       species is read as a concentration, since its id then means amount/size in SBML);</li>
 *   <li>{@code Stimulus}: at {@code from} saves the parameter's value in a helper parameter and sets
 *       it to {@code on}; at {@code to} restores the saved value.</li>
 *   <li>{@code Infusion}: a reaction {@code -> S} at {@code rate * on} per species, a reaction
 *       because its rate is an amount per time whatever the species' units (as a dose's amount), and
 *       for stochastic methods a propensity; {@code on} is a helper parameter that an event sets to
 *       1 at {@code from} and another to 0 at {@code to}, both fixed-time triggers, so the input
 *       switches exactly there and the integrator restarts.</li>
 *   <li>{@code Input}: the parameter becomes non-constant with an assignment rule of time
 *       ({@link InputExpressions}).</li>
 * </ul>
 * Parameters and compartments that an event changes are made non-constant, as SBML requires of
 * event targets. A scanned field ({@link InterventionField}: a dose's time or amount, an
 * infusion's rate) is read from a helper parameter instead of written as a number, so one compiled
 * model serves every scan point: {@link Result#varied()} maps each address to its parameter.
 */
public final class InterventionCompiler {

  /** Event and helper ids start with this, which model ids should not. */
  public static final String PREFIX = "intervention";

  private final Model model;
  private final Map<String, Double> knockouts = new LinkedHashMap<>();
  private final List<PendingEvent> events = new ArrayList<>();
  private final List<Parameter> helpers = new ArrayList<>();
  private final Set<String> targets = new LinkedHashSet<>();
  private final List<Reaction> reactions = new ArrayList<>();
  private final Map<String, Rule> inputs = new LinkedHashMap<>();
  /** The scanned addresses not yet met, and those met with their helper parameters. */
  private final Set<String> toVary;
  private final Map<String, String> varied = new LinkedHashMap<>();

  private record PendingEvent(String id, String trigger, List<String> assignments) {
  }

  private InterventionCompiler(Model model, Collection<String> toVary) {
    this.model = model;
    this.toVary = new LinkedHashSet<>(toVary);
  }

  /**
   * The model with the interventions' events, reactions and rules, the knockouts as parameter
   * overrides, and the helper parameter of each varied intervention field by its address.
   */
  public record Result(Model model, Map<String, Double> knockouts, Map<String, String> varied) {
    public Result {
      knockouts = Map.copyOf(knockouts);
      varied = Map.copyOf(varied);
    }

    public Result(Model model, Map<String, Double> knockouts) {
      this(model, knockouts, Map.of());
    }

    /** The parameter a scanned name sets: the helper of an intervention field, else the name itself. */
    public String parameterOf(String scanned) {
      return varied.getOrDefault(scanned, scanned);
    }
  }

  public static Result compile(Model model, List<Intervention> interventions) {
    return compile(model, interventions, List.of());
  }

  /**
   * @param scanned the names a scan or sampler varies; those that are intervention fields
   *     ({@link InterventionField#isAddress}) are compiled to helper parameters
   * @throws IllegalArgumentException for an address that names no intervention's field
   */
  public static Result compile(Model model, List<Intervention> interventions, Collection<String> scanned) {
    InterventionCompiler c = new InterventionCompiler(model, scanned.stream().filter(InterventionField::isAddress).toList());
    for (int n = 0; n < interventions.size(); n++) {
      c.add(n, interventions.get(n));
    }
    if (!c.toVary.isEmpty()) {
      throw new IllegalArgumentException("scanned " + String.join(", ", c.toVary) + ", but no intervention has "
          + (c.toVary.size() == 1 ? "that field" : "those fields") + "; name it (name: ...) and check the field (at, amount.S, rate.S)");
    }
    for (String p : c.inputs.keySet()) {
      if (c.targets.contains(p) || c.knockouts.containsKey(p)) {
        throw new ModelException(p, "follows an input, so another intervention cannot set, hold or knock it out");
      }
    }
    boolean changed = !c.events.isEmpty() || !c.reactions.isEmpty() || !c.inputs.isEmpty();
    return new Result(changed ? c.build() : model, c.knockouts, c.varied);
  }

  /**
   * The number as text, or the name of a helper parameter holding it when {@code name.field.id} is
   * scanned ({@code value} is then its value outside the scan).
   */
  private String field(String id, String name, InterventionField.Kind kind, String species, double value) {
    String address = new InterventionField(name, kind, species).toString();
    if (name.isEmpty() || !toVary.remove(address)) {
      return number(value);
    }
    String helper = id + "_" + kind.word() + (kind.hasId() ? "_" + species : "");
    helpers.add(new Parameter(helper, value, true, "", "scanned " + address));
    varied.put(address, helper);
    return helper;
  }

  private void add(int n, Intervention intervention) {
    String id = PREFIX + n;
    switch (intervention) {
      case Intervention.Set s -> {
        List<String> assignments = new ArrayList<>();
        s.values().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
          requireSettable(id, e.getKey());
          assignments.add(e.getKey());
          assignments.add(number(e.getValue()));
        });
        occurrences(id, s.at(), s.every(), s.until(), assignments, s.name());
      }
      case Intervention.Dose d -> {
        List<String> assignments = new ArrayList<>();
        d.amounts().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
          Species sp = changeable(n, e.getKey(), "dose");
          String amount = field(id, d.name(), InterventionField.Kind.AMOUNT, sp.id(), e.getValue());
          String added = sp.hasOnlySubstanceUnits() ? amount : "(" + amount + ") / " + sp.compartment();
          assignments.add(sp.id());
          assignments.add(sp.id() + " + " + added);
        });
        occurrences(id, d.at(), d.every(), d.until(), assignments, d.name());
      }
      case Intervention.Infusion f -> infusion(n, id, f);
      case Intervention.Input in -> in.signals().entrySet().stream().sorted(Map.Entry.comparingByKey())
          .forEach(e -> input(n, e.getKey(), e.getValue()));
      case Intervention.Stimulus s -> {
        if (!(s.to() > s.from())) {
          throw new IllegalArgumentException("intervention " + n + ": a stimulus needs from < to, got from "
              + s.from() + " to " + s.to());
        }
        requireSettable(id, s.parameter());
        String saved = id + "_saved";
        helpers.add(new Parameter(saved, 0.0, false, "", "value of " + s.parameter() + " before stimulus " + n));
        // Both assignments are evaluated at trigger time, so 'saved' receives the value before 'on'.
        events.add(new PendingEvent(id + "_on", "time >= " + number(s.from()), List.of(saved, s.parameter(), s.parameter(), number(s.on()))));
        events.add(new PendingEvent(id + "_off", "time >= " + number(s.to()), List.of(s.parameter(), saved)));
      }
      case Intervention.Knockout k -> {
        if (model.parameterById(k.parameter()).isEmpty()) {
          throw new ModelException(k.parameter(), "intervention " + n + " knocks it out, but model '" + model.id()
              + "' has no parameter of that name");
        }
        knockouts.put(k.parameter(), 0.0);
      }
    }
  }

  /** A species that intervention n may add to ({@code verb}: "dose", "infuse"). */
  private Species changeable(int n, String species, String verb) {
    Species sp = model.speciesById(species).orElseThrow(() -> new ModelException(species,
        "intervention " + n + " " + verb + "s it, but model '" + model.id() + "' has no species of that name"));
    if (sp.constant()) {
      throw new ModelException(sp.id(), "is constant, so intervention " + n + " cannot " + verb + " it");
    }
    return sp;
  }

  private void infusion(int n, String id, Intervention.Infusion f) {
    if (!(f.to() > f.from()) || !Double.isFinite(f.from())) {
      throw new IllegalArgumentException(id + ": an infusion needs a finite 'from' before 'to', got from " + f.from()
          + " to " + f.to());
    }
    String on = id + "_on";
    helpers.add(new Parameter(on, 0.0, false, "1", "1 while infusion " + n + " runs"));
    f.rates().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      Species sp = changeable(n, e.getKey(), "infuse");
      if (sp.boundaryCondition() || model.ruleFor(sp.id()).isPresent()) {
        throw new ModelException(sp.id(), (sp.boundaryCondition() ? "is a boundary species" : "has a rule")
            + ", which reactions do not change, so intervention " + n + " cannot infuse it");
      }
      String rate = field(id, f.name(), InterventionField.Kind.RATE, sp.id(), e.getValue());
      reactions.add(new Reaction(id + "_infusion_" + sp.id(), List.of(), List.of(new SpeciesReference(sp.id(), 1.0)),
          List.of(), ExprParser.parse(rate + " * " + on), false, Map.of()));
    });
    events.add(new PendingEvent(id + "_start", "time >= " + number(f.from()), List.of(on, "1")));
    if (Double.isFinite(f.to())) {
      events.add(new PendingEvent(id + "_stop", "time >= " + number(f.to()), List.of(on, "0")));
    }
  }

  private void input(int n, String parameter, InputSignal signal) {
    if (model.parameterById(parameter).isEmpty()) {
      throw new ModelException(parameter, "intervention " + n + " makes it an input, but model '" + model.id()
          + "' has no parameter of that name");
    }
    if (inputs.containsKey(parameter)) {
      throw new ModelException(parameter, "follows two inputs; give it one");
    }
    inputs.put(parameter, new Rule.Assignment(parameter, InputExpressions.of(signal)));
  }

  /** The most occurrences one repeating intervention may have. */
  static final int MAX_REPEATS = 100_000;

  private void occurrences(String id, double at, double every, double until, List<String> assignments, String name) {
    if (!Double.isFinite(at)) {
      throw new IllegalArgumentException(id + ": 'at' must be a finite time, got " + at);
    }
    String time = field(id, name, InterventionField.Kind.AT, "", at);
    if (!time.equals(number(at)) && every > 0) {
      throw new IllegalArgumentException(id + ": the time of a repeating intervention cannot be scanned (the number of"
          + " its occurrences would change with it); scan a single one");
    }
    if (every > 0) {
      if (!(until >= at) || !Double.isFinite(until)) {
        throw new IllegalArgumentException(id + ": repeating every " + every + " needs a finite 'until' >= 'at' (" + at + ")");
      }
      // counted in double: a tiny 'every' gives a count no long holds (1e-300 over 10 min cast to a
      // long overflowed to a negative count, and the dose silently vanished)
      double count = Math.floor((until - at) / every + 1e-9) + 1;
      if (!(count <= MAX_REPEATS)) {
        throw new IllegalArgumentException(id + ": repeating every " + every + " from " + at + " until " + until + " is "
            + String.format(java.util.Locale.ROOT, "%.3g", count) + " events, more than the " + MAX_REPEATS
            + " allowed; give a longer 'every' or a shorter span");
      }
      if (at + every == at || until + every == until) {
        throw new IllegalArgumentException(id + ": 'every' " + every + " is below the resolution of times near "
            + Math.max(Math.abs(at), Math.abs(until)) + ", so its occurrences would fall on the same instant; give a longer 'every'");
      }
      for (long k = 0; k < (long) count; k++) {
        events.add(new PendingEvent(id + "_" + k, "time >= " + number(at + k * every), assignments));
      }
    } else {
      events.add(new PendingEvent(id, "time >= " + time, assignments));
    }
  }

  private void requireSettable(String id, String symbol) {
    Object element = model.element(symbol).orElseThrow(() -> new ModelException(symbol,
        id + " sets it, but model '" + model.id() + "' has no parameter, compartment or species of that name"));
    if (element instanceof Species sp && sp.constant()) {
      throw new ModelException(symbol, "is a constant species, so " + id + " cannot set it");
    }
    if (!(element instanceof Parameter || element instanceof Compartment || element instanceof Species)) {
      throw new ModelException(symbol, id + " can only set parameters, compartments and species");
    }
    targets.add(symbol);
  }

  /** Shortest exact decimal (round-trips), as infix text. */
  private static String number(double v) {
    return v < 0 ? "(" + v + ")" : Double.toString(v);
  }

  private Model build() {
    ModelBuilder b = Model.builder(model.id()).name(model.name()).timeUnit(model.timeUnit());
    model.compartments().forEach(c -> b.compartment(targets.contains(c.id()) && c.constant()
        ? new Compartment(c.id(), c.size(), false, c.unit()) : c));
    model.species().forEach(b::species);
    model.parameters().forEach(p -> b.parameter((targets.contains(p.id()) || inputs.containsKey(p.id())) && p.constant()
        ? new Parameter(p.id(), p.value(), false, p.unit(), p.source()) : p));
    helpers.forEach(b::parameter);
    model.functions().forEach(b::function);
    model.reactions().forEach(b::reaction);
    reactions.forEach(b::reaction);
    model.rules().forEach(b::rule);
    inputs.values().forEach(b::rule);
    model.initialAssignments().forEach(b::initialAssignment);
    model.events().forEach(b::event);
    for (PendingEvent e : events) {
      // values computed when the event executes, not when it triggers: two doses (or a dose and a
      // model's own event) at the same instant then both add to the amount, in either order, where
      // trigger-time values would let the last one overwrite the other (SBML L3 semantics)
      ModelBuilder.EventBuilder eb = b.event(e.id()).trigger(e.trigger()).initialValue(false)
          .persistent(true).useValuesFromTriggerTime(false);
      for (int i = 0; i < e.assignments().size(); i += 2) {
        eb.assign(e.assignments().get(i), e.assignments().get(i + 1));
      }
      eb.add();
    }
    return b.build();
  }
}
