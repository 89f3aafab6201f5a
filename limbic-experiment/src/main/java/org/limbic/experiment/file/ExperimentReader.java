package org.limbic.experiment.file;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.limbic.experiment.library.BuiltInModel;
import org.limbic.experiment.library.ModelLibrary;
import org.limbic.experiment.spec.CohortSpec;
import org.limbic.experiment.spec.ExperimentSpec;
import org.limbic.experiment.spec.Intervention;
import org.limbic.experiment.spec.ModelRef;
import org.limbic.experiment.spec.OutputSpec;
import org.limbic.experiment.spec.ScanSpec;
import org.limbic.experiment.spec.SensitivityExperiment;
import org.limbic.experiment.spec.SensitivitySpec;
import org.limbic.experiment.spec.SolverSpec;
import org.limbic.experiment.spec.SteadyStateSpec;
import org.limbic.experiment.spec.TimeGrid;
import org.limbic.model.Model;
import org.limbic.model.ModelException;

/** Turns the tree of one experiment file into an {@link ExperimentSpec}, top-level key by key. */
final class ExperimentReader {

  static final int DEFAULT_POINTS = 101;

  private final String source;
  private final Path baseDir;
  private final ModelResolver resolver;

  ExperimentReader(String source, Path baseDir, ModelResolver resolver) {
    this.source = source;
    this.baseDir = baseDir;
    this.resolver = resolver;
  }

  /** An experiment to run; a file with a sensitivity section is refused, naming the command that runs it. */
  ExperimentSpec read(YamlNode root) {
    Read r = readAll(root);
    if (r.sensitivity().isPresent()) {
      throw new ExperimentFileException(r.top().keyLocation("sensitivity"), "this file describes a sensitivity analysis;"
          + " run it with 'limbic sensitivity FILE' (or remove 'sensitivity' to run the experiment once)");
    }
    return r.spec();
  }

  /** An experiment with its sensitivity analysis, which the file must have. */
  SensitivityExperiment readSensitivity(YamlNode root) {
    Read r = readAll(root);
    return new SensitivityExperiment(r.spec(), r.sensitivity().orElseThrow(() -> new ExperimentFileException(r.top().map().location(),
        "the experiment file has no 'sensitivity' section; add one, e.g. sensitivity: {method: sobol, samples: 1024,"
            + " parameters: {k: {min: 0.1, max: 1}}} (docs/experiment-files.md)")));
  }

  private record Read(Section top, ExperimentSpec spec, Optional<SensitivitySpec> sensitivity) {
  }

