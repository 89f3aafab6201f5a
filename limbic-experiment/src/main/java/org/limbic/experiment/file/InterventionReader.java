package org.limbic.experiment.file;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.limbic.experiment.spec.Intervention;
import org.limbic.experiment.spec.TimeGrid;
import org.limbic.model.Species;

/**
 * The {@code interventions} list. Each entry has exactly one of set, dose, stimulus, knockout,
 * infusion or input, plus its timing. An intervention that starts outside the time span is an error
 * (it would never happen, which is almost always a typo in a time or a unit); an {@code until} or
 * {@code to} after the end is allowed: the run stops first. A set, dose or infusion may have a
 * {@code name}, by which a scan varies its numbers ({@link #named()}).
 */
final class InterventionReader {

  static final List<String> KINDS = List.of("set", "dose", "stimulus", "knockout", "infusion", "input");

  /** A named intervention, and where its name is written. */
  record Named(Intervention intervention, SourceLocation at) {
  }

  private final ModelNames names;
  private final TimeGrid time;
  private final Map<String, Named> named = new LinkedHashMap<>();
  /** Parameters that inputs make functions of time, and those that sets, stimuli and knockouts change. */
  private final Map<String, SourceLocation> inputs = new LinkedHashMap<>();
  private final Map<String, SourceLocation> changed = new LinkedHashMap<>();

  InterventionReader(ModelNames names, TimeGrid time) {
    this.names = names;
    this.time = time;
  }

  List<Intervention> read(YamlNode node) {
    List<Intervention> out = new ArrayList<>();
    for (YamlNode item : Values.sequence(node, "interventions", "[{dose: {H: 10}, at: 0}]").items()) {
      out.add(one(item));
    }
    for (Map.Entry<String, SourceLocation> e : inputs.entrySet()) {
      SourceLocation other = changed.get(e.getKey());
      if (other != null) {
        throw new ExperimentFileException(other, "'" + e.getKey() + "' follows an input (at " + e.getValue().line() + ":"
            + e.getValue().column() + "), which fixes its value at all times; another intervention cannot change it");
      }
    }
    return out;
  }

  /** The named interventions by name, in the order written. */
  Map<String, Named> named() {
    return named;
  }

  /** The parameters inputs make functions of time, and where each is named. */
  Map<String, SourceLocation> inputs() {
    return inputs;
  }

  private Intervention one(YamlNode node) {
    if (!(node instanceof YamlNode.Mapping map)) {
      throw Values.wrongType(node, "each intervention", "a map like {dose: {H: 10}, at: 0}");
    }
    List<String> kinds = map.entries().keySet().stream().filter(KINDS::contains).toList();
    if (kinds.size() != 1) {
      throw new ExperimentFileException(map.location(), (kinds.isEmpty() ? "an intervention needs one of "
          : "an intervention takes only one of ") + String.join(", ", KINDS)
          + (kinds.isEmpty() ? "" : " (found " + String.join(" and ", kinds) + "); split it into two"));
    }
    String kind = kinds.getFirst();
    Intervention read = switch (kind) {
      case "set" -> {
        Section s = new Section(map, "a set intervention", List.of("set", "at", "every", "until", "name"));
        double[] timing = repeat(s);
        yield new Intervention.Set(timing[0], timing[1], timing[2], values(s, "set", ModelNames.Role.VALUE), name(s));
      }
      case "dose" -> {
        Section s = new Section(map, "a dose intervention", List.of("dose", "at", "every", "until", "name"));
        double[] timing = repeat(s);
        yield new Intervention.Dose(timing[0], timing[1], timing[2], values(s, "dose", ModelNames.Role.SPECIES), name(s));
      }
      case "stimulus" -> stimulus(new Section(map, "a stimulus intervention", List.of("stimulus", "from", "to")));
      case "infusion" -> infusion(new Section(map, "an infusion", List.of("infusion", "from", "to", "name")));
      case "input" -> new InputReader(names).read(new Section(map, "an input", List.of("input")), inputs);
      default -> {
        Section s = new Section(map, "a knockout intervention", List.of("knockout"));
        YamlNode id = s.require("knockout", "the parameter set to 0");
        String parameter = Values.string(id, "'knockout'");
        names.require(parameter, id.location(), ModelNames.Role.PARAMETER, "knockout");
        changed.putIfAbsent(parameter, id.location());
        yield new Intervention.Knockout(parameter);
      }
    };
    String name = switch (read) {
      case Intervention.Set x -> x.name();
      case Intervention.Dose x -> x.name();
      case Intervention.Infusion x -> x.name();
      default -> "";
    };
    if (!name.isEmpty()) {
      named.put(name, new Named(read, map.entry("name").orElseThrow().keyLocation()));
    }
    return read;
  }

