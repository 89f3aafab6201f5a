package org.limbic.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

  @TempDir
  Path tmp;

  @Test
  void writesTheWholeFileCreatingItsDirectoryAndReplacingAnOldOne() throws IOException {
    Path target = tmp.resolve("new/dir/result.csv");
    AtomicFile.write(target, "old\n");
    AtomicFile.write(target, "time,x\n0,1\n");
    assertThat(Files.readString(target)).isEqualTo("time,x\n0,1\n");
    try (Stream<Path> files = Files.list(target.getParent())) {
      assertThat(files).as("no temporary file left").containsExactly(target);
    }
  }

  @Test
  void aTargetThatCannotBeWrittenIsNamedAndLeavesNothing() throws IOException {
    Path blocker = Files.writeString(tmp.resolve("a-file"), "not a directory");
    assertThatThrownBy(() -> AtomicFile.write(blocker.resolve("x.csv"), "x"))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining("cannot write " + blocker.resolve("x.csv"))
        .hasMessageContaining("check that the directory exists");
    try (Stream<Path> files = Files.list(tmp)) {
      assertThat(files).containsExactly(blocker);
    }
  }
}
