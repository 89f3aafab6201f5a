package org.limbic.experiment.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #14, item 9: of 10 runs started together on one catalog, 1 exited with "results written …
 * but not recorded in the catalog: Could not set lock". DuckDB lets one process write a file at a
 * time, so the writers are separate JVMs here, all started at once: each must exit 0 and every run
 * must be recorded.
 */
class CatalogContentionTest {

  @TempDir
  Path tmp;

  @Test
  void tenProcessesRecordingAtOnceAreAllRecorded() throws IOException, InterruptedException {
    Path catalog = tmp.resolve("runs.duckdb");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<Process> writers = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      writers.add(new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
          CatalogWriterProcess.class.getName(), catalog.toString(), "run-" + i)
          .redirectErrorStream(true).redirectOutput(tmp.resolve("writer-" + i + ".log").toFile()).start());
    }
    for (int i = 0; i < writers.size(); i++) {
      // bounded: a writer waits at most RunCatalog.LOCK_WAIT (60 s) for the lock, plus its JVM's start
      assertThat(writers.get(i).waitFor(120, TimeUnit.SECONDS)).as("writer %d finished", i).isTrue();
      assertThat(writers.get(i).exitValue()).as("writer %d's exit code; its output: %s", i,
          Files.readString(tmp.resolve("writer-" + i + ".log"))).isZero();
    }
    try (RunCatalog read = RunCatalog.openReadOnly(catalog)) {
      assertThat(read.query("SELECT count(*) AS n FROM runs").rows()).containsExactly(List.of(10L));
      assertThat(read.query("SELECT count(*) AS n FROM metrics").rows()).containsExactly(List.of(10L));
    }
  }
}
