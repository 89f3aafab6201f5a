package org.limbic.experiment.launch;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.limbic.experiment.results.RunCatalog;

/**
 * A run's record in the catalog, made just before its results are put in place (inside the
 * results directory's filler) and taken back if they do not get there: no record may point at
 * results that are not there, or at another run's. What experiments, trials and assays share.
 */
final class PendingRecord {

  private final String runId;
  private final Path catalogFile;
  private final String what;
  private boolean made;

  /** @param what how the run is named in the message when it cannot be recorded ("the run", "the trial") */
  PendingRecord(String runId, Path catalogFile, String what) {
    this.runId = runId;
    this.catalogFile = catalogFile;
    this.what = what;
  }

  /** Records through {@code record} in the catalog; a catalog fault keeps nothing, and says so. */
  void make(Consumer<RunCatalog> record) {
    try (RunCatalog catalog = RunCatalog.open(catalogFile)) {
      record.accept(catalog);
      made = true;
    } catch (IllegalStateException e) {
      throw new IllegalStateException(what + " could not be recorded in the catalog " + catalogFile + ", so its results were"
          + " not kept: " + e.getMessage(), e);
    }
  }

  /** Runs {@code run}; if it fails after the record was made (the final rename failed), deletes the record and rethrows. */
  <T> T around(Supplier<T> run) {
    try {
      return run.get();
    } catch (RuntimeException e) {
      if (made) {
        try (RunCatalog catalog = RunCatalog.open(catalogFile)) {
          catalog.delete(runId);
        } catch (RuntimeException undo) {
          e.addSuppressed(undo);
        }
      }
      throw e;
    }
  }
}
