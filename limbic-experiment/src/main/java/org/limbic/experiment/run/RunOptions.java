package org.limbic.experiment.run;

import java.util.Optional;
import java.util.function.Consumer;
import org.limbic.experiment.results.RunSummary;

/**
 * How to carry out an experiment: on how many threads, how many units (subject, replicate) may be in
 * flight at once (computed but not yet written: the bound on memory), which run id to record, the
 * spec text to record (the experiment file's text; a canonical text of the spec when empty), who
 * to tell about progress, which engine computes the units (this JVM's threads when empty; else a
 * distributed one, {@link UnitEngine}), and who records the finished run before its results are published (the
 * run catalog: so that no complete results exist unrecorded). Change with {@code withX} copies.
 */
public record RunOptions(int threads, int reorderCapacity, Optional<String> runId, Optional<String> specText,
                         ProgressListener progress, Consumer<RunSummary> recorder, Optional<UnitEngine> engine) {

  public RunOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    if (reorderCapacity < threads) {
      throw new IllegalArgumentException("the reorder buffer (" + reorderCapacity + ") must hold at least one unit per thread ("
          + threads + ")");
    }
  }

  /** All cores, a reorder buffer of 8 units per thread, a fresh run id, no progress reports. */
  public static RunOptions defaults() {
    int threads = Runtime.getRuntime().availableProcessors();
    return new RunOptions(threads, 8 * threads, Optional.empty(), Optional.empty(), ProgressListener.NONE, run -> { }, Optional.empty());
  }

  /** Sets the threads and scales the reorder buffer with them (8 units per thread). */
  public RunOptions withThreads(int n) {
    return new RunOptions(n, 8 * Math.max(1, n), runId, specText, progress, recorder, engine);
  }

  public RunOptions withReorderCapacity(int units) {
    return new RunOptions(threads, units, runId, specText, progress, recorder, engine);
  }

  public RunOptions withRunId(String id) {
    return new RunOptions(threads, reorderCapacity, Optional.of(id), specText, progress, recorder, engine);
  }

  public RunOptions withSpecText(String text) {
    return new RunOptions(threads, reorderCapacity, runId, Optional.of(text), progress, recorder, engine);
  }

  public RunOptions withProgress(ProgressListener listener) {
    return new RunOptions(threads, reorderCapacity, runId, specText, listener, recorder, engine);
  }

  /** Called with the finished run's summary while its results are complete but not yet in place; a throw discards them. */
  public RunOptions withRecorder(Consumer<RunSummary> onFinished) {
    return new RunOptions(threads, reorderCapacity, runId, specText, progress, onFinished, engine);
  }

  /** The units computed by {@code units} (a distributed engine) instead of this JVM's threads; the writing stays here. */
  public RunOptions withEngine(UnitEngine units) {
    return new RunOptions(threads, reorderCapacity, runId, specText, progress, recorder, Optional.of(units));
  }
}
