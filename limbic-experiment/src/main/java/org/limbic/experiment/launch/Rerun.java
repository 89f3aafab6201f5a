package org.limbic.experiment.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.limbic.experiment.file.ExperimentFileException;
import org.limbic.experiment.file.ModelResolver;
import org.limbic.experiment.results.ResultComparison;
import org.limbic.experiment.results.RunCatalog;
import org.limbic.experiment.results.RunSummary;
import org.limbic.experiment.run.RunOptions;
import org.limbic.model.ModelException;

/**
 * Re-runs a recorded run from its recorded text and seed, records the re-run, and compares every
 * table with the recorded run's (if its output directory still exists): the proof that a run
 * reproduces its numbers.
 */
public final class Rerun {

  private Rerun() {
  }

  /**
   * A re-run and what it was compared with.
   *
   * @param comparison empty if the recorded results are gone
   */
  public record Outcome(RunCatalog.RecordedRun recorded, RunSummary again, Optional<ResultComparison.Outcome> comparison) {

    /** The model's hash is the recorded one: if not, the model changed since and the numbers may differ. */
    public boolean sameModel() {
      return again.modelHash().equals(recorded.modelHash());
    }
  }

  /**
   * Re-runs {@code runId} of {@code catalogFile} into {@code out} (or {@code runs/NEW_RUN_ID} beside the catalog).
   * Relative paths (an SBML file) resolve where the experiment file was when it first ran; runs
   * recorded before the catalog kept that directory resolve against the current one.
   *
   * @throws IllegalArgumentException if there is no such run, or its recorded experiment no longer reads
   * @throws IllegalStateException if the re-run's tables cannot be compared with the recorded ones
   * @see RecordedExperiment#run for the failures of the run itself
   */
  public static Outcome of(String runId, Path catalogFile, Path out, RunOptions options, ModelResolver models) {
    RunCatalog.RecordedRun recorded;
    try (RunCatalog c = RunCatalog.openReadOnly(catalogFile)) {
      recorded = c.recorded(runId);
    }
    if (recorded.kind() != RunCatalog.Kind.EXPERIMENT) {
      String command = recorded.spec().startsWith("# limbic ") ? recorded.spec().lines().findFirst().orElseThrow().substring(2).strip()
          : "limbic " + recorded.kind().label();
      String label = recorded.kind().label();
      throw new IllegalArgumentException("run " + runId + " is " + ("aeio".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label
          + ", which runs rerun does not re-run"
          + " (it is no experiment file); run its recorded command again: " + command);
    }
    Path specDirectory = recorded.specDirectory().orElse(Path.of("").toAbsolutePath());
    ExperimentSource source;
    try {
      source = ExperimentSource.parse(recorded.spec(), "run " + runId, specDirectory, models);
    } catch (IllegalArgumentException | ModelException | ExperimentFileException e) {
      throw new IllegalArgumentException("the recorded experiment of " + runId + " no longer reads: " + e.getMessage(), e);
    }
    RunSummary again = RecordedExperiment.run(source, out, options, catalogFile);
    Path original = recorded.outputDirectory();
    if (!Files.isDirectory(original)) {
      return new Outcome(recorded, again, Optional.empty());
    }
    try {
      return new Outcome(recorded, again, Optional.of(ResultComparison.compare(original, again.outputDirectory())));
    } catch (IOException e) {
      throw new IllegalStateException("cannot compare with " + original + ": " + e.getMessage(), e);
    }
  }
}
