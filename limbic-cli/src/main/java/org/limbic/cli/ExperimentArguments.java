package org.limbic.cli;

import java.nio.file.Path;
import org.limbic.experiment.launch.CatalogLocation;
import org.limbic.experiment.launch.DistributedEngine;
import org.limbic.experiment.launch.ExperimentSource;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The arguments {@code limbic run} and {@code limbic scan} share (a picocli mixin), and what both do with them. */
final class ExperimentArguments {

  @Parameters(index = "0", paramLabel = "FILE", description = "the experiment file (YAML)")
  Path file;

  @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: runs/<run id> beside the catalog); must not exist or be empty")
  Path out;

  @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores)")
  Integer threads;

  @Option(names = "--run-id", paramLabel = "ID", description = {"the run's id, in the catalog and in every row of the results"
      + " (default: NAME-TIMESTAMP-RANDOM); the same file, seed and id give byte-identical CSV files"})
  String runId;

  @Option(names = "--catalog", paramLabel = "FILE", description = "the run catalog to record the run in"
      + " (default: " + CatalogLocation.DEFAULT_IN_WORDS + ")")
  Path catalog;

  @Option(names = "--engine", paramLabel = "local|spark", defaultValue = "local",
      description = {"where the units run: 'local' (this JVM's threads, the default) or 'spark' (Apache Spark, limbic-spark:"
          + " the ./limbic launcher adds it to the class path); the same tables either way (docs/spark.md)"})
  String engine;

  @Option(names = "--master", paramLabel = "URL", description = {"Spark's master with --engine spark: local[N] (N cores in this JVM),"
      + " spark://HOST:PORT (a standalone cluster); default local[*]"})
  String master;

  /** Reads, runs and records the experiment file; {@code requireScanOrCohort} for {@code limbic scan}. */
  void launch(boolean requireScanOrCohort) {
    String text = org.limbic.experiment.file.ExperimentFiles.text(file);
    if (org.limbic.experiment.file.ExperimentFiles.isAssayFile(text, file.toString())) {
      if (!"local".equals(engine)) {
        throw new IllegalArgumentException(file + " runs assays of an agent-based model, which run on the local engine only;"
            + " leave out --engine " + engine);
      }
      if (requireScanOrCohort) {
        throw new IllegalArgumentException(file + " runs assays of an agent-based model, whose factors are lists of values"
            + " in the assay (cohousing_min: [360, 1440]); use 'limbic run'");
      }
      AssayLauncher.run(text, file.toString(), out, threads, runId, catalog != null ? catalog : CatalogLocation.defaultCatalog(),
          System.out);
      return;
    }
    boolean distributed = !"local".equals(engine);
    if (!distributed && master != null) {
      throw new IllegalArgumentException("--master is Spark's: add --engine spark");
    }
    if (distributed && threads != null) {
      throw new IllegalArgumentException("--threads is the local engine's; with --engine spark the master says how many cores"
          + " (--master local[" + threads + "])");
    }
    ExperimentSource source = ExperimentSource.read(file, ExperimentLauncher.MODELS);
    if (requireScanOrCohort && source.spec().scan().isEmpty() && source.spec().cohort().isEmpty()) {
      throw new IllegalArgumentException(file + " has neither a scan nor a cohort; use 'limbic run' for a single run");
    }
    Path catalogFile = catalog != null ? catalog : CatalogLocation.defaultCatalog();
    ExperimentLauncher.failIfAnyFailed(distributed
        ? ExperimentLauncher.run(source, out, runId, catalogFile, DistributedEngine.named(engine), master)
        : ExperimentLauncher.run(source, out, threads, runId, catalogFile));
  }
}
