package org.limbic.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.limbic.experiment.file.ModelResolver;
import org.limbic.experiment.launch.UnitWork;
import org.limbic.experiment.run.ComputedRange;
import org.limbic.experiment.run.ExperimentUnits;
import org.limbic.sbml.SbmlModels;

/**
 * What a Spark task does: computes a range of units {@code [from, to)} of the experiment described
 * by {@link UnitWork}, on the executor, and converts their rows to Parquet there
 * ({@link ComputedRange}). A unit's rows depend on the work and its number only (its seed is derived
 * from the experiment's seed and the unit's number), so a retried task, or another partitioning,
 * gives the same rows.
 */
final class UnitRangeTask implements FlatMapFunction<Iterator<int[]>, ComputedRange> {

  private static final long serialVersionUID = 1L;

  /** Built-in models and SBML files, as the command line resolves them. */
  private static final ModelResolver MODELS = ModelResolver.withSbml(SbmlModels::load);

  /**
   * The experiment last rebuilt on this executor, and its work: compiling the model takes tens to
   * hundreds of milliseconds, so the tasks of one run share it (an executor runs one run's tasks at a time).
   */
  private static volatile Prepared last;

  private record Prepared(UnitWork work, ExperimentUnits units) {
  }

  private final UnitWork work;
  private final String runId;

  UnitRangeTask(UnitWork work, String runId) {
    this.work = work;
    this.runId = runId;
  }

  @Override
  public Iterator<ComputedRange> call(Iterator<int[]> ranges) {
    ExperimentUnits units = prepared(work);
    List<ComputedRange> out = new ArrayList<>(1);
    while (ranges.hasNext()) {
      int[] range = ranges.next();
      out.add(ComputedRange.compute(units, runId, range[0], range[1]));
    }
    return out.iterator();
  }

  private static ExperimentUnits prepared(UnitWork work) {
    Prepared p = last;
    if (p != null && p.work().equals(work)) {
      return p.units();
    }
    synchronized (UnitRangeTask.class) {
      p = last;
      if (p == null || !p.work().equals(work)) {
        p = new Prepared(work, work.prepare(MODELS));
        last = p;
      }
      return p.units();
    }
  }
}
