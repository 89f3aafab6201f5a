package org.limbic.experiment.launch;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.limbic.experiment.assay.AssayExperiment;
import org.limbic.experiment.assay.AssayRunner;
import org.limbic.experiment.assay.GroupSummary;
import org.limbic.experiment.results.CanonicalText;
import org.limbic.experiment.results.MetricSummary;
import org.limbic.experiment.results.RunCatalog;
import org.limbic.experiment.results.RunSummary;
import org.limbic.experiment.run.ExperimentRunner;

/**
 * Runs an agent-based model's assay file ({@link AssayRunner}) into a results directory and records
 * it in the run catalog, kind {@code assay}, as {@link RecordedExperiment} records an experiment:
 * the file's text and directory, the seed, and per group and measure the summary of its animals'
 * values (metric {@code ASSAY[GROUP].MEASURE}: n, mean, spread, as a run's subjects). The record is made before the directory is put in
 * place, and removed if that fails. The model hash is that of the file's expanded groups: the
 * agents have no equations to hash.
 */
public final class RecordedAssays {

  private RecordedAssays() {
  }

  /** The outcome and its id in the catalog. */
  public record Recorded(String runId, AssayRunner.Outcome outcome) {
  }

  /**
   * @param out the results directory, or null for runs/RUN_ID beside the catalog
   * @param runId the id, or null for a new one
   */
  public static Recorded run(AssayExperiment experiment, Path file, String text, int threads, Path out, String runId,
                             Path catalogFile) {
    Instant started = Instant.now();
    String id = runId != null ? runId : ExperimentRunner.newRunId(experiment.name(), started);
    if (runId != null) {
      RecordedExperiment.requireNewRunId(runId, catalogFile);
    }
    Path target = out != null ? out : CatalogLocation.resultsRoot(catalogFile).resolve(id);
    PendingRecord recorded = new PendingRecord(id, catalogFile, "the assay run");
    AssayRunner.Outcome o = recorded.around(() -> AssayRunner.run(experiment, text, threads, target, outcome ->
        recorded.make(catalog -> catalog.record(summary(id, experiment, text, outcome, started, target),
            file.toAbsolutePath().getParent(), RunCatalog.Kind.ASSAY, file))));
    return new Recorded(id, o);
  }

  private static RunSummary summary(String id, AssayExperiment e, String text, AssayRunner.Outcome o, Instant started, Path target) {
    List<MetricSummary> metrics = new ArrayList<>();
    for (GroupSummary s : o.summaries()) {
      // the group's animals, summarized as a run's subjects are (n, mean, spread, NaN by reason)
      MetricSummary.Accumulator a = new MetricSummary.Accumulator(s.assay() + "[" + s.group().index() + "]." + s.measure().name());
      for (double v : s.values()) {
        a.add(v);
      }
      metrics.add(a.summary());
    }
    return new RunSummary(id, e.name(), text, e.modelId(), CanonicalText.sha256(CanonicalText.of(e.studies().stream()
        .map(st -> st.assay().name() + st.groups()).toList())), e.seed(), o.threads(), ExperimentRunner.limbicVersion(), started,
        Instant.now(), e.groups(), 1, e.groups(), 0, 0, target.toAbsolutePath().normalize(), metrics);
  }
}
