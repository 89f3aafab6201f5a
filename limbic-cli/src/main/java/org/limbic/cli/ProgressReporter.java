package org.limbic.cli;

import java.io.Console;
import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.limbic.experiment.run.ProgressListener;

/**
 * Progress on stderr that appears only once a task has taken more than a second, so short runs
 * print nothing extra. On a terminal it is a bar (done/total, rate, ETA) redrawn in place; off one
 * (a log, a pipe, CI) a redrawn bar would fill the file with {@code \r} updates, so it is a plain
 * line every {@value #LINE_EVERY_SECONDS} s.
 */
final class ProgressReporter implements ProgressListener, AutoCloseable {

  /**
   * Whether stderr is a terminal, "true" or "false": the launcher sets it from {@code [ -t 2 ]}, since
   * Java can only tell whether stdin and stdout are ({@link Console#isTerminal()}).
   */
  static final String TERMINAL_PROPERTY = "limbic.stderrIsTerminal";
  static final long LINE_EVERY_SECONDS = 10;

  private static final long QUIET_NANOS = 1_000_000_000L;

  private final String task;
  private final PrintStream stderr;
  private final boolean terminal;
  private final LongSupplier clock;
  private final long start;
  private ProgressBar bar;
  private long lastLine = Long.MIN_VALUE;
  private String unit = " runs";

  ProgressReporter(String task, PrintStream stderr) {
    this(task, stderr, stderrIsTerminal(), System::nanoTime);
  }

  /** {@code clock} in nanoseconds, as {@link System#nanoTime()}. */
  ProgressReporter(String task, PrintStream stderr, boolean terminal, LongSupplier clock) {
    this.task = task;
    this.stderr = stderr;
    this.terminal = terminal;
    this.clock = clock;
    this.start = clock.getAsLong();
  }

  /** {@link #TERMINAL_PROPERTY} if set, else whether the JVM has a console on a terminal. */
  static boolean stderrIsTerminal() {
    String told = System.getProperty(TERMINAL_PROPERTY);
    if (told != null) {
      return Boolean.parseBoolean(told);
    }
    Console console = System.console();
    return console != null && console.isTerminal();
  }

  /** What is counted, e.g. " claims" (default " runs"). */
  ProgressReporter unit(String countedUnit) {
    this.unit = countedUnit;
    return this;
  }

  @Override
  public void progress(long done, long total) {
    long now = clock.getAsLong();
    if (bar == null && (now - start < QUIET_NANOS || done == total)) {
      return;
    }
    if (!terminal) {
      line(done, total, now);
      return;
    }
    if (bar == null) {
      bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
          .setConsumer(new ConsoleProgressBarConsumer(stderr)).setUnit(unit, 1).showSpeed().setUpdateIntervalMillis(250)
          .build();
    }
    bar.stepTo(done);
  }

  private void line(long done, long total, long now) {
    if (lastLine != Long.MIN_VALUE && now - lastLine < LINE_EVERY_SECONDS * 1_000_000_000L) {
      return;
    }
    lastLine = now;
    stderr.printf(Locale.ROOT, "limbic: %s: %,d of %,d%s (%.0f %%) after %.0f s%n", task, done, total, unit,
        100.0 * done / total, (now - start) / 1e9);
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
