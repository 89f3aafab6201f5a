package org.limbic.experiment.run;

import org.limbic.experiment.results.MetricValue;
import org.limbic.experiment.results.UnitRows;

/**
 * One unit's (subject, replicate) result: its rows of each table, and its metric values with why any
 * is NaN, for the run's summary ({@code metrics} null when the unit failed: its row is in failures).
 * What a worker hands to the single writer, on this machine's threads or from a distributed engine
 * ({@link UnitEngine}).
 */
public record UnitOutcome(UnitRows rows, MetricValue[] metrics) {

  /** Whether the unit failed (its simulation, or a parameter the model cannot take): a row in failures. */
  public boolean failed() {
    return metrics == null;
  }

  /** The metrics' numbers, NaN where there is none. */
  public double[] metricValues() {
    return PreparedExperiment.values(metrics);
  }
}
