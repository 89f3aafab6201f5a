package org.limbic.experiment.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writers of one catalog take turns: while one holds it, another (in this process or another) waits
 * instead of opening the file, which DuckDB would truncate if it did not exist yet. The waits below
 * are lower bounds: a slow machine can only make a check pass that should have failed later, never
 * fail one that holds.
 */
class CatalogWriteLockTest {

  @TempDir
  Path tmp;

  @Test
  void aSecondWriterInThisProcessWaitsUntilTheFirstCloses() throws Exception {
    Path file = tmp.resolve("runs.duckdb");
    CompletableFuture<Void> second;
    try (RunCatalog first = RunCatalog.open(file)) {
      first.record(run("first"));
      second = CompletableFuture.runAsync(() -> {
        try (RunCatalog c = RunCatalog.open(file)) {
          c.record(run("second"));
        }
      });
      Thread.sleep(300);
      assertThat(second).as("the second writer while the first holds the catalog").isNotDone();
    }
    second.get(RunCatalog.LOCK_WAIT.toSeconds(), TimeUnit.SECONDS);
    try (RunCatalog read = RunCatalog.openReadOnly(file)) {
      assertThat(read.query("SELECT run_id FROM runs ORDER BY run_id").rows()).containsExactly(List.of("first"), List.of("second"));
    }
  }

  @Test
  void aWriterInAnotherProcessWaitsForTheLockBeforeItTouchesTheFile() throws Exception {
    Path file = tmp.resolve("runs.duckdb");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process writer;
    try (CatalogWriteLock held = CatalogWriteLock.acquire(file, Duration.ofSeconds(1))) {
      writer = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
          CatalogWriterProcess.class.getName(), file.toString(), "waited")
          .redirectErrorStream(true).redirectOutput(tmp.resolve("writer.log").toFile()).start();
      Thread.sleep(3000);
      assertThat(writer.isAlive()).as("the writer while the lock is held elsewhere").isTrue();
      assertThat(file).as("the catalog, which the waiting writer must not have created").doesNotExist();
    }
    assertThat(writer.waitFor(RunCatalog.LOCK_WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
    assertThat(writer.exitValue()).as(Files.readString(tmp.resolve("writer.log"))).isZero();
    try (RunCatalog read = RunCatalog.openReadOnly(file)) {
      assertThat(read.query("SELECT run_id FROM runs").rows()).containsExactly(List.of("waited"));
    }
  }

  private static RunSummary run(String id) {
    Instant now = Instant.now();
    return new RunSummary(id, "lock", "model: decay", "decay", "hash", 1, 1, "test", now, now, 1, 1, 1, 0, 1,
        Path.of("out", id), List.of(new MetricSummary("auc", 1, 2.0, 0.0, 2.0, 2.0)));
  }
}
