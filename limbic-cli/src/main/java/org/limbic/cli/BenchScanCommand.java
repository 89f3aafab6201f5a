package org.limbic.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code limbic bench scan}: runs per second of a random scan of a small model (a two-step decay
 * chain, 21 output times, two metrics) on each thread count, with every result written (CSV and
 * Parquet), and the heap at {@code runs/10} and {@code runs} runs to show that memory stays flat.
 * Heap figures: the peak of used heap sampled every 5 ms (includes garbage not yet collected) and
 * the peak of old-generation use after a collection (what survives: the streamed runner's live set).
 */
@Command(name = "scan", mixinStandardHelpOptions = true,
    description = "Measure runs per second of an experiment scan on 1 and 2 threads, and its heap use.")
public final class BenchScanCommand implements Callable<Integer> {

  private static final int REPEATS = 5;

  @Option(names = "--runs", defaultValue = "10000", description = "scan points (default: ${DEFAULT-VALUE})")
  int runs;

  @Option(names = "--threads", defaultValue = "1,2", split = ",", description = "thread counts (default: ${DEFAULT-VALUE})")
  List<Integer> threads;

  @Option(names = "--pairs", defaultValue = "3", description = "alternating rounds of the thread counts, each in fresh"
      + " JVMs; the ratio is the median of the rounds' ratios (default: ${DEFAULT-VALUE})")
  int pairs;

  static Model chain() {
    return Model.builder("chain").compartment("cell", 1.0).species("A", "cell", 10.0).species("B", "cell", 0.0)
        .parameter("k1", 0.5, "1/h", "assumed: benchmark").parameter("k2", 0.2, "1/h", "assumed: benchmark")
        .reaction("conversion", "A -> B", "k1 * A * cell").reaction("clearance", "B ->", "k2 * B * cell").build();
  }

  static ExperimentSpec scan(int runs) {
    ScanSpec scan = new ScanSpec(ScanSpec.Method.RANDOM, runs, List.of(
        new ScanSpec.Dimension("k1", new double[0], 0.05, 5, 0, true), new ScanSpec.Dimension("k2", new double[0], 0.05, 5, 0, true)));
    return new ExperimentSpec("bench-scan", new ModelRef.BuiltIn("chain"), Map.of(), TimeGrid.evenly(0, 24, 21), List.of(),
        new OutputSpec(List.of("A", "B"), List.of(new MetricSpec("peakB", "B", MetricSpec.Kind.PEAK, Double.NaN, Double.NaN, Double.NaN),
            new MetricSpec("aucB", "B", MetricSpec.Kind.AUC, Double.NaN, Double.NaN, Double.NaN))),
        SolverSpec.DEFAULTS, 1, 1, Optional.of(scan), Optional.empty(), "");
  }

  @Override
  public Integer call() throws Exception {
    if (runs < 10 || pairs < 1 || threads.stream().anyMatch(t -> t < 1)) {
      System.err.println("limbic bench scan: need --runs >= 10, --pairs >= 1 and thread counts >= 1");
      return 2;
    }
    if (threads.size() > 1) {
      return compareInForkedJvms();
    }
    int t = threads.getFirst();
    Path root = Files.createTempDirectory("limbic-bench-scan");
    try {
      // JIT and DuckDB warm-up: the per-run code (integrators, kernels, CSV formatting) needs several
      // seconds of runs before C2 has compiled it; a single scan left the figures unwarmed.
      long warmUntil = System.nanoTime() + 8_000_000_000L;
      for (int w = 0; w < 3 || System.nanoTime() < warmUntil; w++) {
        measure(root, "warmup" + w, runs, t, false);
      }
      List<Measurement> samples = new ArrayList<>();
      for (int r = 0; r < REPEATS; r++) {
        samples.add(measure(root, "t" + t + "-" + r, runs, t, false));
      }
      samples.sort(java.util.Comparator.comparingDouble(Measurement::rate));
      Measurement median = samples.get(samples.size() / 2);
      System.out.printf(java.util.Locale.ROOT,
          "bench scan runs=%d threads=%d runs_per_s=%.0f simulate_and_csv_runs_per_s=%.0f (median of %d)%n",
          runs, t, median.rate(), median.simulateRate(), REPEATS);
      Heap small = measure(root, "heap-small", runs / 10, t, false).heap();
      Heap large = measure(root, "heap-large", runs, t, false).heap();
      System.out.printf(java.util.Locale.ROOT, "bench scan heap runs=%d peak_used=%.1fMB peak_live_after_gc=%.1fMB%n",
          runs / 10, small.peakUsed / 1e6, small.peakLive / 1e6);
      System.out.printf(java.util.Locale.ROOT, "bench scan heap runs=%d peak_used=%.1fMB peak_live_after_gc=%.1fMB%n",
          runs, large.peakUsed / 1e6, large.peakLive / 1e6);
      return 0;
    } finally {
      deleteTree(root);
    }
  }

  /**
   * Each thread count in a fresh JVM of its own (as JMH forks): measured one after the other in one
   * JVM, the JIT's profile from the first count skewed the second (both came out equal, while each
   * alone scaled). The counts are measured in {@code --pairs} alternating rounds (1, 2, 1, 2, …) and
   * the ratio is taken within each round, then the median over rounds: on a shared virtual machine
   * the speed available drifts by tens of percent over a minute, and a ratio of two measurements
   * taken a minute apart measured that drift as much as the code.
   */
  private int compareInForkedJvms() throws Exception {
    List<Double> endToEnd = new ArrayList<>();
    List<Double> simulate = new ArrayList<>();
    for (int round = 1; round <= pairs; round++) {
      List<double[]> rates = new ArrayList<>();
      for (int t : threads) {
        double[] r = measureInChild(t);
        if (r == null) {
          return 1;
        }
        rates.add(r);
      }
      double e = rates.getLast()[0] / rates.getFirst()[0];
      double s = rates.getLast()[1] / rates.getFirst()[1];
      endToEnd.add(e);
      simulate.add(s);
      System.out.printf(java.util.Locale.ROOT, "bench scan round=%d ratio threads=%d/%d end_to_end=%.2f simulate_and_csv=%.2f%n",
          round, threads.getLast(), threads.getFirst(), e, s);
    }
    System.out.printf(java.util.Locale.ROOT,
        "bench scan ratio threads=%d/%d end_to_end=%.2f simulate_and_csv=%.2f (median of %d alternating rounds; range %.2f-%.2f)%n",
        threads.getLast(), threads.getFirst(), median(endToEnd), median(simulate), pairs,
        endToEnd.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
        endToEnd.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
    return 0;
  }

  /** {end-to-end rate, simulate-and-CSV rate} of one child JVM, or null (reported) if it failed. */
  private double[] measureInChild(int t) throws Exception {
    String javaBinary = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(javaBinary, "-XX:+UseParallelGC", "-Xss8m", "--enable-native-access=ALL-UNNAMED",
        "-cp", System.getProperty("java.class.path"), LimbicCommand.class.getName(), "bench", "scan",
        "--runs", Integer.toString(runs), "--threads", Integer.toString(t)));
    Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String output = new String(child.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    if (child.waitFor() != 0) {
      System.err.println("limbic bench scan: the measurement with " + t + " threads failed");
      return null;
    }
    System.out.print(output);
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("runs_per_s=(\\d+) simulate_and_csv_runs_per_s=(\\d+)").matcher(output);
    if (!m.find()) {
      System.err.println("limbic bench scan: no measurement in the output for " + t + " threads");
      return null;
    }
    return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))};
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /**
   * Runs per second end to end (Parquet included) and until the last run's rows were written as CSV.
   * The Parquet conversion runs in parts beside the simulation on spare threads: on one thread it
   * all follows the last run, on two much of it comes before, so the second rate's ratio between
   * thread counts is no longer that of simulation alone.
   */
  private record Measurement(double rate, double simulateRate, Heap heap) {
  }

  private static final class Heap {
    volatile long peakUsed;
    volatile long peakLive;
  }

  private Measurement measure(Path root, String name, int n, int threadCount, boolean print) throws InterruptedException {
    System.gc();
    Heap heap = new Heap();
    List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP && p.isCollectionUsageThresholdSupported()).toList();
    for (MemoryPoolMXBean p : heapPools) {
      p.resetPeakUsage();
    }
    Thread sampler = Thread.ofPlatform().daemon().start(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        heap.peakUsed = Math.max(heap.peakUsed, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        long live = 0;
        for (MemoryPoolMXBean p : heapPools) {
          live += p.getCollectionUsage() == null ? 0 : p.getCollectionUsage().getUsed();
        }
        heap.peakLive = Math.max(heap.peakLive, live);
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    long t0 = System.nanoTime();
    long[] written = new long[1];
    try (ProgressReporter bar = new ProgressReporter("bench scan " + name, System.err)) {
      ProgressListener progress = (done, total) -> {
        bar.progress(done, total);
        if (done == total) {
          written[0] = System.nanoTime();
        }
      };
      new ExperimentRunner(RunOptions.defaults().withThreads(threadCount).withRunId(name).withProgress(progress))
          .run(scan(n), chain(), root.resolve(name));
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    double simulateSeconds = (written[0] - t0) / 1e9;
    sampler.interrupt();
    sampler.join();
    double rate = n / seconds;
    if (print) {
      System.out.printf("bench scan runs=%d threads=%d seconds=%.2f runs_per_s=%.0f simulate_and_csv_runs_per_s=%.0f%n", n,
          threadCount, seconds, rate, n / simulateSeconds);
    }
    deleteTree(root.resolve(name));
    return new Measurement(rate, n / simulateSeconds, heap);
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      System.err.println("limbic bench scan: could not remove " + root + ": " + e.getMessage());
    }
  }
}
