package org.limbic.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.limbic.experiment.results.MetricValue;
import org.limbic.experiment.results.UnitRows;
import org.limbic.experiment.run.UnitOutcome;

/**
 * A task's outcomes as Spark sends them back to the driver: each unit's rows (the CSV text its
 * worker formatted) and metric values with their NaN reasons, in unit order. The experiment's own
 * types stay plain records; this is their wire form, column by column.
 */
final class UnitBatch implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String[] timecourses;
  private final String[] metrics;
  private final String[] parameters;
  private final String[] failures;
  /** Per unit its metric values, null for a unit that failed. */
  private final double[][] values;
  /** Per unit the reason of each NaN value (null where finite). */
  private final String[][] nanReasons;

  private UnitBatch(int n) {
    timecourses = new String[n];
    metrics = new String[n];
    parameters = new String[n];
    failures = new String[n];
    values = new double[n][];
    nanReasons = new String[n][];
  }

  static UnitBatch of(List<UnitOutcome> outcomes) {
    UnitBatch batch = new UnitBatch(outcomes.size());
    for (int u = 0; u < outcomes.size(); u++) {
      UnitOutcome o = outcomes.get(u);
      batch.timecourses[u] = o.rows().timecourses();
      batch.metrics[u] = o.rows().metrics();
      batch.parameters[u] = o.rows().parameters();
      batch.failures[u] = o.rows().failures();
      if (!o.failed()) {
        MetricValue[] m = o.metrics();
        batch.values[u] = new double[m.length];
        batch.nanReasons[u] = new String[m.length];
        for (int k = 0; k < m.length; k++) {
          batch.values[u][k] = m[k].value();
          batch.nanReasons[u][k] = m[k].nanReason();
        }
      }
    }
    return batch;
  }

  int size() {
    return timecourses.length;
  }

  /** The outcomes of units {@code [from, to)} of this batch, as the worker computed them. */
  List<UnitOutcome> outcomes(int from, int to) {
    List<UnitOutcome> out = new ArrayList<>(to - from);
    for (int u = from; u < to; u++) {
      MetricValue[] m = null;
      if (values[u] != null) {
        m = new MetricValue[values[u].length];
        for (int k = 0; k < m.length; k++) {
          m[k] = new MetricValue(values[u][k], nanReasons[u][k]);
        }
      }
      out.add(new UnitOutcome(new UnitRows(timecourses[u], metrics[u], parameters[u], failures[u]), m));
    }
    return out;
  }
}
