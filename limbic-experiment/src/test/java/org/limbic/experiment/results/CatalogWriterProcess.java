package org.limbic.experiment.results;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** A separate JVM that records one run in a catalog, as a {@code limbic run} ends: {@link CatalogContentionTest}'s writers. */
public final class CatalogWriterProcess {

  private CatalogWriterProcess() {
  }

  /** Arguments: the catalog file and the run id. */
  public static void main(String[] args) {
    Instant now = Instant.now();
    RunSummary run = new RunSummary(args[1], "contention", "model: decay", "decay", "hash", 1, 1, "test", now, now, 1, 1,
        1, 0, 1, Path.of("out", args[1]), List.of(new MetricSummary("auc", 1, 2.0, 0.0, 2.0, 2.0)));
    try (RunCatalog catalog = RunCatalog.open(Path.of(args[0]))) {
      catalog.record(run);
    }
  }
}