  private Read readAll(YamlNode file) {
    YamlNode root = ScenarioMerge.apply(file);
    if (Values.isNull(root)) {
      throw new ExperimentFileException(root.location(),
          "the experiment file is empty; it needs at least 'model' and 'time' (see docs/experiment-files.md)");
    }
    Section top = Section.of(root, "the experiment file", "{model: ..., time: ...}", ExperimentFiles.TOP_LEVEL_KEYS);
    YamlNode modelNode = top.require("model", "a built-in model id (limbic models lists them) or {sbml: path/to/model.xml}");
    ModelRef ref = modelRef(modelNode);
    ModelNames names = names(ref, modelNode);
    TimeGrid time = TimeReader.read(top.require("time", "e.g. time: {start: 0, end: 60, points: 121}"));

    String name = top.string("name", defaultName(source));
    if (name.length() > MAX_NAME) {
      throw new ExperimentFileException(top.get("name").orElseThrow().location(), "the name has " + name.length()
          + " characters; it names the results directory and the catalog's record, so keep it to " + MAX_NAME + " or fewer");
    }
    Map<String, Double> parameters = overrides(top, names);
    InterventionReader interventionReader = new InterventionReader(names, time);
    List<Intervention> interventions = top.get("interventions").map(interventionReader::read).orElse(List.of());
    OutputSpec outputs = top.get("outputs").map(n -> OutputReader.read(n, names, time))
        .orElse(new OutputSpec(List.of(), List.of()));
    SolverSpec solver = top.get("solver").map(SolverReader::read).orElse(SolverSpec.DEFAULTS);
    long replicates = top.count("replicates", 1);
    if (replicates < 1) {
      throw new ExperimentFileException(top.get("replicates").orElseThrow().location(),
          "replicates must be 1 or more, not " + replicates + "; use 1 for a single run");
    }
    long seed = top.integer("seed", 0);
    if (top.has("scan") && top.has("cohort")) {
      throw new ExperimentFileException(top.keyLocation("cohort"),
          "give either 'scan' or 'cohort', not both (scan starts at " + top.keyLocation("scan").line() + ":"
              + top.keyLocation("scan").column() + "); run them as two experiments");
    }
    InterventionFields fields = new InterventionFields(interventionReader.named(), time);
    Optional<ScanSpec> scan = top.get("scan").map(n -> ScanReader.read(n, names, fields));
    Optional<CohortSpec> cohort = top.get("cohort").map(n -> CohortReader.read(n, names, fields));
    for (String other : List.of("scan", "cohort")) {
      if (top.has("sensitivity") && top.has(other)) {
        throw new ExperimentFileException(top.keyLocation("sensitivity"), "give either '" + other + "' or 'sensitivity', not both;"
            + " the sensitivity analysis chooses its own points");
      }
    }
    if (top.has("sensitivity") && replicates > 1) {
      throw new ExperimentFileException(top.keyLocation("replicates"), "a sensitivity analysis runs each point once; remove"
          + " 'replicates' (a stochastic model uses one seed at every point)");
    }
    Optional<SteadyStateSpec> steadyState = top.get("steady_state").flatMap(n -> steadyState(n, names, solver, top));
    Optional<SensitivitySpec> sensitivity = top.get("sensitivity").map(n -> SensitivityReader.read(n, names, outputs, fields));
    refuseInputs(interventionReader.inputs(), top);
    return new Read(top, new ExperimentSpec(name, ref, parameters, time, interventions, outputs, solver, (int) replicates, seed,
        scan, cohort, steadyState, source), sensitivity);
  }

  /**
   * A parameter that follows an input is an assignment rule of time: a value given to it under
   * parameters, or by a scan, cohort or sensitivity analysis, would be silently overruled.
   */
  private static void refuseInputs(Map<String, SourceLocation> inputs, Section top) {
    if (inputs.isEmpty()) {
      return;
    }
    List<Optional<YamlNode>> maps = new ArrayList<>(List.of(top.get("parameters")));
    for (String section : List.of("scan", "cohort", "sensitivity")) {
      maps.add(top.get(section).flatMap(n -> ((YamlNode.Mapping) n).get("parameters")));
    }
    for (Optional<YamlNode> map : maps) {
      if (map.orElse(null) instanceof YamlNode.Mapping m) {
        for (YamlNode.Entry e : m.entries().values()) {
          SourceLocation input = inputs.get(e.key());
          if (input != null) {
            throw new ExperimentFileException(e.keyLocation(), "'" + e.key() + "' follows an input (at " + input.line() + ":"
                + input.column() + "), which fixes its value at all times, so a value here would be ignored; remove one of them");
          }
        }
      }
    }
  }

