package org.limbic.petab;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.limbic.model.Model;

/** The four PEtab tables, read and checked row by row: every fault names its cell. */
final class PetabTables {

  private PetabTables() {
  }

  static Map<String, PetabParameter> parameters(Tsv table) {
    Map<String, PetabParameter> out = new LinkedHashMap<>();
    for (Tsv.Row row : table.rows) {
      String id = row.require("parameterId");
      if (out.containsKey(id)) {
        throw row.fault("parameterId", "parameter '" + id + "' is listed twice");
      }
      String scaleText = row.require("parameterScale");
      PetabParameter.Scale scale = PetabParameter.Scale.of(scaleText);
      if (scale == null) {
        throw row.fault("parameterScale", "parameterScale '" + scaleText + "' is not one of lin, log, log10");
      }
      String estimateText = row.require("estimate");
      if (!estimateText.equals("0") && !estimateText.equals("1")) {
        throw row.fault("estimate", "estimate must be 0 or 1, not '" + estimateText + "'");
      }
      boolean estimate = estimateText.equals("1");
      double nominal = row.number("nominalValue");
      double lower = estimate ? row.number("lowerBound") : row.get("lowerBound").flatMap(Tsv::parseNumber).orElse(Double.NaN);
      double upper = estimate ? row.number("upperBound") : row.get("upperBound").flatMap(Tsv::parseNumber).orElse(Double.NaN);
      if (estimate && !(lower <= upper)) {
        throw row.fault("lowerBound", "the bounds of '" + id + "' are reversed: lowerBound " + lower + " > upperBound " + upper);
      }
      if (estimate && scale != PetabParameter.Scale.LIN && lower <= 0) {
        throw row.fault("lowerBound", "'" + id + "' is estimated on the " + scaleText + " scale, so its lowerBound must be"
            + " positive, not " + lower);
      }
      // a fixed parameter's priors are not used, so not read
      PetabPrior objective = estimate ? prior(row, "objectivePrior", id, scale.toScale(lower), scale.toScale(upper)) : null;
      PetabPrior initialization = estimate ? prior(row, "initializationPrior", id, scale.toScale(lower), scale.toScale(upper))
          : null;
      out.put(id, new PetabParameter(id, scale, lower, upper, nominal, estimate, objective, initialization));
    }
    return out;
  }

  /**
   * A prior of the {@code column}Type and {@code column}Parameters cells: none when both are empty;
   * parameters without a type are parameterScaleUniform's, as PEtab defines the default; a
   * parameterScaleUniform type without parameters takes the bounds on the parameter's scale, as the
   * petab library does; any other type without parameters is refused.
   */
  private static PetabPrior prior(Tsv.Row row, String column, String id, double lowerScaled, double upperScaled) {
    String typeColumn = column + "Type";
    String parametersColumn = column + "Parameters";
    String typeText = row.get(typeColumn).orElse("");
    String parametersText = row.get(parametersColumn).orElse("");
    if (typeText.isEmpty() && parametersText.isEmpty()) {
      return null;
    }
    PetabPrior.Type type = typeText.isEmpty() ? PetabPrior.Type.PARAMETER_SCALE_UNIFORM : PetabPrior.Type.of(typeText);
    if (type == null) {
      throw row.fault(typeColumn, typeColumn + " '" + typeText + "' of '" + id + "' is not a PEtab prior; give one of "
          + PetabPrior.Type.names());
    }
    if (parametersText.isEmpty() && type == PetabPrior.Type.PARAMETER_SCALE_UNIFORM) {
      return new PetabPrior(type, lowerScaled, upperScaled);
    }
    if (parametersText.isEmpty()) {
      throw row.fault(parametersColumn, "'" + id + "' has a " + typeText + " prior but no " + parametersColumn
          + "; give its two numbers as a;b");
    }
    String[] parts = parametersText.split(";", -1);
    if (parts.length != 2) {
      throw row.fault(parametersColumn, parametersColumn + " '" + parametersText + "' of '" + id + "' must be two numbers"
          + " separated by ';'");
    }
    double[] ab = new double[2];
    for (int k = 0; k < 2; k++) {
      int at = k;
      ab[k] = Tsv.parseNumber(parts[k].trim()).orElseThrow(() -> row.fault(parametersColumn, parametersColumn + " '"
          + parametersText + "' of '" + id + "': '" + parts[at] + "' is not a number"));
    }
    try {
      return new PetabPrior(type, ab[0], ab[1]);
    } catch (IllegalArgumentException e) {
      throw row.fault(parametersColumn, "'" + id + "': " + e.getMessage());
    }
  }

