package org.limbic.experiment.results;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The right to open a catalog for writing, held from before DuckDB opens the file until after it
 * closes it: an exclusive lock on a sidecar file ({@code <catalog>.lock}) across processes, and a
 * per-file semaphore within this JVM (a JVM may hold a file's lock only once).
 *
 * <p>Why DuckDB's own lock is not enough: ten processes that created one catalog at once all exited
 * 0 and only 9 runs were recorded (CatalogContentionTest, CI of 2026-12-03; 13 rounds here had not shown it).
 * DuckDB takes its lock only after it has opened, and for a new database created, the file; the
 * likeliest cause is that a later opener re-created the file the first had just committed to. Not
 * confirmed in DuckDB's code: this lock closes the window whatever happens inside it.
 */
final class CatalogWriteLock implements AutoCloseable {

  private static final ConcurrentHashMap<Path, Semaphore> IN_THIS_JVM = new ConcurrentHashMap<>();

  private final Semaphore jvmPermit;
  private final FileChannel channel;
  private final FileLock lock;

  private CatalogWriteLock(Semaphore jvmPermit, FileChannel channel, FileLock lock) {
    this.jvmPermit = jvmPermit;
    this.channel = channel;
    this.lock = lock;
  }

  /** The sidecar file that carries the lock. */
  static Path lockFile(Path catalog) {
    Path absolute = catalog.toAbsolutePath().normalize();
    return absolute.resolveSibling(absolute.getFileName() + ".lock");
  }

  /**
   * Waits up to {@code wait} for the lock.
   *
   * @throws IOException if the sidecar cannot be created or the wait runs out (the message says so)
   */
  static CatalogWriteLock acquire(Path catalog, Duration wait) throws IOException {
    Path sidecar = lockFile(catalog);
    long deadline = System.nanoTime() + wait.toNanos();
    Semaphore permit = IN_THIS_JVM.computeIfAbsent(sidecar, p -> new Semaphore(1, true));
    try {
      if (!permit.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) {
        throw new IOException("another writer in this process held " + sidecar + " for more than " + wait.toSeconds() + " s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for " + sidecar, e);
    }
    FileChannel channel = null;
    try {
      channel = FileChannel.open(sidecar, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      long pauseMillis = 5;
      while (true) {
        FileLock lock = channel.tryLock();
        if (lock != null) {
          return new CatalogWriteLock(permit, channel, lock);
        }
        if (System.nanoTime() > deadline) {
          throw new IOException("another limbic process held " + sidecar + " for more than " + wait.toSeconds()
              + " s; if none is running, the lock is stale only if the file system does not release locks of ended processes");
        }
        Thread.sleep(pauseMillis + ThreadLocalRandom.current().nextLong(pauseMillis));
        pauseMillis = Math.min(pauseMillis * 2, 200);
      }
    } catch (IOException | InterruptedException | RuntimeException e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      closeQuietly(channel);
      permit.release();
      throw e instanceof IOException io ? io : new IOException("cannot lock " + sidecar + ": " + e.getMessage(), e);
    }
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // the failure being reported matters more than a failed close of the sidecar
      }
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException ignored) {
      // closing the channel below releases the lock as well
    } finally {
      closeQuietly(channel);
      jvmPermit.release();
    }
  }
}
