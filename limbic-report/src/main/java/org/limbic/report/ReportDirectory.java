package org.limbic.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Publishes a directory whole or not at all: its content is written into a hidden temporary sibling,
 * which is then renamed into place. A previous report of the same name is replaced only after the
 * new one is complete; on failure the temporary directory is removed and the old one kept. Any other
 * directory is refused, never replaced: {@code limbic plot RUN --out ~/Documents} must not delete
 * the user's documents.
 */
final class ReportDirectory {

  private ReportDirectory() {
  }

  static void write(Path target, Consumer<Path> fill) {
    requireUsable(target);
    Path absolute = target.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    String name = absolute.getFileName().toString();
    Path tmp = parent.resolve("." + name + ".tmp-" + UUID.randomUUID());
    Path old = parent.resolve("." + name + ".old-" + UUID.randomUUID());
    boolean movedOld = false;
    try {
      Files.createDirectories(parent);
      Files.createDirectory(tmp);
      fill.accept(tmp);
      if (Files.exists(absolute)) {
        move(absolute, old);
        movedOld = true;
      }
      move(tmp, absolute);
      if (movedOld) {
        deleteRecursively(old);
      }
    } catch (IOException | RuntimeException e) {
      deleteQuietly(tmp, e);
      if (movedOld && !Files.exists(absolute)) {
        try {
          move(old, absolute);
        } catch (IOException restore) {
          e.addSuppressed(restore);
        }
      }
      if (e instanceof IOException io) {
        throw new UncheckedIOException("cannot write report directory " + absolute + ": " + io.getMessage()
            + " (check that the parent directory is writable)", io);
      }
      throw (RuntimeException) e;
    }
  }

  /** Refuses, before any work, a {@code target} that {@link #write} would refuse: a file, or a folder that is no report. */
  static void requireUsable(Path target) {
    Path absolute = target.toAbsolutePath().normalize();
    if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
      throw new UncheckedIOException(new FileAlreadyExistsException(absolute.toString(), null,
          "cannot write the report there: it is a file, not a directory; choose another --out or remove the file"));
    }
    if (Files.isDirectory(absolute)) {
      requireReplaceable(absolute);
    }
  }

  /** What a report holds at its top level: a directory with anything else was not written here. */
  static final java.util.Set<String> REPORT_ENTRIES = java.util.Set.of("index.html", "figures");

  /** An existing directory may be replaced when it is empty or holds only what a report does. */
  private static void requireReplaceable(Path dir) {
    java.util.List<String> foreign;
    try (Stream<Path> entries = Files.list(dir)) {
      foreign = entries.map(p -> p.getFileName().toString()).filter(n -> !REPORT_ENTRIES.contains(n)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dir + " to see whether it is a previous report: " + e.getMessage(), e);
    }
    if (!foreign.isEmpty()) {
      throw new UncheckedIOException(new FileAlreadyExistsException(dir.toString(), null,
          "exists and is not a previous report (it holds " + String.join(", ", foreign.subList(0, Math.min(5, foreign.size())))
              + (foreign.size() > 5 ? ", … " + foreign.size() + " entries" : "") + "); nothing was written: choose another --out,"
              + " or a new or empty folder"));
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static void deleteQuietly(Path dir, Exception cause) {
    try {
      deleteRecursively(dir);
    } catch (IOException | UncheckedIOException suppressed) {
      cause.addSuppressed(suppressed);
    }
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
