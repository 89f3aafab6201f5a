package org.limbic.experiment.trial;

import java.nio.file.Path;
import java.util.List;
import org.limbic.experiment.figure.Figure;
import org.limbic.experiment.results.MetricSummary;
import org.limbic.experiment.results.OutputDirectory;
import org.limbic.experiment.run.ProgressListener;
import org.limbic.experiment.spec.TrialDesign;

/**
 * A virtual trial (or a cohort of any size) run into an output directory: participants and visits
 * streamed to CSV as they finish ({@link CohortFiles}), then Parquet if asked, with the flow, a
 * per-arm summary of the primary endpoint, the visit means ({@link VisitMeans}) and the catalog's
 * metrics ({@link CohortMetrics}) kept on the way in constant memory, and the analysis
 * ({@link CohortAnalysis}) from 16 bytes a patient and endpoint; the analysis, trajectories and
 * CONSORT counts are written as {@link TrialTables}. The directory is written whole or not at all.
 */
public final class CohortTrial {

  private CohortTrial() {
  }

  /**
   * What a trial found: its flow, the summary lines of {@link CohortSummary}, the analysis, the
   * metrics the catalog records, and how long it took (without what a {@link Finisher} does).
   */
  public record Outcome(TrialDesign design, ConsortCounts counts, List<String> summary, TrialAnalysis analysis,
                        List<MetricSummary> metrics, int threads, double seconds) {

    public Outcome {
      summary = List.copyOf(summary);
      metrics = List.copyOf(metrics);
    }

    /** The CONSORT diagram, titled by the trial. */
    public Figure.Flow consort() {
      return counts.figure(design.name() + ": CONSORT flow of participants");
    }
  }

  /**
   * The last step inside the output directory before it is put in place, e.g. writing a report or
   * recording the run in the catalog: if it fails, nothing is left behind.
   */
  @FunctionalInterface
  public interface Finisher {
    Finisher NONE = (directory, outcome) -> { };

    void finish(Path directory, Outcome outcome) throws java.io.IOException;
  }

  /** {@link #run(TrialDesign, VirtualPatientModel, long, int, boolean, Path, ProgressListener)} with the patient model the design names. */
  public static Outcome run(TrialDesign design, long seed, int threads, boolean parquet, Path out, ProgressListener progress) {
    return run(design, PatientModels.get(design.model()), seed, threads, parquet, out, progress, Finisher.NONE);
  }

  /** {@link #run(TrialDesign, VirtualPatientModel, long, int, boolean, Path, ProgressListener)}, then {@code finisher}. */
  public static Outcome run(TrialDesign design, long seed, int threads, boolean parquet, Path out, ProgressListener progress,
                            Finisher finisher) {
    return run(design, PatientModels.get(design.model()), seed, threads, parquet, out, progress, finisher);
  }

  /**
   * Runs {@code design} on {@code model} with {@code seed} on {@code threads} threads into
   * {@code out} (with Parquet copies of the tables if {@code parquet}), telling {@code progress} of
   * the participants finished, and lets {@code finisher} add to the directory before it is put in place.
   *
   * @throws IllegalArgumentException for a thread count below 1, a design the patient model does not
   *     fit, or an {@code out} that exists and is not empty
   * @throws java.io.UncheckedIOException if the results cannot be written
   */
  public static Outcome run(TrialDesign design, VirtualPatientModel model, long seed, int threads, boolean parquet, Path out,
                            ProgressListener progress) {
    return run(design, model, seed, threads, parquet, out, progress, Finisher.NONE);
  }

  /** {@link #run(TrialDesign, VirtualPatientModel, long, int, boolean, Path, ProgressListener)}, then {@code finisher}. */
  public static Outcome run(TrialDesign design, VirtualPatientModel model, long seed, int threads, boolean parquet, Path out,
                            ProgressListener progress, Finisher finisher) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    TrialRunner runner = new TrialRunner(design, model);
    long start = System.nanoTime();
    return OutputDirectory.write(out, dir -> {
      CohortSummary summary = new CohortSummary(design);
      CohortAnalysis analysis = new CohortAnalysis(design);
      VisitMeans means = new VisitMeans(design);
      CohortMetrics metrics = new CohortMetrics(design);
      ConsortCounts counts;
      try (CohortFiles files = new CohortFiles(dir, design)) {
        counts = runner.stream(seed, threads, files.andThen(summary).andThen(analysis).andThen(means).andThen(metrics), progress);
      }
      if (parquet) {
        CohortFiles.exportParquet(dir, design); // from the closed CSV files
      }
      Outcome o = new Outcome(design, counts, summary.lines(), analysis.analysis(), metrics.summaries(), threads,
          (System.nanoTime() - start) / 1e9);
      TrialTables.write(dir, design.name(), o.analysis(), means.rows(), o.consort());
      TrialTables.writeUnits(dir, design, model);
      finisher.finish(dir, o);
      return o;
    });
  }
}
