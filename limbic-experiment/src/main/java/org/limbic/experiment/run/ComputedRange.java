package org.limbic.experiment.run;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.limbic.experiment.results.ConvertedRange;
import org.limbic.experiment.results.MetricValue;

/**
 * Units {@code [from, to)} of an experiment as a distributed engine's executor computed them: their
 * tables converted ({@link ConvertedRange}), and what the run's summary needs of each unit, its
 * metric values with their NaN reasons (null for a unit that failed) and the first failure's row.
 * Plain arrays: this is what travels back to the driver, once per range.
 */
public record ComputedRange(int from, int to, ConvertedRange tables, MetricValue[][] metrics, String firstFailure)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public ComputedRange {
    if (to <= from || metrics.length != to - from) {
      throw new IllegalArgumentException("range [" + from + ", " + to + ") with " + metrics.length + " units' metrics");
    }
  }

  /** Computes units {@code [from, to)} of {@code units} and converts their rows, on the calling thread. */
  public static ComputedRange compute(ExperimentUnits units, String runId, int from, int to) {
    List<org.limbic.experiment.results.UnitRows> rows = new ArrayList<>(to - from);
    MetricValue[][] metrics = new MetricValue[to - from][];
    String firstFailure = null;
    for (int u = from; u < to; u++) {
      UnitOutcome outcome = units.compute(runId, u);
      rows.add(outcome.rows());
      metrics[u - from] = outcome.metrics();
      if (outcome.failed() && firstFailure == null) {
        firstFailure = outcome.rows().failures().strip();
      }
    }
    return new ComputedRange(from, to, ConvertedRange.of(rows, from == 0), metrics, firstFailure);
  }

  /** How many of the range's units failed. */
  public int failures() {
    int n = 0;
    for (MetricValue[] m : metrics) {
      n += m == null ? 1 : 0;
    }
    return n;
  }
}
