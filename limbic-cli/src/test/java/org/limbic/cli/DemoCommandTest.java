package org.limbic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #15 item 4: {@code limbic demo} is the first command a user runs, and runs again. */
class DemoCommandTest {

  @TempDir
  Path tmp;

  @Test
  void runsTwiceIntoTheSameDirectoryAndReplacesItsOwnOutput() throws IOException {
    Path out = tmp.resolve("demo");
    CommandOutput first = CommandOutput.of("demo", "--out", out.toString());
    assertThat(first.code()).as(first.err()).isZero();
    CommandOutput second = CommandOutput.of("demo", "--out", out.toString());
    assertThat(second.code()).as(second.err()).isZero();
    assertThat(second.out()).contains("-> " + out.resolve("pulsatile_release.csv"))
        .contains("-> " + out.resolve("cohort")).doesNotContain(".tmp-");
    assertThat(out.resolve("cohort/metrics.csv")).isRegularFile();
    assertThat(out.resolve("report/index.html")).isRegularFile();
    try (var left = Files.list(tmp)) {
      assertThat(left.map(p -> p.getFileName().toString())).as("no temporary or set-aside directory").containsExactly("demo");
    }
  }

  @Test
  void aDirectoryTheDemoDidNotWriteIsNotReplaced() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("mine"));
    Path notes = Files.writeString(out.resolve("notes.txt"), "a user's file");
    CommandOutput r = CommandOutput.of("demo", "--out", out.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(out + " already exists and is not empty");
    assertThat(notes).hasContent("a user's file");
    try (var left = Files.list(out)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("notes.txt");
    }
  }
}
