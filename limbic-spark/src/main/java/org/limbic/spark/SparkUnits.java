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
import org.limbic.experiment.run.ExperimentFailedException;
import org.limbic.experiment.run.UnitEngine;
import org.limbic.experiment.run.UnitOutcome;

/**
 * An experiment's units computed as Spark tasks: the units are cut into ranges of whole blocks, one
 * range a partition ({@link UnitRangeTask} computes it on an executor), and the driver takes the
 * partitions back in order, a bounded number ahead of the writer (each partition is one small job,
 * submitted in order: Spark's FIFO scheduler runs them in turn), so the driver's memory holds at most
 * {@link #window} partitions whatever the cohort's size.
 */
final class SparkUnits implements UnitEngine {

  /** At most this many blocks a task: 16 x 32 = 512 units, a few hundred milliseconds of work for the gut-brain model. */
  static final int MAX_BLOCKS_PER_TASK = 16;

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
  public Blocks start(String runId, int units, int blockSize) {
    int blocks = (units + blockSize - 1) / blockSize;
    int perTask = blocksPerTask > 0 ? blocksPerTask
        : Math.max(1, Math.min(MAX_BLOCKS_PER_TASK, blocks / (4 * parallelism())));
    List<int[]> ranges = new ArrayList<>();
    for (int from = 0; from < units; from += perTask * blockSize) {
      ranges.add(new int[] {from, Math.min(units, from + perTask * blockSize)});
    }
    JavaRDD<UnitBatch> tasks = spark.parallelize(ranges, ranges.size()).mapPartitions(new UnitRangeTask(work, runId));
    return new InOrder(tasks, ranges.size(), perTask, blockSize, "limbic-" + runId);
  }

  @Override
  public void close() {
    if (ownsContext) {
      spark.close();
    }
  }

  /** Partitions taken back in order, each one job, at most {@link #window()} submitted ahead. */
  private final class InOrder implements Blocks {
    private final JavaRDD<UnitBatch> tasks;
    private final int partitions;
    private final int blocksPerPartition;
    private final int blockSize;
    private final String group;
    private final ExecutorService submitters;
    private final Deque<Future<UnitBatch>> ahead = new ArrayDeque<>();
    private int submitted;
    private UnitBatch current;
    private int offset;

    InOrder(JavaRDD<UnitBatch> tasks, int partitions, int blocksPerPartition, int blockSize, String group) {
      this.tasks = tasks;
      this.partitions = partitions;
      this.blocksPerPartition = blocksPerPartition;
      this.blockSize = blockSize;
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
        List<UnitBatch> result = tasks.collectPartitions(new int[] {p})[0];
        return result.get(0);
      }));
    }

    @Override
    public List<UnitOutcome> next() throws InterruptedException {
      if (current == null || offset >= current.size()) {
        Future<UnitBatch> head = ahead.poll();
        if (head == null) {
          throw new IllegalStateException("every block was taken");
        }
        try {
          current = head.get();
        } catch (ExecutionException e) {
          throw new ExperimentFailedException("Spark could not compute the units: " + e.getCause().getMessage(), e.getCause());
        }
        offset = 0;
        if (submitted < partitions) {
          submitNext();
        }
      }
      int to = Math.min(current.size(), offset + blockSize);
      List<UnitOutcome> block = current.outcomes(offset, to);
      offset = to;
      return block;
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
