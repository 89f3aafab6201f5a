package org.limbic.experiment.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import org.limbic.experiment.results.CanonicalText;
import org.limbic.experiment.results.MetricSummary;
import org.limbic.experiment.results.MetricValue;
import org.limbic.experiment.results.OutputDirectory;
import org.limbic.experiment.results.ResultFiles;
import org.limbic.experiment.results.RunSummary;
import org.limbic.experiment.spec.ExperimentSpec;
import org.limbic.model.Model;

/**
 * Carries out an experiment: its single run, replicates, scan points or cohort subjects, each unit
 * (subject, replicate) on its own parameter vector, on {@link RunOptions#threads()} worker threads.
 * Results are streamed to disk in unit order through a bounded {@link ReorderBuffer}, so memory
 * stays flat as the number of runs grows and the files are byte-identical whatever the thread count.
 *
 * <p>Output, written atomically ({@link OutputDirectory}): {@code timecourses}, {@code metrics},
 * {@code parameters} and {@code failures}, each as CSV and Parquet. Each table is written in parts
 * ({@link ResultFiles}) ending at block boundaries that the experiment alone fixes ({@link PartPlan});
 * a finished part's Parquet conversion is a task that the threads take before their next block, so
 * the conversion overlaps the simulation instead of following it. A unit whose simulation fails is
 * recorded in failures.csv and the experiment goes on; only if every unit fails does the experiment
 * fail ({@link ExperimentFailedException}), leaving no output.
 */
public final class ExperimentRunner {

  private final RunOptions options;
  private final int partRows;

  public ExperimentRunner(RunOptions options) {
    this(options, PART_ROWS);
  }

  /** With parts of about {@code partRows} rows (tests use small parts to get several). */
  ExperimentRunner(RunOptions options, int partRows) {
    if (partRows < 1) {
      throw new IllegalArgumentException("partRows must be >= 1, got " + partRows);
    }
    this.options = options;
    this.partRows = partRows;
  }

  public ExperimentRunner() {
    this(RunOptions.defaults());
  }

  /**
   * Runs {@code spec} on {@code model} and writes the results into {@code outputDirectory}.
   *
   * @throws IllegalArgumentException or {@link org.limbic.model.ModelException} for bad input (before any run)
   * @throws ExperimentFailedException if every unit failed, or a worker or the writer failed
   */
  public RunSummary run(ExperimentSpec spec, Model model, Path outputDirectory) {
    Instant started = Instant.now();
    PreparedExperiment experiment = new PreparedExperiment(spec, model);
    String runId = options.runId().orElseGet(() -> newRunId(spec.name(), started));
    long units = (long) experiment.subjects() * experiment.replicates();
    if (units > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("the experiment has " + units + " runs; at most " + Integer.MAX_VALUE + " are supported");
    }
    requireMemory(experiment, units);
    requireDisk(experiment, units, runId, outputDirectory);
    String specText = options.specText().orElseGet(() -> CanonicalText.of(spec));
    return OutputDirectory.write(outputDirectory, dir -> {
      // the experiment file beside its results, so a results directory says how it was made
      if (options.specText().isPresent()) {
        java.nio.file.Files.writeString(dir.resolve(SPEC_FILE), options.specText().get());
      }
      java.nio.file.Files.writeString(dir.resolve(org.limbic.experiment.results.ResultUnits.FILE),
          org.limbic.experiment.results.ResultUnits.csv(experiment.units()));
      Written written;
      try (ResultFiles files = new ResultFiles(dir)) {
        written = options.engine().isPresent()
            ? executeDistributed(options.engine().get(), experiment, runId, (int) units, files)
            : execute(experiment, runId, (int) units, files);
        files.finish();
      }
      RunSummary summary = new RunSummary(runId, spec.name(), specText, model.id(),
          CanonicalText.sha256(model), spec.seed(), options.engine().map(UnitEngine::parallelism).orElse(options.threads()), limbicVersion(), started, Instant.now(),
          experiment.subjects(), experiment.replicates(), units, written.failures(), written.maxInFlight(),
          outputDirectory.toAbsolutePath().normalize(), written.metrics());
      // recorded before the results are renamed into place: a kill in between leaves a record whose
      // folder is missing (and a temporary folder the next run removes), never results without a record
      options.recorder().accept(summary);
      return summary;
    });
  }

