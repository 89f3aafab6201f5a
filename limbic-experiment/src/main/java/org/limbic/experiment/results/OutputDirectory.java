package org.limbic.experiment.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A directory of results written whole or not at all: the files go into a temporary sibling
 * directory, which is renamed to the target when everything is written; on any failure the
 * temporary directory is deleted, so no partial output remains. A process killed outright
 * ({@code kill -9}) cannot delete its own: the temporary directory's name carries the writer's
 * process id, and the next write into the same parent removes those whose process is gone.
 */
public final class OutputDirectory {

  private OutputDirectory() {
  }

  /** Fills a directory; it receives the temporary directory to write into. */
  @FunctionalInterface
  public interface Filler<T> {
    T fill(Path directory) throws IOException;
  }

  /**
   * Refuses, before any work, a {@code target} that {@link #write} would refuse: one that exists and
   * is not an empty directory (a long fit should not end on it).
   */
  public static void requireUsable(Path target) {
    try {
      if (Files.exists(target) && (!Files.isDirectory(target) || !isEmpty(target))) {
        throw new IllegalArgumentException("output directory " + target + " already exists and is not empty;"
            + " choose another (--out) or remove it");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + target + ": " + e.getMessage(), e);
    }
  }

  /**
   * Runs {@code filler} on a fresh temporary sibling of {@code target}, then renames it to
   * {@code target}.
   *
   * @throws IllegalArgumentException if {@code target} exists and is not an empty directory
   */
  public static <T> T write(Path target, Filler<T> filler) {
    return write(target, Optional.empty(), filler);
  }

  /**
   * {@link #write} for a directory that one command owns and writes anew each time (the demo's): a
   * {@code target} holding the file {@code ownerMark}, which this method leaves in what it writes,
   * is replaced once the new directory is complete (a failure keeps it). Any other non-empty target
   * is refused as by {@link #write}: a user's directory is never replaced.
   */
  public static <T> T replaceOwn(Path target, String ownerMark, Filler<T> filler) {
    return write(target, Optional.of(ownerMark), filler);
  }

  private static <T> T write(Path target, Optional<String> ownerMark, Filler<T> filler) {
    Path absolute = target.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    boolean owned = ownerMark.isPresent() && Files.isRegularFile(absolute.resolve(ownerMark.get()));
    Path tmp = null;
    Path old = null;
    try {
      if (!owned) {
        requireUsable(target);
        if (Files.exists(absolute)) {
          Files.delete(absolute);
        }
      }
      Files.createDirectories(parent);
      removeStaleTemporaries(parent);
      tmp = Files.createTempDirectory(parent, temporaryPrefix(absolute));
      T result = filler.fill(tmp);
      if (ownerMark.isPresent()) {
        Files.writeString(tmp.resolve(ownerMark.get()), "written by Limbic; the next run replaces this directory\n");
      }
      if (owned) {
        // aside under a temporary's name, so that a kill before the delete below leaves it to removeStaleTemporaries
        old = Files.createTempDirectory(parent, temporaryPrefix(absolute));
        move(absolute, old.resolve("old"));
      }
      move(tmp, absolute);
      tmp = null;
      return result;
    } catch (IOException e) {
      if (old != null && !Files.exists(absolute) && Files.exists(old.resolve("old"))) {
        try {
          move(old.resolve("old"), absolute);
        } catch (IOException restore) {
          e.addSuppressed(restore);
        }
      }
      throw new UncheckedIOException("cannot write results to " + target + ": " + e.getMessage()
          + " (check that its parent directory is writable and the disk is not full)", e);
    } finally {
      if (tmp != null) {
        deleteTree(tmp);
      }
      if (old != null && Files.exists(absolute)) {
        deleteTree(old);
      }
    }
  }

  private static String temporaryPrefix(Path absolute) {
    return "." + absolute.getFileName() + TMP + ProcessHandle.current().pid() + "-";
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static final String TMP = ".tmp-";
  /** ".NAME.tmp-PID-RANDOM", as {@link #write} names its temporary directories. */
  private static final java.util.regex.Pattern TEMPORARY = java.util.regex.Pattern.compile("\\..+\\.tmp-(\\d{1,18})-\\d+");

  /** Deletes the temporary directories in {@code parent} whose writing process no longer runs. */
  static void removeStaleTemporaries(Path parent) throws IOException {
    try (Stream<Path> entries = Files.list(parent)) {
      for (Path p : entries.toList()) {
        var m = TEMPORARY.matcher(p.getFileName().toString());
        if (m.matches() && Files.isDirectory(p) && !alive(Long.parseLong(m.group(1)))) {
          deleteTree(p);
        }
      }
    }
  }

  private static boolean alive(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }

  /** Deletes a directory tree; a failure here is added to nothing, the caller's exception is the one to report. */
  static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      System.err.println("limbic: could not remove temporary directory " + root + ": " + e.getMessage());
    }
  }
}
