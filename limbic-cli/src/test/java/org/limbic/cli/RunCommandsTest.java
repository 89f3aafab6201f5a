package org.limbic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limbic.experiment.bench.ScanBenchmark;
import org.limbic.experiment.launch.ExperimentSource;
import org.limbic.experiment.launch.RecordedExperiment;
import org.limbic.experiment.results.RunCatalog;
import org.limbic.experiment.results.RunSummary;
import org.limbic.experiment.run.ExperimentRunner;
import org.limbic.experiment.run.RunOptions;

/** {@code limbic run}, {@code scan} and {@code runs} as a script sees them: output, messages, exit codes. */
class RunCommandsTest {

  @TempDir
  Path tmp;

  @Test
  void runsListsAndQueriesTheCatalog() {
    var summary = new ExperimentRunner(RunOptions.defaults().withThreads(2)).run(ScanBenchmark.scan(20), ScanBenchmark.chain(),
        tmp.resolve("scan1"));
    Path catalog = tmp.resolve(RunCatalog.DEFAULT_FILE);
    try (RunCatalog c = RunCatalog.open(catalog)) {
      c.record(summary);
    }
    CommandOutput list = CommandOutput.of("runs", "--catalog", catalog.toString());
    assertThat(list.code()).isZero();
    assertThat(list.out()).contains(summary.runId()).contains("(1 row)");

    CommandOutput sql = CommandOutput.of("runs", "--catalog", catalog.toString(), "sql", "SELECT metric, n FROM metrics ORDER BY metric");
    assertThat(sql.code()).isZero();
    assertThat(sql.out()).contains("aucB").contains("peakB").contains("20");

    CommandOutput bad = CommandOutput.of("runs", "--catalog", catalog.toString(), "sql", "SELECT nope");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).startsWith("limbic runs: query failed");

