package org.limbic.experiment.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limbic.experiment.results.MetricSummary;
import org.limbic.experiment.results.ResultFiles;
import org.limbic.experiment.results.RunSummary;
import org.limbic.experiment.spec.CohortSpec;
import org.limbic.experiment.spec.Distribution;
import org.limbic.experiment.spec.ExperimentSpec;
import org.limbic.experiment.spec.Intervention;
import org.limbic.experiment.spec.MetricSpec;
import org.limbic.experiment.spec.ModelRef;
import org.limbic.experiment.spec.OutputSpec;
import org.limbic.experiment.spec.ScanSpec;
import org.limbic.experiment.spec.SolverSpec;
import org.limbic.experiment.spec.TimeGrid;

class ExperimentRunnerTest {

  @TempDir
  Path tmp;

  private static final List<String> FILES = List.of("timecourses", "metrics", "parameters", "failures");

  private static RunSummary run(ExperimentSpec spec, Path out, int threads) {
    return new ExperimentRunner(RunOptions.defaults().withThreads(threads).withRunId("r1")).run(spec, Specs.decay(), out);
  }

  private static ExperimentSpec cohort(int size, long seed) {
    CohortSpec cohort = new CohortSpec(size, Map.of("k", new Distribution.LogNormal(0.5, 0.3),
        "A", new Distribution.Normal(10, 1)), List.of(new CohortSpec.Correlation("k", "A", 0.5)));
    ExperimentSpec s = Specs.spec(TimeGrid.evenly(0, 10, 21), List.of(), List.of(Specs.metric("auc", MetricSpec.Kind.AUC),
        Specs.metric("peak", MetricSpec.Kind.PEAK)), Optional.empty(), Optional.of(cohort));
    return new ExperimentSpec(s.name(), s.model(), s.parameters(), s.time(), s.interventions(), s.outputs(), s.solver(),
        s.replicates(), seed, s.scan(), s.cohort(), s.source());
  }

  private void assertSameFiles(Path a, Path b) throws IOException {
    for (String f : FILES) {
      assertThat(Files.readAllBytes(b.resolve(f + ".csv"))).as(f + ".csv").isEqualTo(Files.readAllBytes(a.resolve(f + ".csv")));
      assertThat(Files.readAllBytes(b.resolve(f + ".parquet"))).as(f + ".parquet")
          .isEqualTo(Files.readAllBytes(a.resolve(f + ".parquet")));
    }
  }

  /**
   * Issue #14 item 10: {@code points: 100000000}, the allowed maximum, took 2.9 GB and then failed
   * on the step limit. One variable simulated and written: 56 bytes an output time, 5.6 GB a run.
   */
  @Test
  void aRunThatCannotFitInHalfTheHeapIsRefusedWithTheEstimate() {
    long fourGb = 4L << 30;
    assertThat(ExperimentRunner.memoryShortfall(100_000_000, 1, 5_600_000_000L, 1, fourGb))
        .isEqualTo("100000000 output times x 1 variables need about 5600 MB a run, and 1 runs are in memory at once"
            + " (5600 MB), more than half the heap (2147 MB): use fewer points or variables, or a larger heap"
            + " (JAVA_TOOL_OPTIONS=-Xmx...)");
    assertThat(ExperimentRunner.memoryShortfall(10_000, 10, 5_600_000, 64, fourGb)).as("358 MB of 2147").isNull();
    assertThat(ExperimentRunner.memoryShortfall(1_000_000, 1, 56_000_000, 64, fourGb))
        .contains("64 runs are in memory at once (3584 MB)").contains("or fewer threads");
  }

  /** Issue #14 item 7: a 10^8-run scan was accepted and wrote 1.7 GB a minute with no disk check. */
  @Test
  void resultsThatCannotFitOnTheDiskAreRefusedWithTheEstimate() {
    // 10^8 runs of 121 times x 1 variable and 2 metrics, 1 parameter: 125 rows a run
    double need = 1e8 * 125 * ExperimentRunner.bytesPerRow("clearance-scan-20261202T120000Z-0a1b");
    assertThat(ExperimentRunner.diskShortfall(need, 200_000_000_000L, 100_000_000, 12_500_000_000L, Path.of("/data")))
        .isEqualTo("the results of 100000000 runs (12500000000 rows) need about 1153.8 GB as CSV and Parquet, but /data has"
            + " 200.0 GB free: run fewer (a smaller scan or cohort, fewer points or variables) or write elsewhere (--out)");
    assertThat(ExperimentRunner.diskShortfall(1e6, 200_000_000_000L, 1000, 125_000, Path.of("/data"))).isNull();
  }

