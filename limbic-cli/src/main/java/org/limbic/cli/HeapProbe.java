package org.limbic.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.limbic.experiment.run.ProgressListener;

/**
 * {@code limbic trial --heap-probe}: passes progress on, and at 10^3, 10^4, ... patients prints the
 * live heap after a full collection, to show that memory does not grow with the cohort.
 */
final class HeapProbe implements ProgressListener {

  private final ProgressListener next;
  private final PrintStream out;
  private long nextProbe = 1000;

  HeapProbe(ProgressListener next, PrintStream out) {
    this.next = next;
    this.out = out;
  }

  @Override
  public void progress(long done, long total) {
    next.progress(done, total);
    if (done >= nextProbe) {
      System.gc();
      out.printf(Locale.ROOT, "%nheap after GC at %,d patients: %.1f MB%n", done, usedHeap() / 1e6);
      while (nextProbe <= done) {
        nextProbe *= 10;
      }
    }
  }

  static long usedHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
