package org.limbic.models.oxytocin;

import java.util.List;
import java.util.Map;
import org.limbic.experiment.run.ParameterScaling;
import org.limbic.experiment.run.Scenario;
import org.limbic.simulation.SimulationResult;

/**
 * Runs a scenario (experiment file text) of the oxytocin model in memory through {@link Scenario},
 * as the claim checks and tests do: the file's parameters, interventions, times and tolerances, plus
 * extra parameter values (e.g. a cohort subject's) and a robustness variant's scaling.
 */
public final class ScenarioRun {

  private ScenarioRun() {
  }

  /** Runs {@code yaml} with {@code overrides} applied after the file's own parameters; records every variable. */
  public static SimulationResult run(String name, String yaml, Map<String, Double> overrides) {
    return run(name, yaml, overrides, ParameterScaling.NONE);
  }

  /** As {@link #run(String, String, Map)}, then multiplies parameters by {@code scaling} (robustness variants). */
  public static SimulationResult run(String name, String yaml, Map<String, Double> overrides, ParameterScaling scaling) {
    return Scenario.of("oxytocin", name, yaml, () -> new OxytocinModel().model()).run(overrides, scaling);
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
}