  @Test
  void anExperimentTooLargeForTheHeapIsRefusedBeforeAnyRun() {
    // a cohort of 64 on 2 threads has 64 runs in flight; of one variable, 56 bytes an output time:
    // a sixty-fourth of the heap's worth of output times a run is more than half of it for all 64
    long heap = Runtime.getRuntime().maxMemory();
    int points = (int) (heap / (56 * 64) + 1000);
    CohortSpec cohort = new CohortSpec(64, Map.of("k", new Distribution.LogNormal(0.5, 0.3)), List.of());
    ExperimentSpec s = Specs.spec(TimeGrid.evenly(0, 10, points), List.of(), List.of(), Optional.empty(), Optional.of(cohort));
    assertThatThrownBy(() -> run(s, tmp.resolve("big"), 2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(points + " output times x 1 variables need about")
        .hasMessageContaining("64 runs are in memory at once").hasMessageContaining("more than half the heap");
    assertThat(tmp.resolve("big")).doesNotExist();
  }

  @Test
  void cohortOf200IsByteIdenticalOnOneAndTwoThreads() throws IOException {
    for (long seed : new long[] {1, 77, -5}) {
      ExperimentSpec spec = cohort(200, seed);
      Path one = tmp.resolve("one" + seed);
      Path two = tmp.resolve("two" + seed);
      run(spec, one, 1);
      run(spec, two, 2);
      assertSameFiles(one, two);
      assertThat(Files.readAllLines(one.resolve("parameters.csv"))).hasSize(1 + 200 * 2);
      assertThat(Files.readAllLines(one.resolve("timecourses.csv"))).hasSize(1 + 200 * 21);
      assertThat(one.resolve(ExperimentRunner.SPEC_FILE)).as("a spec built in code has no file text").doesNotExist();
    }
  }

  @Test
  void scanIsByteIdenticalOnOneAndTwoThreads() throws IOException {
    ScanSpec scan = new ScanSpec(ScanSpec.Method.LATIN_HYPERCUBE, 150, List.of(
        new ScanSpec.Dimension("k", new double[0], 0.01, 10, 0, true)));
    ExperimentSpec spec = Specs.spec(TimeGrid.evenly(0, 5, 11), List.of(), List.of(Specs.metric("final", MetricSpec.Kind.FINAL)),
        Optional.of(scan), Optional.empty());
    run(spec, tmp.resolve("one"), 1);
    run(spec, tmp.resolve("two"), 2);
    assertSameFiles(tmp.resolve("one"), tmp.resolve("two"));
  }

  /**
   * 200 scan points on dA/dt = k A^2 (5 output times, so 5 rows a unit): every tenth k (0.9) blows
   * up before t = 2, so failures fall in several parts too.
   */
  private static ExperimentSpec blowUpScan() {
    double[] ks = new double[200];
    for (int i = 0; i < ks.length; i++) {
      ks[i] = i % 10 == 7 ? 0.9 : 0.05 + 0.001 * i;
    }
    ScanSpec scan = new ScanSpec(ScanSpec.Method.GRID, 0, List.of(new ScanSpec.Dimension("k", ks, 0, 0, 0, false)));
    return new ExperimentSpec("blowup", new ModelRef.BuiltIn("blowup"), Map.of(), TimeGrid.evenly(0, 2, 5), List.of(),
        new OutputSpec(List.of("A"), List.of(Specs.metric("final", MetricSpec.Kind.FINAL))), SolverSpec.DEFAULTS, 1, 1,
        Optional.of(scan), Optional.empty(), "");
  }

  /**
   * Parts of 2 blocks (2 x 32 units x 5 rows = 320 rows): the 200 units (7 blocks) make 4 timecourse
   * parts (blocks 1-2, 3-4, 5-6, 7; see PartPlan: with the smallest part as large as a full one, none halve).
   */
  private static final int SMALL_PARTS = 320;

  private static RunSummary runInParts(ExperimentSpec spec, Path out, int threads, int partRows) {
    return new ExperimentRunner(RunOptions.defaults().withThreads(threads).withRunId("r1"), partRows).run(spec, Specs.blowUp(), out);
  }

  @Test
  void resultsInSeveralPartsAreByteIdenticalOnOneAndThreeThreads() throws IOException {
    RunSummary one = runInParts(blowUpScan(), tmp.resolve("one"), 1, SMALL_PARTS);
    runInParts(blowUpScan(), tmp.resolve("three"), 3, SMALL_PARTS);
    assertSameFiles(tmp.resolve("one"), tmp.resolve("three"));
    assertThat(one.failures()).isEqualTo(20);
    for (Path dir : List.of(tmp.resolve("one"), tmp.resolve("three"))) {
      try (Stream<Path> files = Files.list(dir)) {
        assertThat(files.map(p -> p.getFileName().toString())).as("no part file or directory remains")
            .containsExactlyInAnyOrder("timecourses.csv", "timecourses.parquet", "metrics.csv", "metrics.parquet",
                "parameters.csv", "parameters.parquet", "failures.csv", "failures.parquet", "units.csv");
      }
    }
  }

  @Test
  void parquetHoldsTheCsvRowsInOrderInSeveralPartsAndInOne() throws Exception {
    runInParts(blowUpScan(), tmp.resolve("parts"), 2, SMALL_PARTS);
    runInParts(blowUpScan(), tmp.resolve("whole"), 2, ExperimentRunner.PART_ROWS);
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
      for (String dir : List.of("parts", "whole")) {
        for (String table : FILES) {
          Path out = tmp.resolve(dir);
          String csv = "SELECT * FROM read_csv('" + out.resolve(table + ".csv") + "', header=true, auto_detect=false, quote='\"', columns="
              + columnTypes(table) + ")";
          List<List<Object>> expected = rows(st, csv);
          assertThat(rows(st, "SELECT * FROM read_parquet('" + out.resolve(table + ".parquet") + "')"))
              .as(dir + "/" + table + ".parquet: every value of the CSV, in order").isEqualTo(expected);
          assertThat(expected).as(dir + "/" + table + " has rows").isNotEmpty();
          long groups = (Long) rows(st, "SELECT num_row_groups FROM parquet_file_metadata('" + out.resolve(table + ".parquet")
              + "')").getFirst().getFirst();
          if (dir.equals("whole")) {
            assertThat(groups).as(dir + "/" + table + ": one part, one row group").isEqualTo(1);
          } else if (table.equals("timecourses")) {
            assertThat(groups).as("one row group per part").isEqualTo(4);
          }
        }
      }
    }
    assertThat(Files.readAllLines(tmp.resolve("parts/timecourses.csv"))).hasSize(1 + 180 * 5);
    assertThat(Files.readAllLines(tmp.resolve("parts/failures.csv"))).hasSize(1 + 20);
  }

  private static String columnTypes(String table) {
    return ResultFiles.TABLES.get(table).stream().map(c -> "'" + c.name() + "': '" + c.type() + "'")
        .collect(java.util.stream.Collectors.joining(", ", "{", "}"));
  }

  private static List<List<Object>> rows(Statement st, String sql) throws SQLException {
    List<List<Object>> rows = new java.util.ArrayList<>();
    try (ResultSet rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<Object> row = new java.util.ArrayList<>(n);
        for (int c = 1; c <= n; c++) {
          row.add(rs.getObject(c));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  @Test
  void unitsInFlightNeverExceedTheReorderCapacity() {
    ScanSpec scan = new ScanSpec(ScanSpec.Method.RANDOM, 2000, List.of(new ScanSpec.Dimension("k", new double[0], 0.1, 1, 0, false)));
    ExperimentSpec spec = Specs.spec(TimeGrid.evenly(0, 1, 3), List.of(), List.of(), Optional.of(scan), Optional.empty());
    RunSummary s = new ExperimentRunner(RunOptions.defaults().withThreads(2).withReorderCapacity(4))
        .run(spec, Specs.decay(), tmp.resolve("out"));
    // The memory bound: results held at once do not grow with the 2000 runs.
    assertThat(s.maxInFlight()).isBetween(1, 4);
    assertThat(s.units()).isEqualTo(2000);
  }

  @Test
  void metricsMatchClosedFormsOnDecay() throws IOException {
    double k = 0.5;
    double a0 = 10;
    double end = 10;
    List<MetricSpec> metrics = List.of(Specs.metric("peak", MetricSpec.Kind.PEAK),
        Specs.metric("tpeak", MetricSpec.Kind.TIME_OF_PEAK), Specs.metric("min", MetricSpec.Kind.MINIMUM),
        new MetricSpec("half", "A", MetricSpec.Kind.TIME_TO_THRESHOLD, Double.NaN, Double.NaN, 5.0, MetricSpec.Direction.FALLING),
        new MetricSpec("halfLife", "A", MetricSpec.Kind.HALF_LIFE, 1, 9, Double.NaN),
        Specs.metric("auc", MetricSpec.Kind.AUC), new MetricSpec("mean2to4", "A", MetricSpec.Kind.MEAN, 2, 4, Double.NaN),
        Specs.metric("final", MetricSpec.Kind.FINAL));
    RunSummary s = run(Specs.single(TimeGrid.evenly(0, end, 1001), List.of(), metrics), tmp.resolve("out"), 1);
    Map<String, Double> m = metricsOf(tmp.resolve("out"));
    // The trapezoid rule's error is h^2/12 (A'(T) - A'(0)) + O(h^4) (Euler-Maclaurin), 4.1e-5 for h = 0.01; with
    // that term added, what remains is O(h^4) ~ 1e-9 and the solver's error (rtol 1e-8 on values up to 10): allow 1e-6.
    double h = 0.01;
    double trapezoidError = h * h / 12 * (-k * a0 * Math.exp(-k * end) + k * a0);
    assertThat(m.get("auc")).isCloseTo(a0 / k * (1 - Math.exp(-k * end)) + trapezoidError, within(1e-6));
    // (1/2) * integral of 10 e^{-kt} over [2, 4]; window ends fall on grid points; trapezoid term as above.
    double windowError = h * h / 12 * (k * a0 * Math.exp(-2 * k) - k * a0 * Math.exp(-4 * k)) / 2;
    assertThat(m.get("mean2to4")).isCloseTo(a0 / k * (Math.exp(-2 * k) - Math.exp(-4 * k)) / 2 + windowError, within(1e-6));
    // Linear interpolation error on a convex curve: h^2/8 max|A''| / |A'| ~ 1.25e-5 at A = 5.
    assertThat(m.get("half")).isCloseTo(Math.log(2) / k, within(2e-5));
    // The log-linear fit of exact samples is exact; the solver's relative error (rtol 1e-8, a few times that
    // accumulated) moves ln A by ~1e-8, and the slope over 8 time units by ~1e-8 / 8 relative to k = 0.5: allow 1e-6.
    assertThat(m.get("halfLife")).isCloseTo(Math.log(2) / k, within(1e-6));
    assertThat(m.get("peak")).isCloseTo(a0, within(1e-12));
    assertThat(m.get("tpeak")).isEqualTo(0.0);
    assertThat(m.get("final")).isCloseTo(a0 * Math.exp(-k * end), within(1e-7));
    assertThat(m.get("min")).isEqualTo(m.get("final"));
    assertThat(s.metrics()).extracting(MetricSummary::n).containsOnly(1L);
  }

  /** A run whose metric is NaN is counted, with its reason, not dropped from the summary silently. */
  @Test
  void runsWithANaNMetricAreCountedByReason() throws IOException {
    // 10 e^{-k t} falls to 5 at ln 2 / k: within [0, 10] for k = 0.5 and 1, not for k = 0.05 (A(10) = 6.1)
    ScanSpec scan = new ScanSpec(ScanSpec.Method.GRID, 0, List.of(new ScanSpec.Dimension("k", new double[] {0.05, 0.5, 1.0}, 0, 0, 0, false)));
    MetricSpec half = new MetricSpec("half", "A", MetricSpec.Kind.TIME_TO_THRESHOLD, Double.NaN, Double.NaN, 5.0, MetricSpec.Direction.FALLING);
    MetricSpec rise = new MetricSpec("rise", "A", MetricSpec.Kind.TIME_TO_THRESHOLD, Double.NaN, Double.NaN, 5.0);
    ExperimentSpec spec = Specs.spec(TimeGrid.evenly(0, 10, 101), List.of(), List.of(half, rise), Optional.of(scan), Optional.empty());
    RunSummary s = new ExperimentRunner(RunOptions.defaults().withThreads(1)).run(spec, Specs.decay(), tmp.resolve("out"));
    MetricSummary h = s.metrics().get(0);
    assertThat(h.n()).isEqualTo(2);
    assertThat(h.nan()).isEqualTo(1);
    assertThat(h.nanReasons()).containsExactly(Map.entry("never fell to the threshold", 1L));
    assertThat(h.counts()).isEqualTo("n = 2 of 3; 1 NaN (1 never fell to the threshold)");
    assertThat(s.metrics().get(1).counts()).isEqualTo("n = 0 of 3; 3 NaN (3 never rose to the threshold)");
    // the NaN run's row is in metrics.csv, as NaN
    assertThat(Files.readAllLines(tmp.resolve("out/metrics.csv"))).contains(s.runId() + ",0,0,half,NaN");
  }

  static Map<String, Double> metricsOf(Path out) throws IOException {
    var m = new java.util.LinkedHashMap<String, Double>();
    for (String line : Files.readAllLines(out.resolve("metrics.csv")).subList(1, Files.readAllLines(out.resolve("metrics.csv")).size())) {
      String[] f = line.split(",");
      m.put(f[3] + (f[1].equals("0") ? "" : "#" + f[1]), Double.parseDouble(f[4]));
    }
    return m;
  }

  @Test
  void aFailedSubjectIsRecordedAndTheOthersRun() throws IOException {
    // dA/dt = k A^2 from A = 1 blows up at t = 1/k: k = 1 blows up at t = 1, inside [0, 2]; k = 0.1 does not.
    ScanSpec scan = new ScanSpec(ScanSpec.Method.GRID, 0, List.of(new ScanSpec.Dimension("k", new double[] {0.1, 1.0, 0.2}, 0, 0, 0, false)));
    ExperimentSpec spec = new ExperimentSpec("blowup", new ModelRef.BuiltIn("blowup"), Map.of(), TimeGrid.evenly(0, 2, 5),
        List.of(), new OutputSpec(List.of("A"), List.of(Specs.metric("final", MetricSpec.Kind.FINAL))), SolverSpec.DEFAULTS,
        1, 1, Optional.of(scan), Optional.empty(), "");
    RunSummary s = new ExperimentRunner(RunOptions.defaults().withThreads(2)).run(spec, Specs.blowUp(), tmp.resolve("out"));
    assertThat(s.failures()).isEqualTo(1);
    List<String> failures = Files.readAllLines(tmp.resolve("out/failures.csv"));
    assertThat(failures).hasSize(2);
    assertThat(failures.get(1)).startsWith(s.runId() + ",1,0,");
    assertThat(Files.readAllLines(tmp.resolve("out/metrics.csv"))).hasSize(3).noneMatch(l -> l.contains(",1,0,final"));
    assertThat(s.metrics().getFirst().n()).isEqualTo(2);
  }

  @Test
  void whenEverySubjectFailsNothingIsWritten() {
    ScanSpec scan = new ScanSpec(ScanSpec.Method.GRID, 0, List.of(new ScanSpec.Dimension("k", new double[] {1, 2}, 0, 0, 0, false)));
    ExperimentSpec spec = new ExperimentSpec("blowup", new ModelRef.BuiltIn("blowup"), Map.of(), TimeGrid.evenly(0, 2, 5),
        List.of(), new OutputSpec(List.of("A"), List.of()), SolverSpec.DEFAULTS, 1, 1, Optional.of(scan), Optional.empty(), "");
    assertThatThrownBy(() -> new ExperimentRunner(RunOptions.defaults()).run(spec, Specs.blowUp(), tmp.resolve("out")))
        .isInstanceOf(ExperimentFailedException.class).hasMessageContaining("every one of the 2 runs failed");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void aFailureMidWriteLeavesNoOutputDirectory() throws IOException {
    ExperimentSpec spec = cohort(300, 3);
    RunOptions failing = RunOptions.defaults().withThreads(2).withProgress((done, total) -> {
      if (done == 120) {
        throw new IllegalStateException("disk full (simulated)");
      }
    });
    // parts of one block (32 units x 21 rows): parts 0-2 were cut and converted when unit 120 fails
    assertThatThrownBy(() -> new ExperimentRunner(failing, 32 * 21).run(spec, Specs.decay(), tmp.resolve("out")))
        .hasMessageContaining("disk full (simulated)");
    try (Stream<Path> left = Files.list(tmp)) {
      assertThat(left).as("neither the output nor its temporary sibling remains").isEmpty();
    }
  }

  @Test
  void anExistingNonEmptyOutputDirectoryIsRefused() throws IOException {
    Files.createDirectories(tmp.resolve("out"));
    Files.writeString(tmp.resolve("out/keep.txt"), "mine");
    assertThatThrownBy(() -> run(cohort(2, 1), tmp.resolve("out"), 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("already exists");
    assertThat(tmp.resolve("out/keep.txt")).hasContent("mine");
  }

  @Test
  void stochasticReplicatesDifferAndAreReproducible() throws IOException {
    Map<String, Double> params = Map.of("A", 100.0);
    ExperimentSpec spec = new ExperimentSpec("ssa", new ModelRef.BuiltIn("decay"), params, TimeGrid.evenly(0, 2, 5), List.of(),
        new OutputSpec(List.of("A"), List.of(Specs.metric("final", MetricSpec.Kind.FINAL))), new SolverSpec("direct", 1e-6, 1e-10),
        4, 99, Optional.empty(), Optional.empty(), "");
    run(spec, tmp.resolve("a"), 1);
    run(spec, tmp.resolve("b"), 2);
    assertSameFiles(tmp.resolve("a"), tmp.resolve("b"));
    List<String> finals = Files.readAllLines(tmp.resolve("a/metrics.csv")).subList(1, 5);
    assertThat(finals.stream().map(l -> l.split(",")[4]).distinct().count()).as("replicates draw different numbers").isGreaterThan(1);
    for (String l : finals) {
      double a = Double.parseDouble(l.split(",")[4]);
      assertThat(a).isEqualTo(Math.rint(a)).isBetween(0.0, 100.0);
    }
  }

  @Test
  void stochasticRunsApplyTimedDoses() throws IOException {
    // A starts at 0; 50 molecules are dosed at t = 1 and each decays with rate k = 0.5, so at t = 2 the
    // count is Binomial(50, e^{-0.5}): mean 30.33, sd 3.45. Over 400 replicates the mean's SE is 0.17;
    // the bound of 4 SE (0.7) fails a run that ignored the dose (0) or applied it at t = 0 (mean 18.4).
    ExperimentSpec spec = new ExperimentSpec("ssa-dose", new ModelRef.BuiltIn("decay"), Map.of("A", 0.0),
        TimeGrid.evenly(0, 2, 5), List.of(new Intervention.Dose(1, 0, 0, Map.of("A", 50.0))),
        new OutputSpec(List.of("A"), List.of(Specs.metric("final", MetricSpec.Kind.FINAL))), new SolverSpec("direct", 1e-6, 1e-10),
        400, 5, Optional.empty(), Optional.empty(), "");
    run(spec, tmp.resolve("a"), 1);
    run(spec, tmp.resolve("b"), 2);
    assertSameFiles(tmp.resolve("a"), tmp.resolve("b"));
    List<String> finals = Files.readAllLines(tmp.resolve("a/metrics.csv")).subList(1, 401);
    double mean = finals.stream().mapToDouble(l -> Double.parseDouble(l.split(",")[4])).average().orElseThrow();
    assertThat(mean).isCloseTo(50 * Math.exp(-0.5), within(0.7));
    List<String> beforeDose = Files.readAllLines(tmp.resolve("a/timecourses.csv")).stream()
        .filter(l -> l.split(",")[3].equals("0.5")).toList();
    assertThat(beforeDose).hasSize(400).allSatisfy(l -> assertThat(l).endsWith(",0.0"));
  }

  @Test
  void badInputFailsBeforeAnyRun() {
    ExperimentSpec spec = new ExperimentSpec("bad", new ModelRef.BuiltIn("decay"), Map.of("kk", 1.0), TimeGrid.evenly(0, 1, 3),
        List.of(), new OutputSpec(List.of("A"), List.of()), SolverSpec.DEFAULTS, 1, 1, Optional.empty(), Optional.empty(), "");
    assertThatThrownBy(() -> run(spec, tmp.resolve("out"), 1)).hasMessageContaining("kk").hasMessageContaining("'k'");
    assertThat(tmp.resolve("out")).doesNotExist();
  }
}
