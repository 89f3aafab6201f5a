package org.limbic.experiment.file;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.limbic.experiment.run.InterventionCompiler;
import org.limbic.experiment.spec.InputSignal;
import org.limbic.experiment.spec.Intervention;
import org.limbic.model.Event;
import org.limbic.model.InitialAssignment;
import org.limbic.model.Model;
import org.limbic.model.ModelException;
import org.limbic.model.Suggestions;

/**
 * An {@code input} intervention: parameters that follow a table of (time, value) rows or a sine for
 * the whole run, each becoming an assignment rule of time. Refused here, where each fault has its
 * place, rather than when the model is built: a parameter the model already computes (a rule, an
 * initial assignment, an event), a table whose times do not increase, a period that is not positive.
 * An initial assignment that reads the parameter is well defined (SBML: it reads the rule's value at
 * the start), so it is allowed: its element starts from the input's first value.
 */
final class InputReader {

  static final List<String> SHAPES = List.of("table", "sin");
  static final List<String> INTERPOLATIONS = List.of("linear", "step");

  private final ModelNames names;

  InputReader(ModelNames names) {
    this.names = names;
  }

  /** The input, and where each parameter is named (for conflicts with other interventions). */
  Intervention.Input read(Section s, Map<String, SourceLocation> where) {
    YamlNode node = s.require("input", "");
    Section parameters = Section.of(node, "'input'", "{k_in: {table: [[0, 0], [10, 1]]}}", ExperimentReader.keysOf(node));
    if (parameters.entries().isEmpty()) {
      throw new ExperimentFileException(node.location(), "'input' names no parameter; e.g. {k_in: {table: [[0, 0], [10, 1]]}}");
    }
    Map<String, InputSignal> signals = new LinkedHashMap<>();
    for (YamlNode.Entry e : parameters.entries()) {
      names.require(e.key(), e.keyLocation(), ModelNames.Role.PARAMETER, "input");
      names.model().ifPresent(m -> requireFree(m, e.key(), e.keyLocation()));
      SourceLocation first = where.putIfAbsent(e.key(), e.keyLocation());
      if (first != null) {
        throw new ExperimentFileException(e.keyLocation(), "'" + e.key() + "' follows an input already (at " + first.line()
            + ":" + first.column() + "); give it one");
      }
      signals.put(e.key(), signal(e));
    }
    Intervention.Input input = new Intervention.Input(signals);
    checkBuild(input, node.location());
    return input;
  }

  private static InputSignal signal(YamlNode.Entry e) {
    String what = "input of '" + e.key() + "'";
    Section s = Section.of(e.value(), what, "{table: [[0, 0], [10, 1]], interpolate: linear} or {sin: {period: 24, amplitude: 1}}",
        List.of("table", "interpolate", "sin"));
    List<String> shapes = SHAPES.stream().filter(s::has).toList();
    if (shapes.size() != 1) {
      throw new ExperimentFileException(shapes.isEmpty() ? s.map().location() : s.keyLocation("sin"), what
          + (shapes.isEmpty() ? " needs 'table' or 'sin'" : " takes either 'table' or 'sin', not both"));
    }
    if (shapes.getFirst().equals("sin")) {
      if (s.has("interpolate")) {
        throw new ExperimentFileException(s.keyLocation("interpolate"), "'interpolate' applies to a table, not to a sine");
      }
      return sine(Section.of(s.get("sin").orElseThrow(), "'sin' of '" + e.key() + "'", "{period: 24, amplitude: 1, phase: 0, mean: 0}",
          List.of("period", "amplitude", "phase", "mean")));
    }
    String interpolate = s.string("interpolate", "linear");
    if (!INTERPOLATIONS.contains(interpolate)) {
      throw new ExperimentFileException(s.get("interpolate").orElseThrow().location(), "unknown interpolation '" + interpolate
          + "'" + Suggestions.closest(interpolate, INTERPOLATIONS) + " (known: " + String.join(", ", INTERPOLATIONS) + ")");
    }
    return table(s.get("table").orElseThrow(), e.key(),
        interpolate.equals("linear") ? InputSignal.Interpolation.LINEAR : InputSignal.Interpolation.STEP);
  }

  private static InputSignal sine(Section s) {
    double period = s.requireNumber("period", "the time of one cycle, in the model's time unit");
    if (!(period > 0)) {
      throw new ExperimentFileException(s.get("period").orElseThrow().location(), "period must be greater than 0, not " + period);
    }
    double amplitude = s.requireNumber("amplitude", "the largest departure from the mean");
    return new InputSignal.Sine(period, amplitude, s.number("phase", 0), s.number("mean", 0));
  }

  private static InputSignal table(YamlNode node, String parameter, InputSignal.Interpolation interpolation) {
    List<YamlNode> rows = Values.sequence(node, "the table of '" + parameter + "'", "[[0, 0], [10, 1]]").items();
    if (rows.size() < 2) {
      throw new ExperimentFileException(node.location(), "the table of '" + parameter + "' has " + rows.size()
          + " row" + (rows.size() == 1 ? "" : "s") + "; it needs at least 2 [time, value] rows (for a constant, use parameters:)");
    }
    List<Double> times = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (YamlNode row : rows) {
      List<Double> pair = Values.numbers(row, "a row of the table of '" + parameter + "'");
      if (pair.size() != 2) {
        throw new ExperimentFileException(row.location(), "each row of the table of '" + parameter
            + "' must be [time, value], not a list of " + pair.size());
      }
      if (!times.isEmpty() && !(pair.get(0) > times.getLast())) {
        throw new ExperimentFileException(row.location(), pair.get(0).equals(times.getLast())
            ? "time " + pair.get(0) + " is in the table of '" + parameter + "' twice; give each time one value"
                + " (a jump is interpolate: step)"
            : "table times must increase: " + pair.get(0) + " comes after " + times.getLast() + "; sort the rows");
      }
      times.add(pair.get(0));
      values.add(pair.get(1));
    }
    return new InputSignal.Table(times, values, interpolation);
  }

  /** Refuses a parameter whose value the model already computes: a second rule would contradict it. */
  private void requireFree(Model model, String id, SourceLocation at) {
    String label = names.label();
    if (model.ruleFor(id).isPresent()) {
      throw new ExperimentFileException(at, "'" + id + "' has a rule in " + label + ", which an input would replace;"
          + " give the input to a parameter the rule reads");
    }
    Optional<InitialAssignment> assigned = model.initialAssignments().stream().filter(a -> a.symbol().equals(id)).findFirst();
    if (assigned.isPresent()) {
      throw new ExperimentFileException(at, "'" + id + "' has an initial assignment in " + label
          + ", which an input would contradict (a value cannot be both computed at the start and a function of time)");
    }
    for (Event e : model.events()) {
      if (e.assignments().stream().anyMatch(a -> a.variable().equals(id))) {
        throw new ExperimentFileException(at, "event '" + e.id() + "' of " + label + " sets '" + id
            + "', which an input fixes at all times; give the input to another parameter");
      }
    }
  }

  /** A build of the model with the input, whose faults (e.g. a cycle of rules) are placed at the input. */
  private void checkBuild(Intervention.Input input, SourceLocation at) {
    names.model().ifPresent(m -> {
      try {
        InterventionCompiler.compile(m, List.of(input));
      } catch (ModelException e) {
        throw new ExperimentFileException(at, "the input cannot be added to " + names.label() + ": " + e.getMessage());
      }
    });
  }
}
