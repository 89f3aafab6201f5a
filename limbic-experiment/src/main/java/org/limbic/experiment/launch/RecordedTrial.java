package org.limbic.experiment.launch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.limbic.experiment.results.CanonicalText;
import org.limbic.experiment.results.MetricSummary;
import org.limbic.experiment.results.RunCatalog;
import org.limbic.experiment.results.RunSummary;
import org.limbic.experiment.run.ExperimentRunner;
import org.limbic.experiment.run.ProgressListener;
import org.limbic.experiment.spec.NOfOneDesign;
import org.limbic.experiment.spec.TrialDesign;
import org.limbic.experiment.trial.CohortTrial;
import org.limbic.experiment.trial.NOfOneTrial;

/**
 * Runs a trial file ({@link CohortTrial}, or {@link NOfOneTrial} for an N-of-1 series) into a results
 * directory and records it in the run catalog as {@link RecordedExperiment} records an experiment:
 * kind {@code trial} or {@code n-of-1}, the trial file, its text headed by the command that
 * reproduces it ({@code # limbic trial FILE --seed S --patients N}, also written to the directory as
 * {@value #SPEC_FILE}), the seed, and per arm and endpoint the change and remission (for a series,
 * the patients' A − B differences). The record is made before the directory is put in place; if
 * that fails the record is removed, so the catalog never points at results that are not there.
 * The model hash of a trial is that of its design (a virtual-patient model has no canonical text).
 */
public final class RecordedTrial {

  /** The trial file as run, copied into the results (with the command line above it). */
  public static final String SPEC_FILE = "trial.yaml";

  private RecordedTrial() {
  }

  /** A trial file: where it is and what it says. */
  public record Source(Path file, String text) {
  }

  /** A run and where it went: its id in the catalog and its results directory. */
  public record Recorded<T>(String runId, Path directory, T outcome) {
  }

  /**
   * Runs {@code design} (read from {@code source}) into {@code out}, or {@code runs/RUN_ID} beside
   * the catalog if null, lets {@code report} add to the directory, and records the run.
   *
   * @throws IllegalArgumentException for bad input, or an arm with fewer than 2 analysed patients
   * @throws IllegalStateException if the run could not be recorded (nothing is kept)
   */
  public static Recorded<CohortTrial.Outcome> run(TrialDesign design, Source source, long seed, int threads, boolean parquet,
                                                  Path out, Path catalogFile, ProgressListener progress,
                                                  CohortTrial.Finisher report) {
    Instant started = Instant.now();
    String runId = ExperimentRunner.newRunId(design.name(), started);
    Path target = target(out, catalogFile, runId);
    String spec = spec(source, seed, design.patients());
    PendingRecord recorded = new PendingRecord(runId, catalogFile, "the trial");
    CohortTrial.Outcome o = recorded.around(() -> CohortTrial.run(design, seed, threads, parquet,
        target, progress, (dir, outcome) -> {
          Files.writeString(dir.resolve(SPEC_FILE), spec);
          report.finish(dir, outcome);
          record(recorded, source, RunCatalog.Kind.TRIAL, new RunSummary(runId, design.name(), spec, design.model(),
              CanonicalText.sha256(CanonicalText.of(design)), seed, threads, ExperimentRunner.limbicVersion(), started,
              Instant.now(), (int) outcome.counts().randomized(), 1, outcome.counts().randomized(), 0, 0,
              target.toAbsolutePath().normalize(), outcome.metrics()));
        }));
    return new Recorded<>(runId, target, o);
  }

  /**
   * {@link #run(TrialDesign, Source, long, int, boolean, Path, Path, ProgressListener, CohortTrial.Finisher)}
   * for an N-of-1 series; the catalog's metric is the patients' own A − B estimates.
   */
  public static Recorded<NOfOneTrial.Outcome> run(NOfOneDesign design, Source source, long seed, int threads, Path out,
                                                  Path catalogFile, NOfOneTrial.Finisher report) {
    Instant started = Instant.now();
    String runId = ExperimentRunner.newRunId(design.name(), started);
    Path target = target(out, catalogFile, runId);
    String spec = spec(source, seed, design.patients());
    PendingRecord recorded = new PendingRecord(runId, catalogFile, "the trial");
    NOfOneTrial.Outcome o = recorded.around(() -> NOfOneTrial.run(design, seed, threads, target,
        (dir, result) -> {
          Files.writeString(dir.resolve(SPEC_FILE), spec);
          report.finish(dir, result);
          MetricSummary.Accumulator difference = new MetricSummary.Accumulator("difference " + design.endpoint().name() + " ["
              + design.a().name() + " - " + design.b().name() + "]");
          result.analysis().perPatient().forEach(e -> difference.add(e.value()));
          record(recorded, source, RunCatalog.Kind.N_OF_1, new RunSummary(runId, design.name(), spec, design.model(),
              CanonicalText.sha256(CanonicalText.of(design)), seed, threads, ExperimentRunner.limbicVersion(), started,
              Instant.now(), result.patients().size(), 1, result.patients().size(), 0, 0, target.toAbsolutePath().normalize(),
              List.of(difference.summary())));
        }));
    return new Recorded<>(runId, target, o);
  }

  private static Path target(Path out, Path catalogFile, String runId) {
    return out != null ? out : CatalogLocation.resultsRoot(catalogFile).resolve(runId);
  }

  /** The recorded text: the command that reproduces the run, as a YAML comment, then the file's text. */
  private static String spec(Source source, long seed, int patients) {
    return String.format(Locale.ROOT, "# limbic trial %s --seed %d --patients %d%n", source.file().toAbsolutePath().normalize(),
        seed, patients) + source.text();
  }

  private static void record(PendingRecord record, Source source, RunCatalog.Kind kind, RunSummary summary) {
    record.make(catalog -> catalog.record(summary, source.file().toAbsolutePath().getParent(), kind, source.file()));
  }
}