    CommandOutput unknown = CommandOutput.of("runs", "--catalog", catalog.toString(), "drop", "everything");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("expected 'list', 'sql \"SELECT ...\"' or 'rerun RUN_ID', got drop everything");
  }

  /** Runs whose metric is NaN are said, with the reason, not dropped from the summary silently. */
  @Test
  void runSaysHowManyRunsGaveAMetricNoValue() throws Exception {
    Path file = tmp.resolve("nan.yaml");
    // pulsatile_release keeps H at tens of pM: it never rises to 1e9 in any of the 3 replicates
    Files.writeString(file, """
        model: pulsatile_release
        time: {end: 10, points: 11}
        outputs:
          metrics:
            - {name: up, variable: H, kind: time_to_threshold, threshold: 1e9}
            - {name: peak, variable: H, kind: peak}
        replicates: 3
        """);
    CommandOutput r = CommandOutput.of("run", file.toString(), "--out", tmp.resolve("out").toString(), "--threads", "1",
        "--catalog", tmp.resolve("c.duckdb").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("metric up: n = 0 of 3; 3 NaN (3 never rose to the threshold)").doesNotContain("metric peak");
  }

  @Test
  void withoutACatalogThereIsNothingToList() {
    CommandOutput r = CommandOutput.of("runs", "--catalog", tmp.resolve("none.duckdb").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no catalog at " + tmp.resolve("none.duckdb"));
  }

  @Test
  void anUnreadableExperimentFileIsBadInput() throws Exception {
    Path file = tmp.resolve("x.yaml");
    Files.writeString(file, "name: x\n");
    CommandOutput r = CommandOutput.of("run", file.toString(), "--out", tmp.resolve("out").toString(), "--threads", "1");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("limbic run: ");
    assertThat(tmp.resolve("out")).doesNotExist();
    CommandOutput missing = CommandOutput.of("scan", tmp.resolve("missing.yaml").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).startsWith("limbic scan: ").contains("missing.yaml");
  }

  /** Issue #14 item 11: the run id is in every row, so without --run-id two identical runs never gave identical files. */
  @Test
  void aGivenRunIdMakesIdenticalFilesAndIsRefusedWhenTheCatalogHasIt() throws Exception {
    Path file = Files.writeString(tmp.resolve("scan.yaml"), """
        name: ids
        model: pulsatile_release
        time: {end: 30, points: 31}
        scan: {parameters: {k_clear: {min: 0.1, max: 0.3, steps: 3}}}
        outputs: {variables: [H], metrics: [{name: peak_H, variable: H, kind: peak}]}
        seed: 7
        """);
    for (String run : List.of("a", "b")) {
      CommandOutput r = CommandOutput.of("run", file.toString(), "--out", tmp.resolve(run).toString(), "--threads", "1",
          "--run-id", "ids-1", "--catalog", tmp.resolve(run + ".duckdb").toString());
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out()).contains("run ids-1: 3 runs");
    }
    for (String table : List.of("timecourses.csv", "metrics.csv", "parameters.csv")) {
      assertThat(Files.readAllBytes(tmp.resolve("b").resolve(table))).as(table).isEqualTo(Files.readAllBytes(tmp.resolve("a").resolve(table)));
    }
    CommandOutput taken = CommandOutput.of("run", file.toString(), "--out", tmp.resolve("c").toString(), "--run-id", "ids-1",
        "--catalog", tmp.resolve("a.duckdb").toString());
    assertThat(taken.code()).isEqualTo(2);
    assertThat(taken.err()).contains("run id 'ids-1' is already in the catalog " + tmp.resolve("a.duckdb"));
    assertThat(tmp.resolve("c")).doesNotExist();
    CommandOutput malformed = CommandOutput.of("run", file.toString(), "--out", tmp.resolve("c").toString(), "--run-id", "../x",
        "--catalog", tmp.resolve("a.duckdb").toString());
    assertThat(malformed.code()).isEqualTo(2);
    assertThat(malformed.err()).contains("run id '../x' must be 1 to 120 letters");
  }

  @Test
  void aScanNeedsAScanOrACohortAndNoThreadsIsBadInput() throws Exception {
    Path file = Files.writeString(tmp.resolve("single.yaml"), "model: pulsatile_release\ntime: {end: 10, points: 11}\n");
    CommandOutput scan = CommandOutput.of("scan", file.toString(), "--out", tmp.resolve("out").toString());
    assertThat(scan.code()).isEqualTo(2);
    assertThat(scan.err()).contains("has neither a scan nor a cohort; use 'limbic run' for a single run");
    CommandOutput threads = CommandOutput.of("run", file.toString(), "--out", tmp.resolve("out").toString(), "--threads", "0");
    assertThat(threads.code()).isEqualTo(2);
    assertThat(threads.err()).contains("threads must be >= 1, got 0");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  private RunSummary record(Path file, Path out, Path catalog) {
    return RecordedExperiment.run(ExperimentSource.read(file, ExperimentLauncher.MODELS), out, RunOptions.defaults().withThreads(1),
        catalog);
  }

  @Test
  void rerunReproducesARecordedRunValueForValueAndExitsOneWhenItDoesNot() throws Exception {
    Path file = tmp.resolve("cohort.yaml");
    Files.writeString(file, """
        name: rerun-cohort
        model: pulsatile_release
        time: {end: 30, points: 31}
        outputs: {variables: [H], metrics: [{name: peak_H, variable: H, kind: peak}]}
        seed: 11
        cohort: {size: 40, parameters: {k_clear: {distribution: lognormal, median: 0.17, cv: 0.3}}}
        """);
    Path catalog = tmp.resolve("catalog.duckdb");
    String runId = record(file, tmp.resolve("first"), catalog).runId();

    CommandOutput rerun = CommandOutput.of("runs", "--catalog", catalog.toString(), "--out", tmp.resolve("again").toString(),
        "--threads", "2", "rerun", runId);
    assertThat(rerun.code()).as(rerun.err()).isZero();
    // 40 subjects x 31 times of H; 40 metric rows; 40 sampled parameters
    assertThat(rerun.out()).contains("identical to " + runId + ": [1240, 40, 40, 0]").contains("catalog: " + catalog);

    // the comparison can fail: change one recorded value and re-run again
    Path metrics = tmp.resolve("first").resolve("metrics.csv");
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(metrics));
    lines.set(1, lines.get(1).replaceFirst(",[^,]*$", ",0.5"));
    Files.write(metrics, lines);
    CommandOutput differs = CommandOutput.of("runs", "--catalog", catalog.toString(), "--out", tmp.resolve("third").toString(),
        "rerun", runId);
    assertThat(differs.code()).isEqualTo(1);
    assertThat(differs.err()).contains("limbic runs: differs from " + runId + ": metrics.csv line 2");

    CommandOutput unknown = CommandOutput.of("runs", "--catalog", catalog.toString(), "rerun", "no-such-run");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("no run 'no-such-run'");
  }

  @Test
  void rerunFindsARelativeSbmlFileWhereTheExperimentFileWasNotInTheCurrentDirectory() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("study"));
    org.limbic.sbml.SbmlExporter.write(new org.limbic.models.examples.PulsatileRelease().model(), dir.resolve("release.xml"));
    Path file = dir.resolve("run.yaml");
    Files.writeString(file, """
        name: relative-sbml
        model: {sbml: release.xml}
        time: {end: 10, points: 11}
        outputs: {variables: [H]}
        """);
    Path catalog = tmp.resolve("catalog.duckdb");
    String runId = record(file, tmp.resolve("first"), catalog).runId();
    // the test runs in the module directory, where there is no release.xml: the catalog's spec_dir finds it
    assertThat(Path.of("release.xml")).doesNotExist();
    CommandOutput rerun = CommandOutput.of("runs", "--catalog", catalog.toString(), "--out", tmp.resolve("again").toString(),
        "rerun", runId);
    assertThat(rerun.code()).as(rerun.err()).isZero();
    assertThat(rerun.out()).contains("identical to ");
  }
}
