package org.limbic.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/** Issue #14, items 5 and 10: reads are bounded, and a bad file says what and where. */
class InputFilesTest {

  @TempDir
  Path tmp;

  @Test
  void readsUtf8TextWithoutItsByteOrderMark() throws IOException {
    Path f = Files.writeString(tmp.resolve("ok.yaml"), "\uFEFFname: Ωmega\n");
    assertThat(InputFiles.read(f, "experiment file")).isEqualTo("name: Ωmega\n");
  }

  /** Was "Input length = 3" with no file, line or column. */
  @Test
  void invalidUtf8IsLocatedAtItsFirstBadByte() throws IOException {
    byte[] head = "model: x\nna".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 3];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xE2; // a three-byte sequence cut after its first byte
    bytes[head.length + 1] = 'm';
    bytes[head.length + 2] = '\n';
    Path f = Files.write(tmp.resolve("bad.yaml"), bytes);
    assertThatThrownBy(() -> InputFiles.read(f, "experiment file")).isInstanceOf(InputFileException.class)
        .hasMessage(f + ":2:3: the experiment file is not valid UTF-8 (byte 0xE2 here); save it as UTF-8");
  }

  @Test
  void onlyRegularFilesAreRead() {
    assertThatThrownBy(() -> InputFiles.read(tmp, "experiment file")).isInstanceOf(InputFileException.class)
        .hasMessageContaining("is not a regular file");
    Path zero = Path.of("/dev/zero");
    if (Files.exists(zero)) { // took 4.6 GB, then an OutOfMemoryError
      assertThatThrownBy(() -> InputFiles.read(zero, "SBML file")).hasMessageContaining("is not a regular file");
    }
    assertThatThrownBy(() -> InputFiles.read(tmp.resolve("missing.yaml"), "experiment file"))
        .hasMessageContaining("does not exist");
  }

  @Test
  @ResourceLock("system property " + InputFiles.LIMIT_PROPERTY)
  void aFileOverTheLimitIsRefusedWithTheLimitAndHowToRaiseIt() throws IOException {
    Path big = Files.write(tmp.resolve("big.xml"), new byte[(1 << 20) + 1]);
    Path atLimit = Files.write(tmp.resolve("limit.xml"), new byte[1 << 20]);
    System.setProperty(InputFiles.LIMIT_PROPERTY, "1");
    try {
      assertThatThrownBy(() -> InputFiles.read(big, "SBML file")).isInstanceOf(InputFileException.class)
          .hasMessageContaining("larger than the limit of 1 MiB").hasMessageContaining("--max-input-mb");
      assertThat(InputFiles.read(atLimit, "SBML file")).hasSize(1 << 20);
    } finally {
      System.clearProperty(InputFiles.LIMIT_PROPERTY);
    }
    assertThat(InputFiles.limitBytes()).isEqualTo(64L << 20);
  }
}
