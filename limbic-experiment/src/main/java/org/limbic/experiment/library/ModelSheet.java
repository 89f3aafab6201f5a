package org.limbic.experiment.library;

import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.limbic.math.ExprPrinter;
import org.limbic.model.Model;
import org.limbic.model.Parameter;
import org.limbic.model.Rule;
import org.limbic.model.StatedRange;

/**
 * What {@code limbic models ID} shows of a built-in model, as values that the text, TSV and JSON
 * formats print alike. A variable held by an assignment rule is listed with its expression, not as a
 * parameter (it has no value, unit or source of its own); one driven by a rate rule likewise.
 * Expressions are whole: a reader copies them. Shared by {@code limbic models} and the web explorer
 * ({@code limbic serve}), so that both show the same.
 */
public record ModelSheet(String id, String title, String name, List<CompartmentRow> compartments, List<SpeciesRow> species,
                  List<RuleRow> assignments, List<RateRow> rateRules, List<ReactionRow> reactions, List<ParameterRow> parameters,
                  List<String> scenarios, List<AssayRow> assays, List<ClaimRow> claims) {

  /** An agent-based model's assay: what experiment files can run ({@code assays:}). */
  public record AssayRow(String name, String description, List<AssayParameterRow> parameters, List<String> measures) {
  }

  /** {@code allowed}: the range or the choices in words. */
  public record AssayParameterRow(String name, String defaultValue, String unit, String allowed, String meaning) {
  }

  public record CompartmentRow(String id, double size, String unit) {
  }

  public record SpeciesRow(String id, double initial, String unit, String compartment, boolean initialIsConcentration,
                    boolean boundary, boolean constant) {
  }

  /** {@code variable = expression}, with the variable's unit if declared. */
  public record RuleRow(String variable, String unit, String expression) {
  }

  /** {@code d variable/dt = expression} from {@code initial}. */
  public record RateRow(String variable, double initial, String unit, String expression) {
  }

  public record ReactionRow(String id, String rate) {
  }

  /**
   * {@code changedByEvents}: a parameter that events set (its value is the initial one); {@code min}
   * and {@code max}: the range its source states ({@link StatedRange}), null where it states none.
   */
  public record ParameterRow(String id, double value, String unit, String source, boolean changedByEvents, Double min,
                             Double max) {
  }

  public record ClaimRow(String id, String kind, String statement) {
  }

  public static ModelSheet of(BuiltInModel m) {
    Model model = m.model();
    Map<String, String> units = new HashMap<>();
    Map<String, Double> initial = new HashMap<>();
    model.parameters().forEach(p -> remember(units, initial, p.id(), p.unit(), p.value()));
    model.species().forEach(s -> remember(units, initial, s.id(), s.unit(), s.initialValue()));
    model.compartments().forEach(c -> remember(units, initial, c.id(), c.unit(), c.size()));
    List<RuleRow> assignments = model.rules().stream().filter(Rule.Assignment.class::isInstance)
        .map(r -> new RuleRow(r.variable(), units.getOrDefault(r.variable(), ""), ExprPrinter.print(r.math()))).toList();
    List<RateRow> rates = model.rules().stream().filter(Rule.Rate.class::isInstance)
        .map(r -> new RateRow(r.variable(), initial.getOrDefault(r.variable(), Double.NaN), units.getOrDefault(r.variable(), ""), ExprPrinter.print(r.math())))
        .toList();
    Set<String> ruled = model.rules().stream().map(Rule::variable).collect(Collectors.toSet());
    Set<String> evented = model.events().stream().flatMap(e -> e.assignments().stream()).map(a -> a.variable())
        .collect(Collectors.toSet());
    List<ParameterRow> parameters = new ArrayList<>();
    for (Parameter p : model.parameters()) {
      if (!ruled.contains(p.id())) {
        var range = StatedRange.of(p.source(), p.value());
        parameters.add(new ParameterRow(p.id(), p.value(), p.unit(), p.source(), evented.contains(p.id()),
            range.map(StatedRange::lower).orElse(null), range.map(StatedRange::upper).orElse(null)));
      }
    }
    return new ModelSheet(m.id(), m.title(), model.toString(),
        model.compartments().stream().map(c -> new CompartmentRow(c.id(), c.size(), c.unit())).toList(),
        model.species().stream().map(s -> new SpeciesRow(s.id(), s.initialValue(), s.unit(), s.compartment(),
            s.initialIsConcentration(), s.boundaryCondition(), s.constant())).toList(),
        assignments, rates,
        model.reactions().stream().map(r -> new ReactionRow(r.id(), ExprPrinter.print(r.kineticLaw()))).toList(),
        List.copyOf(parameters), List.copyOf(m.scenarios().keySet()),
        m.assays().stream().map(a -> new AssayRow(a.name(), a.description(), a.parameters().stream()
            .map(p -> new AssayParameterRow(p.name(), String.valueOf(p.defaultValue()), p.unit(), p.allowed(), p.meaning())).toList(),
            a.measures().stream().map(x -> x.name() + (x.unit().isEmpty() ? "" : " [" + x.unit() + "]") + ": " + x.meaning())
                .toList())).toList(),
        m.claims().stream().map(c -> new ClaimRow(c.id(), c.kind().label(), c.statement())).toList());
  }

  private static void remember(Map<String, String> units, Map<String, Double> initial, String id, String unit, double value) {
    units.put(id, unit);
    initial.put(id, value);
  }
}