  private ModelRef modelRef(YamlNode node) {
    if (node instanceof YamlNode.Mapping) {
      Section sbml = Section.of(node, "model", "{sbml: path/to/model.xml}", List.of("sbml"));
      YamlNode pathNode = sbml.require("sbml", "the path of an SBML file, relative to the experiment file");
      Path file = baseDir.resolve(Values.string(pathNode, "'sbml' in model")).toAbsolutePath().normalize();
      // asked first: a resolver that reads only some files must not let the check below probe others
      resolver.refusal(file).ifPresent(reason -> {
        throw new ExperimentFileException(pathNode.location(), reason);
      });
      if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
        throw new ExperimentFileException(pathNode.location(), "SBML file not found or not readable: " + file
            + " (relative paths are resolved against " + baseDir.toAbsolutePath().normalize() + "); check the path");
      }
      return new ModelRef.Sbml(file);
    }
    if (node instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.STRING) {
      return new ModelRef.BuiltIn(s.text());
    }
    throw Values.wrongType(node, "model", "a built-in model id or a map like {sbml: path/to/model.xml}");
  }

  private ModelNames names(ModelRef ref, YamlNode at) {
    if (ref instanceof ModelRef.BuiltIn b && ModelLibrary.find(b.id()).filter(BuiltInModel::agentBased).isPresent()) {
      throw new ExperimentFileException(at.location(), "model '" + b.id() + "' is agent-based: it has no equations for this"
          + " command to run; 'limbic run FILE' runs its assays (assays: [...], docs/experiment-files.md, 'Agent-based models')");
    }
    try {
      Optional<Model> model = resolver.resolve(ref);
      return switch (ref) {
        case ModelRef.BuiltIn b -> new ModelNames(model, "model '" + b.id() + "'", "limbic models " + b.id());
        case ModelRef.Sbml s -> new ModelNames(model, "model " + s.file().getFileName(), "the SBML file");
      };
    } catch (ModelException e) {
      String problem = ref instanceof ModelRef.BuiltIn ? "unknown model " : "cannot load the SBML model: ";
      throw new ExperimentFileException(at.location(), problem + e.getMessage());
    }
  }

  /**
   * {@code steady_state: true}, or {@code steady_state: {parameters: {id: value}}} with the values of
   * the equilibration condition; {@code false} is the same as leaving it out.
   */
  private static Optional<SteadyStateSpec> steadyState(YamlNode node, ModelNames names, SolverSpec solver, Section top) {
    Map<String, Double> values = new LinkedHashMap<>();
    if (node instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.BOOLEAN) {
      if (!Values.bool(node, "steady_state")) {
        return Optional.empty();
      }
    } else if (node instanceof YamlNode.Mapping) {
      Section section = Section.of(node, "steady_state", "{parameters: {stimulus: 0}}", List.of("parameters"));
      Optional<YamlNode> parameters = section.get("parameters");
      if (parameters.isPresent()) {
        Section p = Section.of(parameters.get(), "parameters of steady_state", "{stimulus: 0}", keysOf(parameters.get()));
        for (YamlNode.Entry e : p.entries()) {
          names.require(e.key(), e.keyLocation(), ModelNames.Role.VALUE, "steady_state");
          values.put(e.key(), Values.number(e.value(), "parameter '" + e.key() + "' of steady_state"));
        }
      }
    } else {
      throw Values.wrongType(node, "steady_state", "true, or a map like {parameters: {stimulus: 0}}");
    }
    if (!org.limbic.solve.Integrators.names().contains(solver.method())) {
      throw new ExperimentFileException(top.keyLocation("steady_state"), "steady_state starts each run from a"
          + " deterministic steady state; solver method '" + solver.method() + "' is stochastic: use "
          + org.limbic.solve.Integrators.names() + ", or leave out steady_state");
    }
    return Optional.of(new SteadyStateSpec(values));
  }

  private static Map<String, Double> overrides(Section top, ModelNames names) {
    Optional<YamlNode> node = top.get("parameters");
    if (node.isEmpty()) {
      return Map.of();
    }
    Section section = Section.of(node.get(), "parameters", "{k_clear: 0.2}", keysOf(node.get()));
    Map<String, Double> values = new LinkedHashMap<>();
    for (YamlNode.Entry e : section.entries()) {
      names.require(e.key(), e.keyLocation(), ModelNames.Role.VALUE, "parameters");
      values.put(e.key(), Values.number(e.value(), "parameter '" + e.key() + "'"));
    }
    return values;
  }

  /** The keys of a map (so that a section accepts any key), or none when the node is not a map. */
  static List<String> keysOf(YamlNode node) {
    return node instanceof YamlNode.Mapping m ? new ArrayList<>(m.entries().keySet()) : List.of();
  }

  /** Names become directory names (at most 255 bytes on common file systems) with a timestamp added. */
  static final int MAX_NAME = 120;

  /** The file's name without its extension: an experiment's name when it gives none. */
  static String defaultName(String source) {
    String file = Path.of(source).getFileName().toString();
    int dot = file.lastIndexOf('.');
    return dot > 0 ? file.substring(0, dot) : file;
  }
}
