package org.limbic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limbic.experiment.results.RunCatalog;
import org.limbic.experiment.run.ExperimentRunner;
import org.limbic.experiment.run.RunOptions;
import picocli.CommandLine;

class RunCommandsTest {

  @TempDir
  Path tmp;

  @Test
  void runsListsAndQueriesTheCatalog() {
    var summary = new ExperimentRunner(RunOptions.defaults().withThreads(2)).run(BenchScanCommand.scan(20), BenchScanCommand.chain(),
        tmp.resolve("scan1"));
    Path catalog = tmp.resolve(RunCatalog.DEFAULT_FILE);
    try (RunCatalog c = RunCatalog.open(catalog)) {
      c.record(summary);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RunsCommand list = new RunsCommand();
    new CommandLine(list).parseArgs("--catalog", catalog.toString());
    assertThat(list.execute(new PrintStream(out, true, StandardCharsets.UTF_8), System.err)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains(summary.runId()).contains("(1 row)");

    out.reset();
    RunsCommand sql = new RunsCommand();
    new CommandLine(sql).parseArgs("--catalog", catalog.toString(), "sql", "SELECT metric, n FROM metrics ORDER BY metric");
    assertThat(sql.execute(new PrintStream(out, true, StandardCharsets.UTF_8), System.err)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("aucB").contains("peakB").contains("20");

    RunsCommand bad = new RunsCommand();
    new CommandLine(bad).parseArgs("--catalog", catalog.toString(), "sql", "SELECT nope");
    assertThat(bad.execute(System.out, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))).isEqualTo(2);
  }

  @Test
  void anUnreadableExperimentFileIsBadInput() throws Exception {
    Path file = tmp.resolve("x.yaml");
    Files.writeString(file, "name: x\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = ExperimentLauncher.launch("run", file, tmp.resolve("out"), 1, false, System.out,
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(2);
    assertThat(tmp.resolve("out")).doesNotExist();
    int missing = ExperimentLauncher.launch("scan", tmp.resolve("missing.yaml"), null, null, true, System.out,
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(missing).isEqualTo(2);
  }

  @Test
  void rerunReproducesARecordedRunValueForValue() throws Exception {
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
    var spec = org.limbic.experiment.file.ExperimentFiles.read(file);
    var first = ExperimentLauncher.runAndRecord("scan", spec, ExperimentLauncher.resolve(spec.model()), Files.readString(file),
        tmp, tmp.resolve("first"), 1, catalog, System.out, System.err);
    assertThat(first.exitCode()).isZero();
    String runId = first.summary().orElseThrow().runId();

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RunsCommand rerun = new RunsCommand();
    new CommandLine(rerun).parseArgs("--catalog", catalog.toString(), "--out", tmp.resolve("again").toString(), "--threads", "2",
        "rerun", runId);
    assertThat(rerun.execute(new PrintStream(out, true, StandardCharsets.UTF_8), System.err)).isZero();
    // 40 subjects x 31 times of H; 40 metric rows; 40 sampled parameters
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("identical to " + runId + ": [1240, 40, 40, 0]");

    // the comparison can fail: change one value of the re-run and compare again
    Path metrics = tmp.resolve("again").resolve("metrics.csv");
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(metrics));
    lines.set(1, lines.get(1).replaceFirst(",[^,]*$", ",0.5"));
    Files.write(metrics, lines);
    var comparison = org.limbic.experiment.results.ResultComparison.compare(tmp.resolve("first"), tmp.resolve("again"));
    assertThat(comparison.identical()).isFalse();
    assertThat(comparison.difference().orElseThrow()).startsWith("metrics.csv line 2");

    RunsCommand unknown = new RunsCommand();
    new CommandLine(unknown).parseArgs("--catalog", catalog.toString(), "rerun", "no-such-run");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertThat(unknown.execute(System.out, new PrintStream(err, true, StandardCharsets.UTF_8))).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no run 'no-such-run'");
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
    var spec = org.limbic.experiment.file.ExperimentFiles.read(file,
        org.limbic.experiment.file.ModelResolver.withSbml(ExperimentLauncher::loadSbml));
    var first = ExperimentLauncher.runAndRecord("run", spec, ExperimentLauncher.resolve(spec.model()), Files.readString(file),
        dir, tmp.resolve("first"), 1, catalog, System.out, System.err);
    assertThat(first.exitCode()).isZero();
    // the test runs in the module directory, where there is no release.xml: the catalog's spec_dir finds it
    assertThat(Path.of("release.xml")).doesNotExist();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    RunsCommand rerun = new RunsCommand();
    new CommandLine(rerun).parseArgs("--catalog", catalog.toString(), "--out", tmp.resolve("again").toString(), "rerun",
        first.summary().orElseThrow().runId());
    assertThat(rerun.execute(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)))
        .as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("identical to ");
  }
}
