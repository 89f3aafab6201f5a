package org.limbic.experiment.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.limbic.experiment.run.ExperimentRunner;
import org.limbic.experiment.run.ProgressListener;
import org.limbic.experiment.run.RunOptions;
import org.limbic.experiment.spec.ExperimentSpec;
import org.limbic.experiment.spec.MetricSpec;
import org.limbic.experiment.spec.ModelRef;
import org.limbic.experiment.spec.OutputSpec;
import org.limbic.experiment.spec.ScanSpec;
import org.limbic.experiment.spec.SolverSpec;
import org.limbic.experiment.spec.TimeGrid;
import org.limbic.model.Model;

/**
 * The experiment runner's benchmark ({@code limbic bench scan}): runs per second of a random scan of
 * a small model (a two-step decay chain, 21 output times, two metrics) with every result written
 * (CSV and Parquet), and the heap at {@code runs/10} and {@code runs} runs to show that memory stays
 * flat. Heap figures: the peak of used heap sampled every 5 ms (includes garbage not yet collected)
 * and the peak of old-generation use after a collection (what survives: the streamed runner's live
 * set). {@link ForkedScanComparison} compares thread counts, each in a JVM of its own.
 */
public final class ScanBenchmark {

  /** Timed scans after the warm-up; the median is reported. */
  public static final int REPEATS = 5;
  /** The warm-up lasts at least this long (and three scans). */
  static final long WARM_UP_NANOS = 8_000_000_000L;

  private ScanBenchmark() {
  }

  /** A progress listener for one measurement, closed when the measurement ends (a progress bar, say). */
  public interface Progress extends ProgressListener, AutoCloseable {

    Progress NONE = new Progress() {
      @Override
      public void progress(long done, long total) {
      }

      @Override
      public void close() {
      }
    };

    @Override
    void close();
  }

  /** A → B → cleared, the benchmark's model. */
  public static Model chain() {
    return Model.builder("chain").compartment("cell", 1.0).species("A", "cell", 10.0).species("B", "cell", 0.0)
        .parameter("k1", 0.5, "1/h", "assumed: benchmark").parameter("k2", 0.2, "1/h", "assumed: benchmark")
        .reaction("conversion", "A -> B", "k1 * A * cell").reaction("clearance", "B ->", "k2 * B * cell").build();
  }

  /** A random scan of {@code runs} points over k1 and k2 (log-uniform, 0.05 to 5) of {@link #chain()}. */
  public static ExperimentSpec scan(int runs) {
    ScanSpec scan = new ScanSpec(ScanSpec.Method.RANDOM, runs, List.of(
        new ScanSpec.Dimension("k1", new double[0], 0.05, 5, 0, true), new ScanSpec.Dimension("k2", new double[0], 0.05, 5, 0, true)));
    return new ExperimentSpec("bench-scan", new ModelRef.BuiltIn("chain"), Map.of(), TimeGrid.evenly(0, 24, 21), List.of(),
        new OutputSpec(List.of("A", "B"), List.of(new MetricSpec("peakB", "B", MetricSpec.Kind.PEAK, Double.NaN, Double.NaN, Double.NaN),
            new MetricSpec("aucB", "B", MetricSpec.Kind.AUC, Double.NaN, Double.NaN, Double.NaN))),
        SolverSpec.DEFAULTS, 1, 1, Optional.of(scan), Optional.empty(), "");
  }

  /**
   * One scan measured: runs per second end to end (Parquet included) and until the last run's rows
   * were written as CSV, and the heap's peaks. The Parquet conversion runs in parts beside the
   * simulation on spare threads: on one thread it all follows the last run, on two much of it comes
   * before, so the second rate's ratio between thread counts is no longer that of simulation alone.
   */
  public record Measurement(double rate, double simulateRate, long peakUsedBytes, long peakLiveBytes) {
  }

  /** A thread count measured in this JVM: the median of {@link #REPEATS} scans, and the heap of a small and a full scan. */
  public record Result(int runs, int threads, Measurement median, Measurement small, Measurement large) {

    /** The lines {@code limbic bench scan} prints, which {@link ForkedScanComparison} and bench scripts read. */
    public List<String> lines() {
      return List.of(
          String.format(Locale.ROOT, "bench scan runs=%d threads=%d runs_per_s=%.0f simulate_and_csv_runs_per_s=%.0f (median of %d)",
              runs, threads, median.rate(), median.simulateRate(), REPEATS),
          heapLine(runs / 10, small), heapLine(runs, large));
    }

