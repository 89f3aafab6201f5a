package org.limbic.experiment.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.limbic.experiment.spec.Intervention;
import org.limbic.model.Compartment;
import org.limbic.model.Model;
import org.limbic.model.ModelBuilder;
import org.limbic.model.ModelException;
import org.limbic.model.Parameter;
import org.limbic.model.Species;

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
 * </ul>
 * Parameters and compartments that an event changes are made non-constant, as SBML requires of
 * event targets.
 */
public final class InterventionCompiler {

  /** Event and helper ids start with this, which model ids should not. */
  public static final String PREFIX = "intervention";

  private final Model model;
  private final Map<String, Double> knockouts = new LinkedHashMap<>();
  private final List<PendingEvent> events = new ArrayList<>();
  private final List<Parameter> helpers = new ArrayList<>();
  private final Set<String> targets = new LinkedHashSet<>();

  private record PendingEvent(String id, double time, List<String> assignments) {
  }

  private InterventionCompiler(Model model) {
    this.model = model;
  }

  /** The model with the interventions' events, and the knockouts as parameter overrides. */
  public record Result(Model model, Map<String, Double> knockouts) {
    public Result {
      knockouts = Map.copyOf(knockouts);
    }
  }

  public static Result compile(Model model, List<Intervention> interventions) {
    InterventionCompiler c = new InterventionCompiler(model);
    for (int n = 0; n < interventions.size(); n++) {
      c.add(n, interventions.get(n));
    }
    return new Result(c.events.isEmpty() ? model : c.build(), c.knockouts);
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
        occurrences(id, s.at(), s.every(), s.until(), assignments);
      }
      case Intervention.Dose d -> {
        List<String> assignments = new ArrayList<>();
        d.amounts().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
          Species sp = model.speciesById(e.getKey()).orElseThrow(() -> new ModelException(e.getKey(),
              "intervention " + n + " doses it, but model '" + model.id() + "' has no species of that name"));
          if (sp.constant()) {
            throw new ModelException(sp.id(), "is constant, so intervention " + n + " cannot dose it");
          }
          String added = sp.hasOnlySubstanceUnits() ? number(e.getValue())
              : "(" + number(e.getValue()) + ") / " + sp.compartment();
          assignments.add(sp.id());
          assignments.add(sp.id() + " + " + added);
        });
        occurrences(id, d.at(), d.every(), d.until(), assignments);
      }
      case Intervention.Stimulus s -> {
        if (!(s.to() > s.from())) {
          throw new IllegalArgumentException("intervention " + n + ": a stimulus needs from < to, got from "
              + s.from() + " to " + s.to());
        }
        requireSettable(id, s.parameter());
        String saved = id + "_saved";
        helpers.add(new Parameter(saved, 0.0, false, "", "value of " + s.parameter() + " before stimulus " + n));
        // Both assignments are evaluated at trigger time, so 'saved' receives the value before 'on'.
        events.add(new PendingEvent(id + "_on", s.from(), List.of(saved, s.parameter(), s.parameter(), number(s.on()))));
        events.add(new PendingEvent(id + "_off", s.to(), List.of(s.parameter(), saved)));
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

  /** The most occurrences one repeating intervention may have. */
  static final int MAX_REPEATS = 100_000;

  private void occurrences(String id, double at, double every, double until, List<String> assignments) {
    if (!Double.isFinite(at)) {
      throw new IllegalArgumentException(id + ": 'at' must be a finite time, got " + at);
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
        events.add(new PendingEvent(id + "_" + k, at + k * every, assignments));
      }
    } else {
      events.add(new PendingEvent(id, at, assignments));
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
    model.parameters().forEach(p -> b.parameter(targets.contains(p.id()) && p.constant()
        ? new Parameter(p.id(), p.value(), false, p.unit(), p.source()) : p));
    helpers.forEach(b::parameter);
    model.functions().forEach(b::function);
    model.reactions().forEach(b::reaction);
    model.rules().forEach(b::rule);
    model.initialAssignments().forEach(b::initialAssignment);
    model.events().forEach(b::event);
    for (PendingEvent e : events) {
      // values computed when the event executes, not when it triggers: two doses (or a dose and a
      // model's own event) at the same instant then both add to the amount, in either order, where
      // trigger-time values would let the last one overwrite the other (SBML L3 semantics)
      ModelBuilder.EventBuilder eb = b.event(e.id()).trigger("time >= " + number(e.time())).initialValue(false)
          .persistent(true).useValuesFromTriggerTime(false);
      for (int i = 0; i < e.assignments().size(); i += 2) {
        eb.assign(e.assignments().get(i), e.assignments().get(i + 1));
      }
      eb.add();
    }
    return b.build();
  }
}
