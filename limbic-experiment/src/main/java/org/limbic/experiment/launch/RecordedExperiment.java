package org.limbic.experiment.launch;

import java.nio.file.Path;
import java.time.Instant;
import org.limbic.experiment.results.RunCatalog;
import org.limbic.experiment.results.RunSummary;
import org.limbic.experiment.run.ExperimentFailedException;
import org.limbic.experiment.run.ExperimentRunner;
import org.limbic.experiment.run.RunOptions;

/**
 * Runs an experiment into a results directory and records it in the run catalog (one per user by
 * default: {@link CatalogLocation}), with its text, seed and model hash: what {@link Rerun} needs to
 * reproduce it.
 */
public final class RecordedExperiment {

  private RecordedExperiment() {
  }

  /**
   * Runs {@code source} with {@code options} (threads, progress, a run id of the caller's choosing,
   * else a new one; the recorded text is set here) into {@code out}, or {@code runs/RUN_ID} beside the catalog if null,
   * and records it in {@code catalogFile}.
   * A run whose units partly failed is recorded too: its summary counts the failures (failures.csv lists them).
   *
   * @throws IllegalArgumentException or {@link org.limbic.model.ModelException} for bad input, before any run
   * @throws java.io.UncheckedIOException if the results cannot be written (none are left behind)
   * @throws ExperimentFailedException if every unit failed, or a worker did; nothing was written
   * @throws IllegalStateException if the run could not be recorded (its results are not kept: the
   *     catalog is written before the results are renamed into place)
   */
  public static RunSummary run(ExperimentSource source, Path out, RunOptions options, Path catalogFile) {
    String runId = options.runId().orElseGet(() -> ExperimentRunner.newRunId(source.spec().name(), Instant.now()));
    if (options.runId().isPresent()) {
      requireNewRunId(runId, catalogFile);
    }
    Path target = out != null ? out : CatalogLocation.resultsRoot(catalogFile).resolve(runId);
    PendingRecord record = new PendingRecord(runId, catalogFile, "the run");
    RunOptions recorded = options.withRunId(runId).withSpecText(source.text())
        .withRecorder(summary -> record.make(catalog -> catalog.record(summary, source.directory())));
    return record.around(() -> {
      try {
        return new ExperimentRunner(recorded).run(source.spec(), source.model(), target);
      } catch (ExperimentFailedException e) {
        throw new ExperimentFailedException(e.getMessage() + " (nothing was written)", e);
      }
    });
  }

  /**
   * As {@link #run(ExperimentSource, Path, RunOptions, Path)}, the units computed by {@code engine}
   * at {@code master} (null: the engine's default): the same tables, recorded in the same catalog.
   */
  public static RunSummary run(ExperimentSource source, Path out, RunOptions options, Path catalogFile,
                               DistributedEngine engine, String master) {
    if (options.runId().isPresent()) {
      requireNewRunId(options.runId().get(), catalogFile); // before the engine starts: Spark takes seconds
    }
    try (var units = engine.open(UnitWork.of(source), master)) {
      return run(source, out, options.withEngine(units), catalogFile);
    }
  }

  /** A run id given by the user: a file-name-safe word, at most 120 characters. */
  static final java.util.regex.Pattern RUN_ID = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,119}");

  /** Refuses, before the run, an id that is malformed or already in the catalog (its record would be lost). */
  static void requireNewRunId(String runId, Path catalogFile) {
    if (!RUN_ID.matcher(runId).matches()) {
      throw new IllegalArgumentException("run id '" + runId + "' must be 1 to 120 letters, digits, '_', '.' or '-',"
          + " starting with a letter or digit");
    }
    if (java.nio.file.Files.exists(catalogFile)) {
      try (RunCatalog catalog = RunCatalog.open(catalogFile)) {
        if (catalog.contains(runId)) {
          throw new IllegalArgumentException("run id '" + runId + "' is already in the catalog " + catalogFile
              + "; give another, or another catalog ($" + CatalogLocation.CATALOG_VARIABLE + ")");
        }
      }
    }
  }
}
