package org.limbic.experiment.run;

/**
 * Where an experiment's units are computed when it is not on this JVM's threads: a distributed
 * engine (limbic-spark). Its executors compute ranges of whole blocks of units and convert their rows
 * to Parquet ({@link ComputedRange}); {@link ExperimentRunner} takes the ranges back in unit order
 * and appends them to the result files. The CSV files are the same bytes as the local runner's,
 * whichever engine computed them and however it split the work; the Parquet files hold the same rows
 * in row groups cut at the ranges.
 */
public interface UnitEngine extends AutoCloseable {

  /** Units computed at once, for the run's summary (the threads of a local run). */
  int parallelism();

  /**
   * Starts computing units {@code [0, units)} of the experiment, each carrying {@code runId}, in
   * ranges of whole blocks of {@code blockSize} units (the last may end short), and returns them in order.
   */
  Ranges start(String runId, int units, int blockSize);

  /** The ranges of a started computation, in unit order. */
  interface Ranges extends AutoCloseable {

    /**
     * The next range, starting where the last ended; waits until it is computed.
     *
     * @throws ExperimentFailedException if the engine could not compute it (not a unit's model failure:
     *     that is a row in failures)
     */
    ComputedRange next() throws InterruptedException;

    /** Stops what is still being computed (a writer that failed); nothing happens after the last range. */
    @Override
    void close();
  }

  /** Releases the engine's resources (a Spark context it started). */
  @Override
  default void close() {
  }
}
