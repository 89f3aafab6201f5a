package org.limbic.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.limbic.experiment.run.ProgressListener;

/**
 * A progress bar on stderr (done/total, rate, ETA) that appears only once a task has taken more
 * than a second, so short runs print nothing extra.
 */
final class ProgressReporter implements ProgressListener, AutoCloseable {

  private static final long QUIET_NANOS = 1_000_000_000L;

  private final String task;
  private final PrintStream stderr;
  private final long start = System.nanoTime();
  private ProgressBar bar;
  private String unit = " runs";

  ProgressReporter(String task, PrintStream stderr) {
    this.task = task;
    this.stderr = stderr;
  }

  /** What is counted, e.g. " claims" (default " runs"). */
  ProgressReporter unit(String countedUnit) {
    this.unit = countedUnit;
    return this;
  }

  @Override
  public void progress(long done, long total) {
    if (bar == null) {
      if (System.nanoTime() - start < QUIET_NANOS || done == total) {
        return;
      }
      bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
          .setConsumer(new ConsoleProgressBarConsumer(stderr)).setUnit(unit, 1).showSpeed().setUpdateIntervalMillis(250)
          .build();
    }
    bar.stepTo(done);
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
