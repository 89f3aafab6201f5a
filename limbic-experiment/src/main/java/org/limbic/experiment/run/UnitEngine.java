package org.limbic.experiment.run;

import java.util.List;

/**
 * Where an experiment's units are computed when it is not on this JVM's threads: a distributed
 * engine (limbic-spark). {@link ExperimentRunner} asks it for the units' outcomes in blocks, in unit
 * order, and writes them itself, with the same writer as for its own threads: the files are the same
 * bytes whichever engine computed them and however it split the work.
 */
public interface UnitEngine extends AutoCloseable {

  /** Units computed at once, for the run's summary (the threads of a local run). */
  int parallelism();

  /**
   * Starts computing units {@code [0, units)} of the experiment, each carrying {@code runId}, and
   * returns them in blocks of {@code blockSize} units (the last may be shorter), in order.
   */
  Blocks start(String runId, int units, int blockSize);

  /** The outcomes of a started computation, block by block. */
  interface Blocks extends AutoCloseable {

    /**
     * The next block's outcomes, in unit order; waits until it is computed.
     *
     * @throws ExperimentFailedException if the engine could not compute it (not a unit's model failure:
     *     that is an outcome, a row in failures)
     */
    List<UnitOutcome> next() throws InterruptedException;

    /** Stops what is still being computed (a writer that failed); nothing happens after the last block. */
    @Override
    void close();
  }

  /** Releases the engine's resources (a Spark context it started). */
  @Override
  default void close() {
  }
}