  static Map<String, PetabProblem.Condition> conditions(Tsv table, Model model, Map<String, PetabParameter> parameters) {
    Map<String, PetabProblem.Condition> out = new LinkedHashMap<>();
    List<String> targets = new ArrayList<>(table.columns);
    targets.removeAll(List.of("conditionId", "conditionName"));
    for (String target : targets) {
      if (model.element(target).isEmpty()) {
        throw new PetabException(table.file, 1, table.column(target), "the condition table sets '" + target
            + "', which is no species, compartment or parameter of model '" + model.id() + "'");
      }
    }
    for (Tsv.Row row : table.rows) {
      String id = row.require("conditionId");
      if (out.containsKey(id)) {
        throw row.fault("conditionId", "condition '" + id + "' is listed twice");
      }
      Map<String, String> values = new LinkedHashMap<>();
      for (String target : targets) {
        String value = row.get(target).orElse("NaN");
        if (Tsv.parseNumber(value).isEmpty() && !parameters.containsKey(value)) {
          throw row.fault(target, "the value '" + value + "' for " + target + " is neither a number nor a parameter of the"
              + " parameter table");
        }
        values.put(target, value);
      }
      out.put(id, new PetabProblem.Condition(id, values, table.file, row.line()));
    }
    return out;
  }

  static Map<String, PetabObservable> observables(Tsv table) {
    Map<String, PetabObservable> out = new LinkedHashMap<>();
    for (Tsv.Row row : table.rows) {
      String id = row.require("observableId");
      if (out.containsKey(id)) {
        throw row.fault("observableId", "observable '" + id + "' is listed twice");
      }
      String t = row.get("observableTransformation").orElse("lin");
      PetabObservable.Transformation transformation = switch (t) {
        case "lin" -> PetabObservable.Transformation.LIN;
        case "log" -> PetabObservable.Transformation.LOG;
        case "log10" -> PetabObservable.Transformation.LOG10;
        default -> throw row.fault("observableTransformation", "observableTransformation '" + t
            + "' is not one of lin, log, log10");
      };
      String d = row.get("noiseDistribution").orElse("normal");
      PetabObservable.Noise noise = switch (d) {
        case "normal" -> PetabObservable.Noise.NORMAL;
        case "laplace" -> PetabObservable.Noise.LAPLACE;
        default -> throw row.fault("noiseDistribution", "noiseDistribution '" + d + "' is not one of normal, laplace");
      };
      out.put(id, new PetabObservable(id, PetabProblem.formula(row.require("observableFormula"), row, "observableFormula"),
          PetabProblem.formula(row.require("noiseFormula"), row, "noiseFormula"), transformation, noise));
    }
    return out;
  }

  static List<PetabMeasurement> measurements(Tsv table, Map<String, PetabObservable> observables,
                                             Map<String, PetabProblem.Condition> conditions,
                                             Map<String, PetabParameter> parameters) {
    List<PetabMeasurement> out = new ArrayList<>();
    for (Tsv.Row row : table.rows) {
      String observable = row.require("observableId");
      if (!observables.containsKey(observable)) {
        throw row.fault("observableId", "unknown observable '" + observable + "'; the observable table has "
            + observables.keySet());
      }
      String condition = row.require("simulationConditionId");
      if (!conditions.containsKey(condition)) {
        throw row.fault("simulationConditionId", "unknown condition '" + condition + "'; the condition table has "
            + conditions.keySet());
      }
      String preequilibration = row.get("preequilibrationConditionId").orElse("");
      if (!preequilibration.isEmpty() && !conditions.containsKey(preequilibration)) {
        throw row.fault("preequilibrationConditionId", "unknown condition '" + preequilibration + "'; the condition table has "
            + conditions.keySet());
      }
      double time = row.number("time");
      if (Double.isNaN(time) || time < 0 && !Double.isInfinite(time) || time == Double.NEGATIVE_INFINITY) {
        throw row.fault("time", "time must be a number >= 0 or inf, not " + row.require("time"));
      }
      double value = row.number("measurement");
      out.add(new PetabMeasurement(observable, preequilibration, condition, time, value,
          overrides(row, "observableParameters", parameters), overrides(row, "noiseParameters", parameters), row.line()));
    }
    return out;
  }

  private static List<String> overrides(Tsv.Row row, String column, Map<String, PetabParameter> parameters) {
    List<String> values = new ArrayList<>();
    for (String part : row.get(column).orElse("").split(";")) {
      String p = part.strip();
      if (p.isEmpty()) {
        continue;
      }
      if (Tsv.parseNumber(p).isEmpty() && !parameters.containsKey(p)) {
        throw row.fault(column, "'" + p + "' in " + column + " is neither a number nor a parameter of the parameter table");
      }
      values.add(p);
    }
    return values;
  }
}
