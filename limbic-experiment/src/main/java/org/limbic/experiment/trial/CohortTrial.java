package org.limbic.experiment.trial;

import java.nio.file.Path;
import java.util.List;
import org.limbic.experiment.results.OutputDirectory;
import org.limbic.experiment.run.ProgressListener;
import org.limbic.experiment.spec.TrialDesign;

/**
 * A virtual trial (or a cohort of any size) run into an output directory: participants and visits
 * streamed to CSV as they finish ({@link CohortFiles}: memory does not grow with the cohort), then
 * Parquet if asked, with the flow and a per-arm summary of the primary endpoint kept on the way.
 * The directory is written whole or not at all.
 */
public final class CohortTrial {

  private CohortTrial() {
  }

  /** What a trial found: its flow, the summary lines of {@link CohortSummary}, and how long it took. */
  public record Outcome(TrialDesign design, ConsortCounts counts, List<String> summary, int threads, double seconds) {

    public Outcome {
      summary = List.copyOf(summary);
    }
  }

  /** {@link #run(TrialDesign, VirtualPatientModel, long, int, boolean, Path, ProgressListener)} with the patient model the design names. */
  public static Outcome run(TrialDesign design, long seed, int threads, boolean parquet, Path out, ProgressListener progress) {
    return run(design, PatientModels.get(design.model()), seed, threads, parquet, out, progress);
  }

  /**
   * Runs {@code design} on {@code model} with {@code seed} on {@code threads} threads into
   * {@code out} (with Parquet copies of the tables if {@code parquet}), telling {@code progress} of
   * the participants finished.
   *
   * @throws IllegalArgumentException for a thread count below 1, a design the patient model does not
   *     fit, or an {@code out} that exists and is not empty
   * @throws java.io.UncheckedIOException if the results cannot be written
   */
  public static Outcome run(TrialDesign design, VirtualPatientModel model, long seed, int threads, boolean parquet, Path out,
                            ProgressListener progress) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    TrialRunner runner = new TrialRunner(design, model);
    long start = System.nanoTime();
    CohortSummary summary = new CohortSummary(design);
    ConsortCounts counts = OutputDirectory.write(out, dir -> {
      ConsortCounts c;
      try (CohortFiles files = new CohortFiles(dir, design)) {
        c = runner.stream(seed, threads, files.andThen(summary), progress);
      }
      if (parquet) {
        CohortFiles.exportParquet(dir, design); // from the closed CSV files
      }
      return c;
    });
    return new Outcome(design, counts, summary.lines(), threads, (System.nanoTime() - start) / 1e9);
  }
}
