package org.limbic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
