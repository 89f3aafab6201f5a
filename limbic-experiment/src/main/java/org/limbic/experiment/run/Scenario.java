package org.limbic.experiment.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.limbic.compile.CompiledModel;
import org.limbic.experiment.file.ExperimentFiles;
import org.limbic.experiment.spec.ExperimentSpec;
import org.limbic.model.Model;
import org.limbic.simulation.Engine;
import org.limbic.simulation.Engines;
import org.limbic.simulation.SimulationResult;

/**
 * A built-in model's scenario (an experiment file's text) run in memory, as claim checks and tests
 * run them: the file's parameters, interventions, times and solver, then a subject's overrides and a
 * scaling ({@link ParameterVector}'s order), recording every variable. Parsed and compiled once per
 * model and text, since a cohort runs one scenario many times; thread-safe.
 */
public final class Scenario {

  private static final Map<String, Scenario> CACHE = new ConcurrentHashMap<>();

  private final ExperimentSpec spec;
  private final ParameterVector parameters;
  private final Engine engine;
  private final double[] times;

  private Scenario(ExperimentSpec spec, Model model) {
    this.spec = spec;
    InterventionCompiler.Result withInterventions = InterventionCompiler.compile(model, spec.interventions());
    CompiledModel compiled = CompiledModels.of(withInterventions.model());
    this.parameters = new ParameterVector(compiled, spec.parameters(), withInterventions.knockouts());
    this.engine = Engines.forMethod(compiled, List.copyOf(compiled.layout().reads().keySet()), spec.solver().options());
    this.times = spec.time().times();
  }

  /**
   * The scenario {@code name} of model {@code modelId} with file text {@code yaml}; the model is built
   * only the first time this text is seen.
   *
   * @throws org.limbic.experiment.file.ExperimentFileException if the text is not a valid experiment file
   */
  public static Scenario of(String modelId, String name, String yaml, Supplier<Model> model) {
    return CACHE.computeIfAbsent(modelId + '\n' + yaml,
        key -> new Scenario(ExperimentFiles.parse(yaml, modelId + "/" + name + ".yaml", Path.of(".")), model.get()));
  }

  /** The scenario as parsed. */
  public ExperimentSpec spec() {
    return spec;
  }

  /** Runs with {@code overrides} applied after the file's own parameters. */
  public SimulationResult run(Map<String, Double> overrides) {
    return run(overrides, ParameterScaling.NONE);
  }

  /** Runs with {@code overrides}, then multiplies parameters by {@code scaling}. */
  public SimulationResult run(Map<String, Double> overrides, ParameterScaling scaling) {
    return engine.run(parameters.with(overrides, scaling), times, spec.seed());
  }
}
