package org.limbic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #15 item 10: the catalog and {@code runs/} were in the current directory, so a run from
 * another folder started a second catalog that {@code runs list} did not see. One per user now:
 * {@code $LIMBIC_CATALOG}, else the XDG data directory. Each command runs in a JVM of its own, with
 * an environment of the test's (never the real home).
 */
class UserCatalogTest {

  @TempDir
  Path tmp;

  @Test
  void runsFromTwoFoldersAreListedFromAThirdInTheXdgDataDirectory() throws Exception {
    Path data = tmp.resolve("xdg-data");
    Path file = Files.writeString(tmp.resolve("decay.yaml"), "name: " + "decay-from-a-folder-with-a-long-enough-name\n"
        + "model: pulsatile_release\ntime: {end: 10, points: 11}\n");
    Map<String, String> env = Map.of("XDG_DATA_HOME", data.toString());
    Result a = limbic(Files.createDirectories(tmp.resolve("a")), env, "run", file.toString(), "--threads", "1");
    Result b = limbic(Files.createDirectories(tmp.resolve("b")), env, "run", file.toString(), "--threads", "1");
    assertThat(a.code()).as(a.output()).isZero();
    assertThat(b.code()).as(b.output()).isZero();
    Path catalog = data.resolve("limbic").resolve("limbic-runs.duckdb");
    assertThat(catalog).isRegularFile();
    assertThat(a.output()).contains("-> " + data.resolve("limbic").resolve("runs")).contains("catalog: " + catalog);
    try (var s = Files.list(tmp.resolve("a"))) {
      assertThat(s).as("nothing written where the run was started").isEmpty();
    }

    Result list = limbic(Files.createDirectories(tmp.resolve("c")), env, "runs", "list");
    assertThat(list.code()).as(list.output()).isZero();
    assertThat(list.output()).startsWith("catalog: " + catalog).contains("(2 rows)");
    try (var runs = Files.list(data.resolve("limbic").resolve("runs"))) {
      for (Path run : runs.toList()) {
        assertThat(list.output()).as("output_dir in full").contains(run.toString());
      }
    }
  }

  @Test
  void limbicCatalogNamesTheCatalogAndItsResultsGoBesideIt() throws Exception {
    Path catalog = tmp.resolve("shared/team.duckdb");
    Path file = Files.writeString(tmp.resolve("decay.yaml"), "model: pulsatile_release\ntime: {end: 10, points: 11}\n");
    Map<String, String> env = Map.of("LIMBIC_CATALOG", catalog.toString(), "XDG_DATA_HOME", tmp.resolve("unused").toString());
    Result r = limbic(tmp, env, "run", file.toString(), "--threads", "1");
    assertThat(r.code()).as(r.output()).isZero();
    assertThat(catalog).isRegularFile();
    assertThat(r.output()).contains("-> " + tmp.resolve("shared/runs"));
    assertThat(tmp.resolve("unused")).doesNotExist();
  }

  private record Result(int code, String output) {
  }

  private static Result limbic(Path directory, Map<String, String> env, String... args) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java");
    List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
        "--enable-native-access=ALL-UNNAMED", "-Xss8m", "-Duser.home=" + directory.resolve("no-home"),
        LimbicCommand.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
    pb.environment().remove("LIMBIC_CATALOG");
    pb.environment().remove("XDG_DATA_HOME");
    pb.environment().putAll(env);
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Result(p.waitFor(), output);
  }
}
