package org.limbic.spark;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.limbic.experiment.launch.UnitWork;
import org.limbic.experiment.run.ComputedRange;
import org.limbic.experiment.run.ExperimentFailedException;
import org.limbic.experiment.run.UnitEngine;

/**
 * An experiment's units computed as Spark tasks: the units are cut into ranges of whole blocks, one
 * range a partition ({@link UnitRangeTask} computes it on an executor and converts its rows to
 * Parquet there), and the driver takes the partitions back in order, a bounded number ahead of the
 * writer (each partition is one small job, submitted in order: Spark's FIFO scheduler runs them in
 * turn), so the driver's memory holds at most {@link #window} partitions whatever the cohort's size.
 */
final class SparkUnits implements UnitEngine {

  /**
   * At most this many blocks a task: 64 x 32 = 2,048 units, about 2 s of work for the gut-brain model,
   * long beside Spark's few milliseconds a task, and a Parquet row group of some 180,000 time-course rows.
   */
  static final int MAX_BLOCKS_PER_TASK = 64;

  private final JavaSparkContext spark;
  private final boolean ownsContext;
  private final UnitWork work;
  private final int blocksPerTask;

  /**
   * @param blocksPerTask blocks in a task's range, 0 for the default (about four tasks a core, at most
   *     {@value #MAX_BLOCKS_PER_TASK} blocks); the results do not depend on it
   */
  SparkUnits(JavaSparkContext spark, boolean ownsContext, UnitWork work, int blocksPerTask) {
    this.spark = spark;
    this.ownsContext = ownsContext;
    this.work = work;
    this.blocksPerTask = blocksPerTask;
  }

  @Override
  public int parallelism() {
    return spark.defaultParallelism();
  }

  /** Tasks in flight at once (computed or being computed, not yet written): two a core, and two more. */
  private int window() {
    return 2 * parallelism() + 2;
  }

  @Override
  public Ranges start(String runId, int units, int blockSize) {
    int blocks = (units + blockSize - 1) / blockSize;
    int perTask = blocksPerTask > 0 ? blocksPerTask
        : Math.max(1, Math.min(MAX_BLOCKS_PER_TASK, blocks / (4 * parallelism())));
    List<int[]> ranges = new ArrayList<>();
    for (int from = 0; from < units; from += perTask * blockSize) {
      ranges.add(new int[] {from, Math.min(units, from + perTask * blockSize)});
    }
    JavaRDD<ComputedRange> tasks = spark.parallelize(ranges, ranges.size()).mapPartitions(new UnitRangeTask(work, runId));
    return new InOrder(tasks, ranges.size(), "limbic-" + runId);
  }

  @Override
  public void close() {
    if (ownsContext) {
      spark.close();
    }
  }

  /** Partitions taken back in order, each one job, at most {@link #window()} submitted ahead. */
  private final class InOrder implements Ranges {
    private final JavaRDD<ComputedRange> tasks;
    private final int partitions;
    private final String group;
    private final ExecutorService submitters;
    private final Deque<Future<ComputedRange>> ahead = new ArrayDeque<>();
    private int submitted;

    InOrder(JavaRDD<ComputedRange> tasks, int partitions, String group) {
      this.tasks = tasks;
      this.partitions = partitions;
      this.group = group;
      int window = window();
      this.submitters = Executors.newFixedThreadPool(window, r -> Thread.ofPlatform().name("limbic-spark-job").daemon().unstarted(r));
      while (submitted < Math.min(partitions, window)) {
        submitNext();
      }
    }

    private void submitNext() {
      int p = submitted++;
      ahead.add(submitters.submit(() -> {
        spark.setJobGroup(group, "limbic units, partition " + p, true);
        List<ComputedRange> result = tasks.collectPartitions(new int[] {p})[0];
        return result.get(0);
      }));
    }

    @Override
    public ComputedRange next() throws InterruptedException {
      Future<ComputedRange> head = ahead.poll();
      if (head == null) {
        throw new IllegalStateException("every range was taken");
      }
      ComputedRange range;
      try {
        range = head.get();
      } catch (ExecutionException e) {
        throw new ExperimentFailedException("Spark could not compute the units: " + e.getCause().getMessage(), e.getCause());
      }
      if (submitted < partitions) {
        submitNext();
      }
      return range;
    }

    @Override
    public void close() {
      if (!ahead.isEmpty()) {
        spark.cancelJobGroup(group);
      }
      submitters.shutdownNow();
    }
  }
}
