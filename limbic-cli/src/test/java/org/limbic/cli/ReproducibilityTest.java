package org.limbic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limbic.experiment.file.ExperimentFiles;
import org.limbic.experiment.results.RunCatalog;
import org.limbic.experiment.run.ExperimentRunner;
import org.limbic.experiment.run.RunOptions;
import org.limbic.experiment.results.RunSummary;
import org.limbic.experiment.spec.ExperimentSpec;
import org.limbic.models.examples.PulsatileRelease;

/** A recorded run, re-run from the catalog's copy of its experiment file, gives the same bytes. */
class ReproducibilityTest {

  @TempDir
  Path tmp;

  @Test
  void rerunningARecordedRunFromTheCatalogReproducesItsFilesOnAnotherThreadCount() throws IOException {
    String yaml = new PulsatileRelease().scenarios().get("pulsatile-cohort");
    ExperimentSpec spec = ExperimentFiles.parse(yaml, "pulsatile-cohort.yaml", tmp);
    RunSummary first = new ExperimentRunner(RunOptions.defaults().withThreads(2).withRunId("cohort-1").withSpecText(yaml))
        .run(spec, new PulsatileRelease().model(), tmp.resolve("first"));
    Path catalogFile = tmp.resolve(RunCatalog.DEFAULT_FILE);
    String stored;
    try (RunCatalog catalog = RunCatalog.open(catalogFile)) {
      catalog.record(first);
      stored = catalog.spec("cohort-1");
    }
    ExperimentSpec again = ExperimentFiles.parse(stored, "from-catalog.yaml", tmp);
    new ExperimentRunner(RunOptions.defaults().withThreads(1).withRunId("cohort-1").withSpecText(stored))
        .run(again, new PulsatileRelease().model(), tmp.resolve("second"));
    for (String file : new String[] {"timecourses.csv", "metrics.csv", "parameters.csv", "timecourses.parquet"}) {
      assertThat(Files.readAllBytes(tmp.resolve("second").resolve(file)))
          .as(file).isEqualTo(Files.readAllBytes(tmp.resolve("first").resolve(file)));
    }
  }
}
