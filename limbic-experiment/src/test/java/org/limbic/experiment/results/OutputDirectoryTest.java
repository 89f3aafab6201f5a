package org.limbic.experiment.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirectoryTest {

  @TempDir
  Path tmp;

  @Test
  void resultsAppearWholeOrNotAtAll() {
    Path out = tmp.resolve("out");
    assertThatThrownBy(() -> OutputDirectory.write(out, dir -> {
      Files.writeString(dir.resolve("half.csv"), "a\n");
      throw new IOException("disk full");
    })).hasMessageContaining("disk full");
    assertThat(out).doesNotExist();
    assertThat(tmp).isEmptyDirectory();
    OutputDirectory.write(out, dir -> Files.writeString(dir.resolve("whole.csv"), "a\n"));
    assertThat(out.resolve("whole.csv")).hasContent("a");
  }

  /** Issue #15 item 4: the demo's directory is replaced by the next demo; a failed one keeps the old, and a user's is refused. */
  @Test
  void aDirectoryMarkedAsOwnIsReplacedWholeAndOnlyThat() throws IOException {
    Path out = tmp.resolve("demo");
    OutputDirectory.replaceOwn(out, ".mine", dir -> Files.writeString(dir.resolve("first.csv"), "1\n"));
    OutputDirectory.replaceOwn(out, ".mine", dir -> Files.writeString(dir.resolve("second.csv"), "2\n"));
    assertThat(out.resolve("first.csv")).doesNotExist();
    assertThat(out.resolve("second.csv")).hasContent("2");
    assertThatThrownBy(() -> OutputDirectory.replaceOwn(out, ".mine", dir -> {
      throw new IOException("disk full");
    })).hasMessageContaining("disk full");
    assertThat(out.resolve("second.csv")).as("kept after a failure").hasContent("2");
    try (var left = Files.list(tmp)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("demo");
    }
    Path users = Files.createDirectories(tmp.resolve("users"));
    Files.writeString(users.resolve("notes.txt"), "keep");
    assertThatThrownBy(() -> OutputDirectory.replaceOwn(users, ".mine", dir -> null))
        .hasMessageContaining("already exists and is not empty");
    assertThat(users.resolve("notes.txt")).hasContent("keep");
  }

  /**
   * Issue #14, item 8: a run killed with kill -9 left its hidden temporary directory (1-313 MB) beside
   * --out for good. The next write removes those of processes that are gone, and only those.
   */
  @Test
  void theNextWriteRemovesTheTemporariesOfProcessesThatAreGone() throws IOException, InterruptedException {
    Process finished = new ProcessBuilder("true").start();
    finished.waitFor();
    Path stale = Files.createDirectories(tmp.resolve(".killed.tmp-" + finished.pid() + "-123"));
    Files.writeString(stale.resolve("timecourses.csv"), "partial\n");
    Path live = Files.createDirectories(tmp.resolve(".running.tmp-" + ProcessHandle.current().pid() + "-456"));
    Path unrelated = Files.createDirectories(tmp.resolve(".cache"));

    OutputDirectory.write(tmp.resolve("next"), dir -> Files.writeString(dir.resolve("x.csv"), "x\n"));

    assertThat(stale).doesNotExist();
    assertThat(live).as("a live writer's directory").isDirectory();
    assertThat(unrelated).isDirectory();
    assertThat(tmp.resolve("next/x.csv")).exists();
  }
}
