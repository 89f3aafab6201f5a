package org.limbic.models.oxytocin;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.limbic.compile.CompiledModel;
import org.limbic.compile.ModelCompiler;
import org.limbic.experiment.file.ExperimentFiles;
import org.limbic.experiment.run.InterventionCompiler;
import org.limbic.experiment.spec.ExperimentSpec;
import org.limbic.simulation.SimulationOptions;
import org.limbic.simulation.SimulationResult;
import org.limbic.simulation.Simulator;

/**
 * Runs a scenario (experiment file text) of the oxytocin model in memory, as the claim checks and
 * tests do: the file's parameters, interventions, times and tolerances, plus extra parameter values
 * (e.g. a cohort subject's). Compiled models are cached per scenario text, since a cohort runs one
 * scenario many times.
 */
public final class ScenarioRun {

  private record Prepared(ExperimentSpec spec, CompiledModel compiled, Map<String, Double> knockouts) {
  }

  private static final Map<String, Prepared> CACHE = new ConcurrentHashMap<>();

  private ScenarioRun() {
  }

  /** Runs {@code yaml} with {@code overrides} applied after the file's own parameters; records every variable. */
  public static SimulationResult run(String name, String yaml, Map<String, Double> overrides) {
    return run(name, yaml, overrides, ParameterScaling.NONE);
  }

  /** As {@link #run(String, String, Map)}, then multiplies parameters by {@code scaling} (robustness variants). */
  public static SimulationResult run(String name, String yaml, Map<String, Double> overrides, ParameterScaling scaling) {
    Prepared prepared = CACHE.computeIfAbsent(yaml, text -> prepare(name, text));
    double[] p = prepared.compiled().newParameters();
    prepared.spec().parameters().forEach((id, v) -> p[prepared.compiled().parameterIndex(id)] = v);
    overrides.forEach((id, v) -> p[prepared.compiled().parameterIndex(id)] = v);
    prepared.knockouts().forEach((id, v) -> p[prepared.compiled().parameterIndex(id)] = v);
    scaling.applyTo(prepared.compiled(), p);
    var solver = prepared.spec().solver();
    Simulator simulator = new Simulator(prepared.compiled(),
        SimulationOptions.DEFAULTS.withMethod(solver.method()).withTolerances(solver.relativeTolerance(), solver.absoluteTolerance()));
    return simulator.run(p, prepared.spec().time().times(), simulator.allVariables());
  }

  /** Runs one of the model's own scenarios by name. */
  public static SimulationResult scenario(String scenario, Map<String, Double> overrides) {
    return scenario(scenario, overrides, ParameterScaling.NONE);
  }

  /** Runs one of the model's own scenarios by name under a robustness variant. */
  public static SimulationResult scenario(String scenario, Map<String, Double> overrides, ParameterScaling scaling) {
    String text = OxytocinScenarios.all().get(scenario);
    if (text == null) {
      throw new IllegalArgumentException("no scenario '" + scenario + "' in model 'oxytocin'; known: " + List.of(OxytocinScenarios.NAMES));
    }
    return run(scenario, text, overrides, scaling);
  }

  private static Prepared prepare(String name, String text) {
    ExperimentSpec spec = ExperimentFiles.parse(text, "oxytocin/" + name + ".yaml", Path.of("."));
    var withInterventions = InterventionCompiler.compile(new OxytocinModel().model(), spec.interventions());
    return new Prepared(spec, ModelCompiler.compile(withInterventions.model()), withInterventions.knockouts());
  }
}
