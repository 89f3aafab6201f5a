package org.limbic.petab;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.limbic.io.InputFiles;
import org.limbic.math.Expr;
import org.limbic.math.ExprParseException;
import org.limbic.math.ExprParser;
import org.limbic.model.Model;
import org.limbic.sbml.SbmlImporter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A PEtab 1.0 problem (Schmiester et al. 2021, PLoS Comput Biol 17:e1008646): the SBML model, the
 * condition, observable, measurement and parameter tables, read from the problem's YAML file. Every
 * fault in a table is refused with {@code FILE:LINE:COLUMN}; what this reader does not support
 * (several models, PEtab 2.0) is refused with the reason, never read
 * approximately. Priors are read ({@link PetabPrior}); the objective adds them only when asked
 * ({@link PetabObjective#logPrior}), as the benchmark references are likelihoods.
 */
public final class PetabProblem {

  /** A row of the condition table: the values it sets (numbers, parameter ids or NaN), by target id. */
  public record Condition(String id, Map<String, String> values, Path file, int line) {
  }

  private final Path yaml;
  private final Model model;
  private final Map<String, Condition> conditions;
  private final Map<String, PetabObservable> observables;
  private final List<PetabMeasurement> measurements;
  private final Map<String, PetabParameter> parameters;
  private final Path measurementFile;

  private PetabProblem(Path yaml, Model model, Map<String, Condition> conditions, Map<String, PetabObservable> observables,
                       List<PetabMeasurement> measurements, Map<String, PetabParameter> parameters, Path measurementFile) {
    this.yaml = yaml;
    this.model = model;
    this.conditions = conditions;
    this.observables = observables;
    this.measurements = measurements;
    this.parameters = parameters;
    this.measurementFile = measurementFile;
  }

  public Path yaml() {
    return yaml;
  }

  public Model model() {
    return model;
  }

  public Map<String, Condition> conditions() {
    return conditions;
  }

  public Map<String, PetabObservable> observables() {
    return observables;
  }

  public List<PetabMeasurement> measurements() {
    return measurements;
  }

  public Map<String, PetabParameter> parameters() {
    return parameters;
  }

  Path measurementFile() {
    return measurementFile;
  }

  /** The nominal value of every parameter of the table, linear. */
  public Map<String, Double> nominalValues() {
    Map<String, Double> values = new LinkedHashMap<>();
    parameters.values().forEach(p -> values.put(p.id(), p.nominalValue()));
    return values;
  }

  /**
   * Reads the problem {@code yaml} names.
   *
   * @throws PetabException for a fault, with the file, line and column
   */
  public static PetabProblem read(Path yaml) {
    JsonNode root;
    try {
      root = new YAMLMapper().readTree(InputFiles.read(yaml, "PEtab problem"));
    } catch (JacksonException e) {
      throw new PetabException(yaml, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
          e.getLocation() == null ? 0 : e.getLocation().getColumnNr(), "not readable as YAML: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new PetabException(yaml, 1, 1, "a PEtab problem file is a YAML map with format_version, parameter_file and problems");
    }
    String version = root.path("format_version").asString("");
    if (!version.equals("1") && !version.startsWith("1.")) {
      throw PetabException.unsupported(yaml, 1, 1, "format_version '" + version + "' is not supported; this reader reads PEtab 1"
          + (version.startsWith("2") ? " (PEtab 2.0 is not read yet)" : ""));
    }
    Path dir = yaml.toAbsolutePath().getParent();
    JsonNode problems = root.path("problems");
    if (!problems.isArray() || problems.size() != 1) {
      throw new PetabException(yaml, 1, 1, "'problems' must list exactly one problem (one model); it lists "
          + (problems.isArray() ? problems.size() : 0));
    }
    JsonNode problem = problems.get(0);
    List<Path> sbml = files(yaml, dir, problem, "sbml_files");
    if (sbml.size() != 1) {
      throw new PetabException(yaml, 1, 1, "sbml_files must name one SBML model, not " + sbml.size());
    }
    Model model;
    try {
      model = SbmlImporter.read(sbml.getFirst());
    } catch (IOException e) {
      throw new PetabException(sbml.getFirst(), 0, 0, "cannot read the SBML model: " + e.getMessage());
    }
    String parameterFile = root.path("parameter_file").asString("");
    if (parameterFile.isEmpty()) {
      throw new PetabException(yaml, 1, 1, "no parameter_file; PEtab needs the parameter table");
    }
    Map<String, PetabParameter> parameters = PetabTables.parameters(Tsv.read(dir.resolve(parameterFile),
        Set.of("parameterId", "parameterScale", "lowerBound", "upperBound", "nominalValue", "estimate")));
    Map<String, Condition> conditions = new LinkedHashMap<>();
    for (Path f : files(yaml, dir, problem, "condition_files")) {
      conditions.putAll(PetabTables.conditions(Tsv.read(f, Set.of("conditionId")), model, parameters));
    }
    Map<String, PetabObservable> observables = new LinkedHashMap<>();
    for (Path f : files(yaml, dir, problem, "observable_files")) {
      observables.putAll(PetabTables.observables(Tsv.read(f, Set.of("observableId", "observableFormula", "noiseFormula"))));
    }
    List<PetabMeasurement> measurements = new ArrayList<>();
    List<Path> measurementFiles = files(yaml, dir, problem, "measurement_files");
    for (Path f : measurementFiles) {
      measurements.addAll(PetabTables.measurements(Tsv.read(f, Set.of("observableId", "simulationConditionId", "time",
          "measurement")), observables, conditions, parameters));
    }
    return new PetabProblem(yaml, model, conditions, observables, measurements, parameters, measurementFiles.getFirst());
  }

  private static List<Path> files(Path yaml, Path dir, JsonNode problem, String key) {
    JsonNode list = problem.path(key);
    if (!list.isArray() || list.isEmpty()) {
      throw new PetabException(yaml, 1, 1, "the problem has no " + key + "; PEtab needs at least one");
    }
    List<Path> paths = new ArrayList<>();
    list.forEach(n -> paths.add(dir.resolve(n.asString())));
    return paths;
  }

  /**
   * A PEtab math expression (observable, noise, or a condition value): the SBML L3 infix syntax
   * Limbic parses, with sympy's {@code **} for powers and a one-argument {@code log} as the
   * natural logarithm, as PEtab defines it.
   */
  static Expr formula(String text, Tsv.Row row, String column) {
    String infix = text.replace("**", "^").replaceAll("\\blog\\(", "ln(");
    try {
      return ExprParser.parse(infix);
    } catch (ExprParseException e) {
      throw row.fault(column, "'" + text + "' does not parse: " + e.getMessage());
    }
  }
}
