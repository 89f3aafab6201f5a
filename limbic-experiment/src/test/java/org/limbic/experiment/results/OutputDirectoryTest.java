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
