package org.limbic.web;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.limbic.experiment.figure.Figure;
import org.limbic.experiment.run.ProgressListener;

/**
 * What one run of the server carries out, as the command line does it: an experiment file
 * ({@code limbic run}), a claim check ({@code limbic check --claim}), a trial file
 * ({@code limbic trial}) or an agent-based model's assays ({@code limbic run} of a vole file). Each
 * writes its files into a directory of the server's and answers what the page shows besides them.
 */
interface ExplorerJob {

  /** experiment, claim, trial or assay: what the page shows and which files there are. */
  String kind();

  String name();

  /** The text the run was asked with (a file's, or {@code claim: ID}). */
  String text();

  /**
   * Runs into {@code directory} (which does not exist yet), telling {@code progress} after each unit
   * (the listener throws to stop the run: cancelled, or past the wall time).
   */
  Result run(String runId, Path directory, ProgressListener progress);

  /**
   * What a finished run answers at {@code GET /api/runs/ID/result} beside its files: a summary
   * (numbers and text the page shows) and the figures it drew ({@code /api/runs/ID/figures/N}, SVG).
   */
  record Result(Map<String, Object> summary, List<Figure> figures) {

    static final Result NONE = new Result(Map.of(), List.of());

    public Result {
      summary = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(summary));
      figures = List.copyOf(figures);
    }
  }
}