    private static String heapLine(int runs, Measurement m) {
      return String.format(Locale.ROOT, "bench scan heap runs=%d peak_used=%.1fMB peak_live_after_gc=%.1fMB", runs,
          m.peakUsedBytes() / 1e6, m.peakLiveBytes() / 1e6);
    }
  }

  /**
   * Measures {@code threads} in this JVM: a warm-up of at least three scans and
   * {@value #WARM_UP_NANOS} ns (the per-run code, integrators, kernels and CSV formatting, needs
   * several seconds of runs before C2 has compiled it; a single scan left the figures unwarmed),
   * then {@link #REPEATS} timed scans, then the heap of a scan of {@code runs / 10} and of {@code runs}.
   * Results go to a temporary directory, removed at the end.
   *
   * @param progress a listener for each scan, by name
   */
  public static Result inThisJvm(int runs, int threads, Function<String, Progress> progress) {
    return inThisJvm(runs, threads, WARM_UP_NANOS, progress);
  }

  static Result inThisJvm(int runs, int threads, long warmUpNanos, Function<String, Progress> progress) {
    if (runs < 10 || threads < 1) {
      throw new IllegalArgumentException("need runs >= 10 and threads >= 1, got " + runs + " and " + threads);
    }
    Path root;
    try {
      root = Files.createTempDirectory("limbic-bench-scan");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary directory for the scan results: " + e.getMessage(), e);
    }
    try {
      long warmUntil = System.nanoTime() + warmUpNanos;
      for (int w = 0; w < 3 || System.nanoTime() < warmUntil; w++) {
        measure(root, "warmup" + w, runs, threads, progress);
      }
      List<Measurement> samples = new ArrayList<>();
      for (int r = 0; r < REPEATS; r++) {
        samples.add(measure(root, "t" + threads + "-" + r, runs, threads, progress));
      }
      samples.sort(Comparator.comparingDouble(Measurement::rate));
      Measurement small = measure(root, "heap-small", runs / 10, threads, progress);
      Measurement large = measure(root, "heap-large", runs, threads, progress);
      return new Result(runs, threads, samples.get(samples.size() / 2), small, large);
    } finally {
      deleteTree(root);
    }
  }

  /** One scan of {@code runs} points on {@code threads} threads into {@code root/name}, removed afterwards. */
  static Measurement measure(Path root, String name, int runs, int threads, Function<String, Progress> progress) {
    System.gc();
    HeapSampler heap = HeapSampler.start();
    long t0 = System.nanoTime();
    long[] written = new long[1];
    try (Progress bar = progress.apply(name)) {
      ProgressListener listener = (done, total) -> {
        bar.progress(done, total);
        if (done == total) {
          written[0] = System.nanoTime();
        }
      };
      new ExperimentRunner(RunOptions.defaults().withThreads(threads).withRunId(name).withProgress(listener))
          .run(scan(runs), chain(), root.resolve(name));
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    double simulateSeconds = (written[0] - t0) / 1e9;
    heap.stop();
    deleteTree(root.resolve(name));
    return new Measurement(runs / seconds, runs / simulateSeconds, heap.peakUsed(), heap.peakLive());
  }

  /** Best effort: what cannot be removed is left to the system's cleaning of temporary files. */
  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | UncheckedIOException e) {
      // nothing to report to: the measurement stands
    }
  }

  /** Samples the heap every 5 ms on a daemon thread: the peak of used heap and of what survived collections. */
  private static final class HeapSampler {
    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP && p.isCollectionUsageThresholdSupported()).toList();
    private volatile long peakUsed;
    private volatile long peakLive;
    private Thread thread;

    static HeapSampler start() {
      HeapSampler s = new HeapSampler();
      s.pools.forEach(MemoryPoolMXBean::resetPeakUsage);
      s.thread = Thread.ofPlatform().daemon().start(s::sample);
      return s;
    }

    private void sample() {
      while (!Thread.currentThread().isInterrupted()) {
        peakUsed = Math.max(peakUsed, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        long live = 0;
        for (MemoryPoolMXBean p : pools) {
          live += p.getCollectionUsage() == null ? 0 : p.getCollectionUsage().getUsed();
        }
        peakLive = Math.max(peakLive, live);
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    void stop() {
      thread.interrupt();
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    long peakUsed() {
      return peakUsed;
    }

    long peakLive() {
      return peakLive;
    }
  }
}
