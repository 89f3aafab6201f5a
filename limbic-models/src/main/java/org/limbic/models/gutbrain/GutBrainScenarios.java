package org.limbic.models.gutbrain;

import java.util.List;
import java.util.Map;
import org.limbic.experiment.run.Scenario;
import org.limbic.models.examples.Scenarios;
import org.limbic.simulation.SimulationResult;

/**
 * The gut–brain model's scenario files (experiment YAML beside this class), and running one in
 * memory through {@link Scenario}, as the claim checks do: the file's parameters, interventions,
 * times and tolerances plus extra parameter values.
 */
public final class GutBrainScenarios {

  static final String[] NAMES = {"clindamycin-pulse", "healthy-no-antibiotic", "lactulose-5g", "lactulose-10g",
      "lactulose-20g", "fiber-diet-12-weeks", "restraint-stress"};

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
    return Scenario.of("gutbrain", scenario, text, () -> new GutBrainModel().model()).run(overrides);
  }
}