  /**
   * The intervention's {@code name}, "" when it has none: an id (letters, digits, underscores, not
   * starting with a digit) that no other intervention has.
   */
  private String name(Section s) {
    Optional<YamlNode> node = s.get("name");
    if (node.isEmpty()) {
      return "";
    }
    String name = Values.string(node.get(), "'name' of an intervention");
    if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      throw new ExperimentFileException(node.get().location(), "intervention name '" + name + "' must be letters, digits and"
          + " underscores, not starting with a digit (a scan writes it before a dot: " + "bolus.amount.H)");
    }
    Named first = named.get(name);
    if (first != null) {
      throw new ExperimentFileException(node.get().location(), "two interventions are named '" + name + "' (the first at "
          + first.at().line() + ":" + first.at().column() + "); give each its own name");
    }
    return name;
  }

  /** {at, every, until}; a single event has every 0 and until = at. */
  private double[] repeat(Section s) {
    double at = s.requireNumber("at", "the time it happens, in the model's time unit");
    checkStart(s, "at", at);
    if (s.has("until") && !s.has("every")) {
      throw new ExperimentFileException(s.keyLocation("until"), "'until' needs 'every' (the repeat interval)");
    }
    if (!s.has("every")) {
      return new double[] {at, 0, at};
    }
    double every = s.number("every", 0);
    if (!(every > 0)) {
      throw new ExperimentFileException(s.get("every").orElseThrow().location(),
          "'every' must be greater than 0, not " + every + "; leave it out for a single event");
    }
    double until = s.number("until", time.end());
    if (until < at) {
      throw new ExperimentFileException(s.get("until").orElseThrow().location(),
          "'until' " + until + " is before 'at' " + at + "; the repeats would never happen");
    }
    return new double[] {at, every, until};
  }

  private Map<String, Double> values(Section s, String key, ModelNames.Role role) {
    YamlNode node = s.require(key, "");
    Section values = Section.of(node, "'" + key + "'", "{" + (role == ModelNames.Role.SPECIES ? "H" : "k_clear")
        + ": 10}", ExperimentReader.keysOf(node));
    if (values.entries().isEmpty()) {
      throw new ExperimentFileException(node.location(), "'" + key + "' names nothing to change");
    }
    Map<String, Double> out = new LinkedHashMap<>();
    for (YamlNode.Entry e : values.entries()) {
      names.require(e.key(), e.keyLocation(), role, key);
      double v = Values.number(e.value(), "'" + e.key() + "' in " + key);
      if (role == ModelNames.Role.SPECIES && !(v > 0)) {
        throw new ExperimentFileException(e.value().location(), key.equals("dose")
            ? "a dose must add a positive amount, not " + v + "; to remove a species use set"
            : "an infusion must add at a positive rate, not " + v + "; leave the species out for no infusion");
      }
      if (role != ModelNames.Role.SPECIES) {
        changed.putIfAbsent(e.key(), e.keyLocation());
      }
      out.put(e.key(), v);
    }
    return out;
  }

  private Intervention stimulus(Section s) {
    Section what = Section.of(s.require("stimulus", "{parameter: suckling, value: 1}"), "'stimulus'",
        "{parameter: suckling, value: 1}", List.of("parameter", "value"));
    YamlNode id = what.require("parameter", "the parameter held during the stimulus");
    String parameter = Values.string(id, "'parameter' in stimulus");
    names.require(parameter, id.location(), ModelNames.Role.PARAMETER, "stimulus");
    changed.putIfAbsent(parameter, id.location());
    double value = what.requireNumber("value", "the value held from 'from' to 'to'");
    double from = s.requireNumber("from", "the time the stimulus starts");
    checkStart(s, "from", from);
    double to = s.number("to", time.end());
    if (to <= from) {
      var where = s.get("to").or(() -> s.get("from")).orElseThrow().location();
      throw new ExperimentFileException(where, s.get("to").isPresent()
          ? "stimulus ends ('to' " + to + ") before it starts ('from' " + from + ")"
          : "stimulus starts at the end of the run (" + from + "), so it would never act; start it earlier");
    }
    return new Intervention.Stimulus(from, to, parameter, value);
  }

  /** {infusion: {S: rate}, from, to}: from the start of the run to its end unless they are given. */
  private Intervention infusion(Section s) {
    double from = s.number("from", time.start());
    if (s.has("from")) {
      checkStart(s, "from", from);
    }
    double to = s.number("to", Double.POSITIVE_INFINITY);
    if (!(to > from)) {
      var where = s.get("to").or(() -> s.get("from")).orElseThrow().location();
      throw new ExperimentFileException(where, "infusion ends ('to' " + to + ") before it starts ('from' " + from
          + "); give 'to' after 'from'");
    }
    Map<String, Double> rates = values(s, "infusion", ModelNames.Role.SPECIES);
    names.model().ifPresent(m -> {
      for (YamlNode.Entry e : ((YamlNode.Mapping) s.require("infusion", "")).entries().values()) {
        Species sp = m.speciesById(e.key()).orElseThrow();
        String why = sp.constant() ? "constant" : sp.boundaryCondition() ? "a boundary species"
            : m.ruleFor(sp.id()).isPresent() ? "set by a rule" : "";
        if (!why.isEmpty()) {
          throw new ExperimentFileException(e.keyLocation(), "'" + e.key() + "' is " + why + " in " + names.label()
              + ", which an infusion (a reaction into it) cannot change");
        }
      }
    });
    return new Intervention.Infusion(from, to, rates, name(s));
  }

  private void checkStart(Section s, String key, double t) {
    if (t < time.start() || t > time.end()) {
      throw new ExperimentFileException(s.get(key).orElseThrow().location(), "intervention time '" + key + "' " + t
          + " is outside the time span [" + time.start() + ", " + time.end() + "]; move it or change time");
    }
  }
}