  private record Written(long failures, int maxInFlight, List<MetricSummary> metrics) {
  }

  /**
   * Units (one subject, one replicate) are handed out in blocks of {@value #BLOCK}: a unit takes tens
   * of microseconds, about what a hand-over between threads costs, so handing them out one by one
   * kept two workers no faster than one. Blocks are written in order, so files do not depend on the
   * thread count; at most the reorder capacity of blocks is in memory.
   */
  static final int BLOCK = 32;

  /**
   * About how many rows a part of a table holds (see {@link PartPlan}). The bench scan (42 timecourse
   * rows a unit) cuts its 10,000 units' timecourses into 12 parts: the last, one block, is what
   * remains to convert after the last simulation.
   */
  static final int PART_ROWS = 65_536;

  /** About how many rows the smallest, last part of a table holds (see {@link PartPlan}). */
  static final int MIN_PART_ROWS = 2_048;

  /** The share of the heap the units in flight may take: the rest is the JVM's, DuckDB's and the files'. */
  static final double HEAP_SHARE = 0.5;

  /**
   * Refuses, before any run, an experiment whose units in flight would not fit in half the heap:
   * {@code points: 100000000} took 2.9 GB and then failed on the step limit (issue #14, item 10).
   * In flight are at least a block per thread; the reorder buffer holds more only while a block is
   * slow, so it is not counted (it would refuse large cohorts that run well).
   */
  private void requireMemory(PreparedExperiment experiment, long units) {
    long inFlight = Math.min(units, (long) options.threads() * BLOCK);
    String shortfall = memoryShortfall(experiment.outputTimes(), experiment.outputVariables(), experiment.bytesPerUnit(),
        inFlight, Runtime.getRuntime().maxMemory());
    if (shortfall != null) {
      throw new IllegalArgumentException(shortfall);
    }
  }

  /** What does not fit, said with the estimate, or null when {@code inFlight} units fit in {@link #HEAP_SHARE} of {@code maxHeap}. */
  static String memoryShortfall(int times, int variables, long bytesPerUnit, long inFlight, long maxHeap) {
    double need = (double) bytesPerUnit * inFlight;
    double heap = maxHeap * HEAP_SHARE;
    if (need <= heap) {
      return null;
    }
    double perUnit = bytesPerUnit / 1e6;
    return String.format(java.util.Locale.ROOT,
        "%d output times x %d variables need about %.0f MB a run, and %d runs are in memory at once (%.0f MB),"
            + " more than half the heap (%.0f MB): use fewer points or variables%s, or a larger heap"
            + " (JAVA_TOOL_OPTIONS=-Xmx...)", times, variables, perUnit, inFlight, need / 1e6, heap / 1e6,
        inFlight > 1 && perUnit * 2 < heap / 1e6 ? ", or fewer threads" : "");
  }

  /**
   * Bytes a result row takes on disk: the run id and some 35 characters of subject, replicate, time,
   * name and value as CSV, and 30 % more for the Parquet copy beside it. Measured on the demo cohort
   * (run id of 11 characters): 43 bytes a time-course row as CSV, Parquet 19 % of the CSV; the
   * estimate is 60 bytes, on the safe side.
   */
  static double bytesPerRow(String runId) {
    return (runId.length() + 35) * 1.3;
  }

  /**
   * Refuses, before any run, results that cannot fit on the disk they go to: 10^8-run scans were
   * accepted and wrote about 1.7 GB a minute until the disk was full (issue #14, item 7).
   */
  private static void requireDisk(PreparedExperiment experiment, long units, String runId, Path outputDirectory) {
    long rows = 0;
    for (int r : experiment.rowsPerUnit()) {
      rows += r;
    }
    double need = (double) rows * units * bytesPerRow(runId);
    Path existing = outputDirectory.toAbsolutePath().normalize();
    while (existing != null && !java.nio.file.Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return;
    }
    long free;
    try {
      free = java.nio.file.Files.getFileStore(existing).getUsableSpace();
    } catch (java.io.IOException e) {
      return; // no figure to compare with: the write itself reports a full disk
    }
    String shortfall = diskShortfall(need, free, units, rows * units, existing);
    if (shortfall != null) {
      throw new IllegalArgumentException(shortfall);
    }
  }

