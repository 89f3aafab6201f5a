package org.limbic.models.gutbrain;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.limbic.compile.CompiledModel;
import org.limbic.compile.ModelCompiler;
import org.limbic.experiment.file.ExperimentFiles;
import org.limbic.experiment.run.InterventionCompiler;
import org.limbic.experiment.spec.ExperimentSpec;
import org.limbic.models.examples.Scenarios;
import org.limbic.simulation.SimulationOptions;
import org.limbic.simulation.SimulationResult;
import org.limbic.simulation.Simulator;

/**
 * The gut–brain model's scenario files (experiment YAML beside this class), and running one in
 * memory as the claim checks do: the file's parameters, interventions, times and tolerances plus
 * extra parameter values. Compiled models are cached per scenario text.
 */
public final class GutBrainScenarios {

  static final String[] NAMES = {"clindamycin-pulse", "healthy-no-antibiotic", "lactulose-5g", "lactulose-10g",
      "lactulose-20g", "fiber-diet-12-weeks", "restraint-stress"};

  private record Prepared(ExperimentSpec spec, CompiledModel compiled, Map<String, Double> knockouts) {
  }

  private static final Map<String, Prepared> CACHE = new ConcurrentHashMap<>();

  private GutBrainScenarios() {
  }

  static Map<String, String> all() {
    return Scenarios.load(GutBrainModel.class, NAMES);
  }

  /** Runs the named scenario with {@code overrides} applied after the file's own parameters; records every variable. */
  public static SimulationResult run(String scenario, Map<String, Double> overrides) {
    String text = all().get(scenario);
    if (text == null) {
      throw new IllegalArgumentException("no scenario '" + scenario + "' in model 'gutbrain'; known: " + List.of(NAMES));
    }
    Prepared prepared = CACHE.computeIfAbsent(text, t -> prepare(scenario, t));
    double[] p = prepared.compiled().newParameters();
    prepared.spec().parameters().forEach((id, v) -> p[prepared.compiled().parameterIndex(id)] = v);
    overrides.forEach((id, v) -> p[prepared.compiled().parameterIndex(id)] = v);
    prepared.knockouts().forEach((id, v) -> p[prepared.compiled().parameterIndex(id)] = v);
    var solver = prepared.spec().solver();
    Simulator simulator = new Simulator(prepared.compiled(),
        SimulationOptions.DEFAULTS.withMethod(solver.method()).withTolerances(solver.relativeTolerance(), solver.absoluteTolerance()));
    return simulator.run(p, prepared.spec().time().times(), simulator.allVariables());
  }

  private static Prepared prepare(String name, String text) {
    ExperimentSpec spec = ExperimentFiles.parse(text, "gutbrain/" + name + ".yaml", Path.of("."));
    var withInterventions = InterventionCompiler.compile(new GutBrainModel().model(), spec.interventions());
    return new Prepared(spec, ModelCompiler.compile(withInterventions.model()), withInterventions.knockouts());
  }
}
