package org.limbic.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a whole file or nothing: to a temporary file beside the target, then an atomic rename, so a
 * reader (or a run killed half-way) never sees half a file.
 */
public final class AtomicFile {

  private AtomicFile() {
  }

  /**
   * Writes {@code content} as UTF-8 to {@code target}, creating its directory if needed.
   *
   * @throws UncheckedIOException naming the target when it cannot be written
   */
  public static void write(Path target, String content) {
    Path dir = target.toAbsolutePath().getParent();
    Path tmp = null;
    try {
      Files.createDirectories(dir);
      tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
      Files.writeString(tmp, content, StandardCharsets.UTF_8);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the original failure is the one to report
        }
      }
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage()
          + " (check that the directory exists and is writable)", e);
    }
  }
}
