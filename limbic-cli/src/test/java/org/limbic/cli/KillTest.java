package org.limbic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limbic.experiment.results.RunCatalog;

/**
 * Issue #14, must-show 3: {@code limbic run} killed outright ({@code kill -9}, which no handler
 * sees) at seeded random moments, from JVM start to the catalog record, in a child JVM. After each
 * kill, {@code --out} is absent or complete (never partial) and then recorded, and the catalog opens
 * and lists its runs; the next run into the same folder removes the killed runs' temporary folders.
 */
class KillTest {

  static final int KILLS = 8;
  private static final long SEED = 20261202L;
  /** What a complete results folder holds (CSV and Parquet of each table, the experiment file and the units). */
  private static final List<String> COMPLETE = List.of("timecourses.csv", "metrics.csv", "parameters.csv", "failures.csv",
      "timecourses.parquet", "metrics.parquet", "parameters.parquet", "failures.parquet", "experiment.yaml", "units.csv");

  @TempDir
  Path tmp;

  @Test
  void aKilledRunLeavesNoPartialResultsAndItsTemporaryFolderGoesWithTheNextRun() throws Exception {
    Path file = Files.writeString(tmp.resolve("cohort.yaml"), """
        name: killed
        model: pulsatile_release
        time: {end: 60, points: 241}
        outputs: {variables: [H], metrics: [{name: peak_H, variable: H, kind: peak}]}
        cohort: {size: 3000, parameters: {k_clear: {distribution: lognormal, median: 0.173, cv: 0.3}}}
        seed: 5
        """);
    Path runs = Files.createDirectories(tmp.resolve("runs"));
    Path catalog = tmp.resolve("catalog.duckdb");

    long started = System.nanoTime();
    assertThat(limbic(file, runs.resolve("whole"), catalog).waitFor()).isZero();
    long wholeMillis = (System.nanoTime() - started) / 1_000_000;
    assertThat(runs.resolve("whole")).satisfies(KillTest::complete);

    SplittableRandom random = new SplittableRandom(SEED);
    List<Long> moments = new ArrayList<>();
    int finished = 0;
    for (int k = 0; k < KILLS; k++) {
      // half anywhere in the run, half in its last 30 % (writing, the final rename, the catalog record)
      long at = k % 2 == 0 ? random.nextLong(wholeMillis) : (long) (wholeMillis * (0.7 + 0.35 * random.nextDouble()));
      moments.add(at);
      Path out = runs.resolve("killed-" + k);
      Process p = limbic(file, out, catalog);
      if (p.waitFor(at, TimeUnit.MILLISECONDS)) {
        finished++;
      } else {
        p.destroyForcibly().waitFor();
      }
      if (Files.exists(out)) {
        assertThat(out).as("results of the run killed at " + at + " ms").satisfies(KillTest::complete);
      }
      try (RunCatalog c = RunCatalog.openReadOnly(catalog)) {
        assertThat(c.list().rows()).as("catalog after the kill at " + at + " ms").isNotEmpty();
        if (Files.exists(out)) {
          // recorded before the rename: results in place are always in the catalog
          assertThat(c.query("SELECT output_dir FROM runs").rows()).as("the catalog's folders after the kill at " + at + " ms")
              .contains(List.of(out.toAbsolutePath().normalize().toString()));
        }
      }
    }
    long temporaries;
    try (Stream<Path> s = Files.list(runs)) {
      temporaries = s.filter(p -> p.getFileName().toString().contains(".tmp-")).count();
    }
    assertThat(limbic(file, runs.resolve("after"), catalog).waitFor()).isZero();
    try (Stream<Path> s = Files.list(runs)) {
      assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.contains(".tmp-"))).as("temporary folders after the next run")
          .isEmpty();
    }
    System.out.printf("kill test: a whole run %d ms; killed at %s ms (%d finished first); %d temporary folders left by the kills,"
        + " none after the next run%n", wholeMillis, moments, finished, temporaries);
  }

  private static void complete(Path out) {
    for (String f : COMPLETE) {
      assertThat(out.resolve(f)).as(f).isRegularFile();
    }
    try {
      long lines;
      try (Stream<String> s = Files.lines(out.resolve("metrics.csv"))) {
        lines = s.count();
      }
      assertThat(lines).as("metrics.csv: a header and a row per subject").isEqualTo(3001);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** {@code limbic run} in a JVM of its own, on one thread; its output goes to a file beside the results. */
  private Process limbic(Path file, Path out, Path catalog) throws IOException {
    String java = ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java");
    List<String> command = List.of(java, "-cp", System.getProperty("java.class.path"), "--enable-native-access=ALL-UNNAMED",
        "-Xss8m", LimbicCommand.class.getName(), "run", file.toString(), "--out", out.toString(), "--threads", "1",
        "--catalog", catalog.toString());
    File log = tmp.resolve(out.getFileName() + ".log").toFile();
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
  }
}
