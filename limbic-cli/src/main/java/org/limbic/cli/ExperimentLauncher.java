package org.limbic.cli;

import java.nio.file.Path;
import org.limbic.experiment.file.ModelResolver;
import org.limbic.experiment.launch.DistributedEngine;
import org.limbic.experiment.launch.ExperimentSource;
import org.limbic.experiment.launch.RecordedExperiment;
import org.limbic.experiment.results.MetricSummary;
import org.limbic.experiment.results.RunSummary;
import org.limbic.experiment.run.RunOptions;
import org.limbic.sbml.SbmlModels;

/**
 * What {@code limbic run}, {@code scan} and {@code runs rerun} share: built-in and SBML models, a
 * run with a progress bar through {@link RecordedExperiment}, the lines saying where the results
 * and the catalog are and which metrics were NaN in how many runs (and why), and exit code 1 when
 * some runs failed (failures.csv lists them).
 */
final class ExperimentLauncher {

  /** Built-in models, and SBML files through limbic-sbml. */
  static final ModelResolver MODELS = ModelResolver.withSbml(SbmlModels::load);

  private ExperimentLauncher() {
  }

  /** All cores, or {@code --threads}. */
  static RunOptions options(Integer threads) {
    return threads == null ? RunOptions.defaults() : RunOptions.defaults().withThreads(threads);
  }

  /** Runs and records {@code source} into {@code out} (null: runs/RUN_ID beside the catalog), then says where it went; a new run id if {@code runId} is null. */
  static RunSummary run(ExperimentSource source, Path out, Integer threads, String runId, Path catalog) {
    RunSummary summary;
    try (ProgressReporter progress = new ProgressReporter(source.spec().name(), System.err)) {
      RunOptions options = options(threads).withProgress(progress);
      summary = RecordedExperiment.run(source, out, runId == null ? options : options.withRunId(runId), catalog);
    }
    print(summary, catalog);
    return summary;
  }

  /** As {@link #run(ExperimentSource, Path, Integer, String, Path)}, the units computed by {@code engine} at {@code master}. */
  static RunSummary run(ExperimentSource source, Path out, String runId, Path catalog, DistributedEngine engine, String master) {
    RunSummary summary;
    try (ProgressReporter progress = new ProgressReporter(source.spec().name(), System.err)) {
      RunOptions options = RunOptions.defaults().withProgress(progress);
      summary = RecordedExperiment.run(source, out, runId == null ? options : options.withRunId(runId), catalog, engine, master);
    }
    print(summary, catalog);
    return summary;
  }

  static void print(RunSummary summary, Path catalog) {
    System.out.println("run " + summary.runId() + ": " + summary.units() + " runs (" + summary.subjects() + " subjects x "
        + summary.replicates() + " replicates) on " + summary.threads() + " threads -> " + summary.outputDirectory());
    for (MetricSummary m : summary.metrics()) {
      if (m.nan() > 0) {
        System.out.println("metric " + m.metric() + ": " + m.counts());
      }
    }
    System.out.println("catalog: " + catalog);
  }

  /** Exit code 1 if some runs failed and were skipped. */
  static void failIfAnyFailed(RunSummary summary) {
    if (summary.failures() > 0) {
      throw new CommandFailedException(summary.failures() + " of " + summary.units() + " runs failed and were skipped; see "
          + summary.outputDirectory().resolve("failures.csv"));
    }
  }
}
