package org.limbic.experiment.results;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.limbic.experiment.spec.MetricSpec;
import org.limbic.model.Model;

/**
 * The units of a results directory's quantities, written as {@code units.csv} (quantity, kind,
 * unit) beside the tables, which hold numbers only: time in the model's time unit, each recorded
 * variable in its element's unit, each metric in the unit its kind gives (a peak in the variable's,
 * a half-life in time's, an AUC in the variable's times time's). A unit the model does not declare
 * is "": plots then show the name alone, never a guessed unit.
 */
public final class ResultUnits {

  public static final String FILE = "units.csv";

  private ResultUnits() {
  }

  /** Quantity → unit: "time", the variables, then the metrics. */
  public static Map<String, String> of(Model model, List<String> variables, List<MetricSpec> metrics) {
    Map<String, String> units = new LinkedHashMap<>();
    String time = model.timeUnit();
    units.put("time", time);
    for (String v : variables) {
      units.put(v, unit(model, v));
    }
    for (MetricSpec m : metrics) {
      units.put(m.name(), metricUnit(m.kind(), unit(model, m.variable()), time));
    }
    return units;
  }

  static String metricUnit(MetricSpec.Kind kind, String variable, String time) {
    return switch (kind) {
      case PEAK, MINIMUM, FINAL, MEAN, AMPLITUDE -> variable;
      case TIME_OF_PEAK, TIME_TO_THRESHOLD, HALF_LIFE, PERIOD, TIME_ABOVE -> time;
      case AUC -> variable.isEmpty() || time.isEmpty() ? "" : product(variable, time);
    };
  }

  /** "uU/mL*min"; a compound unit is parenthesized, "(1/min)*min" reads wrongly as 1/(min*min) otherwise. */
  private static String product(String a, String b) {
    return (a.contains("/") ? "(" + a + ")" : a) + "*" + b;
  }

  private static String unit(Model model, String id) {
    return model.element(id).map(e -> switch (e) {
      case org.limbic.model.Species s -> s.unit();
      case org.limbic.model.Parameter p -> p.unit();
      case org.limbic.model.Compartment c -> c.unit();
      default -> "";
    }).orElse("");
  }

  /** The CSV text: a header, then a row a quantity. */
  public static String csv(Map<String, String> units) {
    StringBuilder sb = new StringBuilder("quantity,unit\n");
    units.forEach((q, u) -> sb.append(UnitRows.text(q)).append(',').append(UnitRows.text(u)).append('\n'));
    return sb.toString();
  }
}