  /** What does not fit on disk, with the estimate, or null. */
  static String diskShortfall(double needBytes, long freeBytes, long units, long rows, Path where) {
    if (needBytes <= freeBytes) {
      return null;
    }
    return String.format(java.util.Locale.ROOT, "the results of %d runs (%d rows) need about %.1f GB as CSV and Parquet, but %s"
        + " has %.1f GB free: run fewer (a smaller scan or cohort, fewer points or variables) or write elsewhere (--out)",
        units, rows, needBytes / 1e9, where, freeBytes / 1e9);
  }

  /** The experiment file's text, written into the results directory of a run started from a file. */
  public static final String SPEC_FILE = "experiment.yaml";

  private Written execute(PreparedExperiment experiment, String runId, int units, ResultFiles files) throws IOException {
    int blocks = (units + BLOCK - 1) / BLOCK;
    PartPlan[] plans = plans(experiment, blocks);
    ReorderBuffer<List<UnitOutcome>> buffer = new ReorderBuffer<>(options.reorderCapacity(), blocks);
    // N threads are N: this thread writes in block order and, while the next block is not ready,
    // simulates blocks itself; N - 1 workers only simulate. (A writer beside N workers made N + 1
    // busy threads on N cores, and two threads were no faster than one on a two-core machine.)
    List<Thread> workers = new ArrayList<>();
    for (int k = 0; k < Math.min(options.threads() - 1, blocks); k++) {
      workers.add(Thread.ofPlatform().name("limbic-run-" + k).daemon().start(() -> work(experiment, runId, units, buffer)));
    }
    Tally tally = new Tally(experiment, files, units);
    boolean done = false;
    try {
      for (int b = 0; b < blocks; b++) {
        tally.write(nextInOrder(buffer, experiment, runId, units));
        for (int t = 0; t < plans.length; t++) {
          if (plans[t].endsAfter(b + 1)) {
            buffer.submit(conversion(files.cut(t, b + 1 == blocks), buffer));
          }
        }
      }
      buffer.closeTasks();
      // the last part's conversion, and any other still pending, while workers finish theirs
      for (Runnable task = buffer.pollTask(); task != null; task = buffer.pollTask()) {
        task.run();
      }
      done = true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ExperimentFailedException("interrupted while writing results", e);
    } finally {
      if (!done) {
        buffer.cancel();
      }
      for (Thread w : workers) {
        try {
          w.join();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
    buffer.rethrowFailure(); // a conversion that failed after the last block was written
    return tally.written(buffer.maxInFlight());
  }

  /**
   * The units computed by a distributed engine, appended here range by range in unit order: its
   * executors formatted and converted them ({@link ComputedRange}), so this thread only appends bytes
   * and sums the metrics, and does not cap the run at one thread's conversions.
   */
  private Written executeDistributed(UnitEngine engine, PreparedExperiment experiment, String runId, int units,
                                     ResultFiles files) throws IOException {
    Tally tally = new Tally(experiment, files, units);
    try (UnitEngine.Ranges computed = engine.start(runId, units, BLOCK)) {
      for (int next = 0; next < units; ) {
        ComputedRange range = computed.next();
        if (range.from() != next || range.to() > units || (range.to() < units && range.to() % BLOCK != 0)) {
          throw new ExperimentFailedException("the engine returned units [" + range.from() + ", " + range.to()
              + ") where units from " + next + " (whole blocks of " + BLOCK + ") of " + units + " were due", null);
        }
        tally.append(range);
        next = range.to();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ExperimentFailedException("interrupted while writing results", e);
    }
    files.joinAppended();
    return tally.written(1);
  }

  private PartPlan[] plans(PreparedExperiment experiment, int blocks) {
    int[] rowsPerUnit = experiment.rowsPerUnit();
    PartPlan[] plans = new PartPlan[rowsPerUnit.length];
    for (int t = 0; t < plans.length; t++) {
      plans[t] = PartPlan.of(blocks, (long) rowsPerUnit[t] * BLOCK, partRows, Math.min(partRows, MIN_PART_ROWS));
    }
    return plans;
  }

  /** The writer's side of a run, whoever computed the units: rows into the files, failures counted, metrics summed, progress told. */
  private final class Tally {
    private final ResultFiles files;
    private final int units;
    private final List<MetricSummary.Accumulator> accumulators;
    private long failures;
    private String firstFailure;
    private int written;

    Tally(PreparedExperiment experiment, ResultFiles files, int units) {
      this.files = files;
      this.units = units;
      this.accumulators = experiment.recordedMetricNames().stream().map(MetricSummary.Accumulator::new).toList();
    }

    void write(List<UnitOutcome> block) throws IOException {
      for (UnitOutcome result : block) {
        files.write(result.rows());
        if (result.failed()) {
          failures++;
          firstFailure = firstFailure == null ? result.rows().failures().strip() : firstFailure;
        } else {
          add(result.metrics());
        }
        options.progress().progress(++written, units);
      }
    }

    /** A range computed and converted elsewhere: its bytes appended, its units counted. */
    void append(ComputedRange range) throws IOException {
      files.append(range.tables());
      failures += range.failures();
      if (firstFailure == null) {
        firstFailure = range.firstFailure();
      }
      for (MetricValue[] unit : range.metrics()) {
        if (unit != null) {
          add(unit);
        }
      }
      written += range.to() - range.from();
      options.progress().progress(written, units);
    }

    /** A unit's metric values into the summaries. */
    private void add(MetricValue[] unit) {
      for (int m = 0; m < accumulators.size(); m++) {
        accumulators.get(m).add(unit[m]);
      }
    }

    /** What was written, or the experiment's failure if every unit failed. */
    Written written(int maxInFlight) {
      if (failures == units) {
        throw new ExperimentFailedException("every one of the " + units + " runs failed; the first: " + firstFailure
            + " (check the parameters and solver tolerances)", null);
      }
      return new Written(failures, maxInFlight, accumulators.stream().map(MetricSummary.Accumulator::summary).toList());
    }
  }

  /**
   * The next block in order: taken if ready; else this thread computes unclaimed blocks until it is,
   * or runs a pending conversion, or waits.
   */
  private static List<UnitOutcome> nextInOrder(ReorderBuffer<List<UnitOutcome>> buffer,
      PreparedExperiment experiment, String runId, int units) throws InterruptedException {
    List<UnitOutcome> block;
    while ((block = buffer.poll()) == null) {
      int claimed = buffer.tryClaim();
      if (claimed >= 0) {
        buffer.put(claimed, block(experiment, runId, units, claimed));
        continue;
      }
      // every block is claimed, or the buffer is full: the next one is being computed
      Runnable task = buffer.pollTask();
      if (task == null) {
        return buffer.take();
      }
      task.run();
    }
    return block;
  }

  /** A part's conversion as a task for any thread; its failure stops the run (the writer reports it). */
  private static Runnable conversion(ResultFiles.Part part, ReorderBuffer<?> buffer) {
    return () -> {
      try {
        part.convert();
      } catch (Throwable t) {
        buffer.fail(new IOException(part.describe() + ": " + t.getMessage(), t));
      }
    };
  }

  private static List<UnitOutcome> block(PreparedExperiment experiment, String runId, int units, int b) {
    List<UnitOutcome> results = new ArrayList<>(BLOCK);
    for (int u = b * BLOCK; u < Math.min(units, (b + 1) * BLOCK); u++) {
      results.add(experiment.unit(runId, u));
    }
    return results;
  }

  private static void work(PreparedExperiment experiment, String runId, int units,
                           ReorderBuffer<List<UnitOutcome>> buffer) {
    try {
      for (int b = buffer.claim(); b != -1; b = buffer.claim()) {
        if (b == ReorderBuffer.TASK) {
          Runnable task = buffer.pollTask(); // null if another thread took it first
          if (task != null) {
            task.run();
          }
        } else {
          buffer.put(b, block(experiment, runId, units, b));
        }
      }
    } catch (Throwable t) { // interruption, or a fault outside any one simulation: stop the experiment
      buffer.fail(t);
    }
  }

  /** name-yyyyMMddTHHmmssZ-xxxx: sortable by start time, unique enough for one machine's catalog. */
  public static String newRunId(String name, Instant started) {
    String stamp = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(started);
    String safe = name.isBlank() ? "run" : name.replaceAll("[^A-Za-z0-9_.-]", "_");
    return safe + "-" + stamp + "-" + String.format("%04x", ThreadLocalRandom.current().nextInt(0x10000));
  }

  /** This build's version (from the jar's resources), for the run catalog. */
  public static String limbicVersion() {
    try (InputStream in = ExperimentRunner.class.getResourceAsStream("/org/limbic/experiment/version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
