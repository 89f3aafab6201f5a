package org.limbic.experiment.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limbic.experiment.file.ModelResolver;
import org.limbic.experiment.results.RunCatalog;
import org.limbic.experiment.results.RunSummary;
import org.limbic.experiment.run.RunOptions;
import org.limbic.model.Model;

class RecordedExperimentTest {

  @TempDir
  Path tmp;

  /** A → B → (cleared), the model every experiment here names. */
  static final Model CHAIN = Model.builder("chain").compartment("cell", 1.0).species("A", "cell", 10.0).species("B", "cell", 0.0)
      .parameter("k1", 0.5).parameter("k2", 0.2)
      .reaction("conversion", "A -> B", "k1 * A * cell").reaction("clearance", "B ->", "k2 * B * cell").build();

  static final ModelResolver MODELS = ref -> Optional.of(CHAIN);

  static final String COHORT = """
      name: chain-cohort
      model: chain
      time: {end: 10, points: 11}
      outputs: {variables: [B], metrics: [{name: peak_B, variable: B, kind: peak}]}
      seed: 5
      cohort: {size: 12, parameters: {k1: {distribution: lognormal, median: 0.5, cv: 0.3}}}
      """;

  static ExperimentSource source(Path dir) throws Exception {
    return ExperimentSource.read(Files.writeString(dir.resolve("cohort.yaml"), COHORT), MODELS);
  }

  @Test
  void aSourceKeepsItsTextModelAndDirectory() throws Exception {
    ExperimentSource s = source(tmp);
    assertThat(s.text()).isEqualTo(COHORT);
    assertThat(s.model()).isSameAs(CHAIN);
    assertThat(s.directory()).isEqualTo(tmp.toAbsolutePath());
    assertThat(s.spec().name()).isEqualTo("chain-cohort");
  }

  @Test
  void runsIntoTheDirectoryAndRecordsTheRunWithItsTextAndDirectory() throws Exception {
    Path catalog = tmp.resolve("catalog.duckdb");
    RunSummary summary = RecordedExperiment.run(source(tmp), tmp.resolve("out"), RunOptions.defaults().withThreads(2), catalog);
    assertThat(summary.outputDirectory()).isEqualTo(tmp.resolve("out").toAbsolutePath().normalize());
    assertThat(summary.runId()).startsWith("chain-cohort");
    assertThat(summary.subjects()).isEqualTo(12);
    assertThat(tmp.resolve("out/metrics.csv")).exists();
    try (RunCatalog c = RunCatalog.openReadOnly(catalog)) {
      RunCatalog.RecordedRun recorded = c.recorded(summary.runId());
      assertThat(recorded.spec()).isEqualTo(COHORT);
      assertThat(recorded.seed()).isEqualTo(5);
      assertThat(recorded.specDirectory()).contains(tmp.toAbsolutePath());
    }
  }

  /**
   * A run recorded but whose results could not be moved into place (another run filled --out in
   * the meantime) leaves no record: it would point at the other run's results.
   */
  @Test
  void aRunWhoseResultsCannotBePutInPlaceIsNotLeftInTheCatalog() throws Exception {
    Path out = tmp.resolve("out");
    Path catalog = tmp.resolve("catalog.duckdb");
    RunOptions options = RunOptions.defaults().withThreads(1).withRunId("raced").withProgress((done, total) -> {
      if (done == total) {
        try {
          Files.createDirectories(out);
          Files.writeString(out.resolve("other-run.csv"), "another run's results\n");
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    });
    assertThatThrownBy(() -> RecordedExperiment.run(source(tmp), out, options, catalog))
        .isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("cannot write results to " + out);
    try (RunCatalog c = RunCatalog.openReadOnly(catalog)) {
      assertThat(c.contains("raced")).as("the run's record").isFalse();
    }
    assertThat(out.resolve("other-run.csv")).hasContent("another run's results");
  }

  /** Issue #14 item 8: complete results that are not in the catalog were left when the record failed or a kill came between. */
  @Test
  void aRunThatCannotBeRecordedLeavesNoResults() throws Exception {
    Path blocker = Files.writeString(tmp.resolve("a-file"), "not a directory");
    assertThatThrownBy(() -> RecordedExperiment.run(source(tmp), tmp.resolve("out"), RunOptions.defaults().withThreads(1),
        blocker.resolve("catalog.duckdb"))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the run could not be recorded in the catalog " + blocker.resolve("catalog.duckdb"))
        .hasMessageContaining("so its results were not kept");
    assertThat(tmp.resolve("out")).doesNotExist();
    try (var left = Files.list(tmp)) {
      assertThat(left.map(p -> p.getFileName().toString())).as("no temporary folder either").noneMatch(n -> n.contains(".tmp-"));
    }
  }
}
