package org.limbic.experiment.run;

import org.limbic.experiment.spec.ExperimentSpec;
import org.limbic.model.Model;

/**
 * An experiment's units (subject x replicate) as independent pieces of work: what a distributed
 * engine's workers rebuild from the experiment's description and compute, unit by unit, exactly as
 * {@link ExperimentRunner}'s threads do (the same {@link PreparedExperiment}; a unit's seed depends on
 * the experiment's seed and the unit's number only). Thread-safe.
 */
public final class ExperimentUnits {

  private final PreparedExperiment experiment;

  private ExperimentUnits(PreparedExperiment experiment) {
    this.experiment = experiment;
  }

  /**
   * Prepares {@code spec} on {@code model}: interventions compiled, the sampler seeded, the base
   * parameters tried once.
   *
   * @throws IllegalArgumentException or {@link org.limbic.model.ModelException} for bad input
   */
  public static ExperimentUnits of(ExperimentSpec spec, Model model) {
    return new ExperimentUnits(new PreparedExperiment(spec, model));
  }

  /** How many units the experiment has: subjects x replicates. */
  public long count() {
    return (long) experiment.subjects() * experiment.replicates();
  }

  /** Simulates unit {@code unit} (subject = unit / replicates) and formats its rows, carrying {@code runId}. */
  public UnitOutcome compute(String runId, int unit) {
    if (unit < 0 || unit >= count()) {
      throw new IndexOutOfBoundsException("unit " + unit + " of an experiment of " + count() + " units");
    }
    return experiment.unit(runId, unit);
  }
}
