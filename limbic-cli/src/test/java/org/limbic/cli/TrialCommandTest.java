package org.limbic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limbic.experiment.file.TrialFiles;
import org.limbic.experiment.results.RunCatalog;
import org.limbic.experiment.spec.TrialDesign;
import org.limbic.experiment.trial.PatientModels;
import org.limbic.experiment.trial.TrialAnalysis;
import org.limbic.experiment.trial.TrialRunner;
import org.limbic.experiment.trial.TrialTables;

class TrialCommandTest {

  @TempDir
  Path tmp;

  private static final String TRIAL = """
      name: small
      model: gutbrain
      population: mdd-incomplete-responders
      patients: 100
      randomization: {kind: block, block: 4}
      visits: [0, 4, 8, 12]
      attrition: {dropout_per_week: 0.02}
      arms:
        - name: probiotic
          treatments:
            - {kind: ssri, from: -8}
            - {kind: probiotic, from: 0, to: 12, parameters: {cfuPerDay: 8.0e9}}
        - name: placebo
          treatments:
            - {kind: ssri, from: -8}
            - {kind: placebo, from: 0, to: 12}
      endpoints:
        - {name: HAMD17, lower_is_better: true, remission_at_or_below: 7}
        - {name: IL6}
      analysis: {primary: HAMD17, control: placebo}
      """;

  private CommandOutput run(String text, String... args) throws Exception {
    Path file = tmp.resolve("trial.yaml");
    Files.writeString(file, text);
    String[] all = new String[args.length + 2];
    all[0] = "trial";
    all[1] = file.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return CommandOutput.of(all);
  }

  @Test
  void streamsATrialToCsvAndParquetAndSummarizesIt() throws Exception {
    Path dir = tmp.resolve("out");
    CommandOutput r = run(TRIAL, "--patients", "60", "--threads", "2", "--out", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("randomized 60").contains("probiotic: n = ").contains("heap after GC");
    assertThat(Files.readAllLines(dir.resolve("participants.csv"))).hasSize(61);
    assertThat(dir.resolve("visits.parquet")).exists();
    assertThat(Files.readAllLines(dir.resolve("visits.csv")).getFirst()).isEqualTo("patient,arm,week,HAMD17,IL6");
  }

  /** The shipped gut-brain N-of-1 series (probiotic vs placebo, ABAB/ABBA..., on an ongoing SSRI) runs through limbic trial. */
  @Test
  void runsAnNOfOneSeriesWithItsOwnAnalysis() throws Exception {
    String text;
    try (var in = TrialCommandTest.class.getResourceAsStream("/org/limbic/models/gutbrain/trials/probiotic-n-of-1.yaml")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Path dir = tmp.resolve("n-of-1");
    CommandOutput r = run(text, "--threads", "2", "--out", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    String printed = r.out();
    assertThat(printed).contains("N-of-1 series probiotic-n-of-1: 30 patients").contains("series: mean probiotic - placebo on HAMD17")
        .contains("patients whose own 95 % interval favours probiotic");
    java.util.List<String> rows = Files.readAllLines(dir.resolve("n-of-1.csv"));
    assertThat(rows).hasSize(31);
    assertThat(rows.getFirst()).isEqualTo("patient,order,A1,A2,B1,B2,difference,lower,upper");
    assertThat(Files.readString(dir.resolve("report/index.html"))).contains("<h1>N-of-1 series: probiotic-n-of-1</h1>",
        "probiotic-n-of-1: each patient&#39;s probiotic - placebo and the series mean");
    assertThat(Files.readAllLines(dir.resolve("series.csv")).getFirst()).isEqualTo("series,a,b,endpoint,n,estimate,ci_low,ci_high,t,df,p");
    CommandOutput list = CommandOutput.of("runs", "list");
    assertThat(list.out().lines().filter(l -> l.contains(dir.toAbsolutePath().toString()))).singleElement().asString()
        .contains(" n-of-1 ");
    CommandOutput plot = CommandOutput.of("plot", dir.toString(), "--out", tmp.resolve("plot").toString());
    assertThat(plot.code()).as(plot.err()).isZero();
    assertThat(tmp.resolve("plot/index.html")).exists();
  }

  /** The same trial held in memory (TrialRunner.run, one thread): what the streamed run must have found. */
  private static TrialAnalysis inMemory(int patients, long seed) {
    TrialDesign design = TrialFiles.parse(TRIAL, "trial.yaml").withPatients(patients);
    return new TrialRunner(design, PatientModels.get(design.model())).run(seed).analysis();
  }

  /**
   * ANCOVA, Hedges' g, remission, z test and NNT of every arm against the control on every endpoint,
   * printed and in analysis.csv, are TrialAnalysis' own on the same trial held in memory: equal, not
   * close (the same patients in the same order; analysis.csv keeps every digit).
   */
  @Test
  void printsAndWritesTheAnalysisOfEveryArmAgainstTheControlOnEveryEndpoint() throws Exception {
    Path dir = tmp.resolve("out");
    CommandOutput r = run(TRIAL, "--patients", "60", "--threads", "2", "--seed", "7", "--no-parquet", "--out", dir.toString(),
        "--catalog", tmp.resolve("catalog.duckdb").toString());
    assertThat(r.code()).as(r.err()).isZero();
    TrialAnalysis expected = inMemory(60, 7);
    assertThat(expected.comparisons()).extracting(TrialAnalysis.Comparison::endpoint).containsExactly("HAMD17", "IL6");
    assertThat(r.out()).contains(String.join(System.lineSeparator(), AnalysisLines.of(expected, "HAMD17")))
        .contains("probiotic vs placebo on HAMD17 (primary) (n = 30 vs 30):", "ANCOVA, change adjusted for baseline",
            "Hedges' g of the improvement", "remission (Wilson)", "z = ", "NNT ", "probiotic vs placebo on IL6 (n = 30 vs 30):");
    TrialAnalysis.Comparison primary = expected.comparison("probiotic", "HAMD17");
    assertThat(r.out()).contains(primary.ancova().effect().format("%.3f"), primary.smd().format("%.3f"),
        primary.remission().orElseThrow().nnt().format());
    assertThat(TrialTables.readAnalysis(dir)).isEqualTo(TrialTables.statistics("small", expected));
    assertThat(Files.readAllLines(dir.resolve("analysis.csv")).getFirst())
        .isEqualTo("trial,arm,control,endpoint,statistic,n_arm,n_control,estimate,ci_low,ci_high,p,test_statistic,df");
    assertThat(Files.readAllLines(dir.resolve("analysis.csv"))).as("6 HAMD17 rows (with remission), 2 IL6 rows").hasSize(9);
  }

  @Test
  void writesAnHtmlReportWithTheForestPlotTheConsortDiagramAndTheTrajectories() throws Exception {
    Path dir = tmp.resolve("out");
    CommandOutput r = run(TRIAL, "--patients", "40", "--threads", "2", "--no-parquet", "--out", dir.toString(),
        "--catalog", tmp.resolve("catalog.duckdb").toString());
    assertThat(r.code()).as(r.err()).isZero();
    Path index = dir.resolve("report/index.html");
    assertThat(r.out()).contains("report: " + index.toAbsolutePath().normalize());
    String html = Files.readString(index);
    assertThat(html).contains("<h1>Trial: small</h1>", "small: effect of each arm against placebo at the last observation",
        "small: CONSORT flow of participants", "small: HAMD17 by arm", "small: IL6 by arm", "ancova_difference", "# limbic trial ");
    try (var figures = Files.list(dir.resolve("report/figures"))) {
      assertThat(figures.filter(f -> f.toString().endsWith(".png")).count()).as("forest, CONSORT, 2 trajectories").isEqualTo(4);
    }
    // the endpoints' units, from the patient model, on the trajectories' axes (they had none)
    assertThat(Files.readAllLines(dir.resolve("units.csv"))).contains("HAMD17,HAMD-17 points", "IL6,pg/mL");
    assertThat(Files.readString(dir.resolve("report/figures").resolve(firstSvg(dir, "hamd17")))).contains("HAMD17 (HAMD-17 points)");
    Path elsewhere = tmp.resolve("elsewhere");
    CommandOutput other = run(TRIAL, "--patients", "40", "--no-parquet", "--out", tmp.resolve("out2").toString(),
        "--report", elsewhere.toString(), "--catalog", tmp.resolve("catalog.duckdb").toString());
    assertThat(other.code()).as(other.err()).isZero();
    assertThat(elsewhere.resolve("index.html")).exists();
    assertThat(tmp.resolve("out2/report")).doesNotExist();
  }

  /** As limbic run records a run: kind trial, the results, the seed and the file; the same seed records the same numbers on 1 or 2 threads. */
  @Test
  void recordsTheTrialInTheRunCatalogTheSameWhateverTheThreads() throws Exception {
    Path catalog = tmp.resolve("catalog.duckdb");
    CommandOutput one = run(TRIAL, "--patients", "40", "--threads", "1", "--seed", "11", "--no-parquet",
        "--out", tmp.resolve("one").toString(), "--catalog", catalog.toString());
    CommandOutput two = run(TRIAL, "--patients", "40", "--threads", "2", "--seed", "11", "--no-parquet",
        "--out", tmp.resolve("two").toString(), "--catalog", catalog.toString());
    assertThat(one.code()).as(one.err()).isZero();
    assertThat(two.code()).as(two.err()).isZero();
    CommandOutput list = CommandOutput.of("runs", "list", "--catalog", catalog.toString());
    assertThat(list.code()).as(list.err()).isZero();
    String header = list.out().lines().skip(1).findFirst().orElseThrow();
    assertThat(header).startsWith("run_id").contains("kind", "seed", "output_dir", "file");
    assertThat(list.out().lines().filter(l -> l.startsWith("small-")).toList()).hasSize(2).allSatisfy(l -> assertThat(l)
        .contains(" trial ", " 11 ", tmp.resolve("trial.yaml").toAbsolutePath().toString()));
    assertThat(list.out()).contains(tmp.resolve("one").toAbsolutePath().toString(), tmp.resolve("two").toAbsolutePath().toString());
    try (RunCatalog c = RunCatalog.openReadOnly(catalog)) {
      var metrics = c.query("SELECT r.threads, m.metric, m.n, m.mean, m.sd, m.min, m.max FROM metrics m JOIN runs r USING (run_id)"
          + " ORDER BY r.threads, m.metric").rows();
      assertThat(metrics).hasSize(12); // 2 runs x 2 arms x (change HAMD17, remission HAMD17, change IL6)
      assertThat(metrics.subList(6, 12).stream().map(row -> row.subList(1, 7)).toList())
          .isEqualTo(metrics.subList(0, 6).stream().map(row -> row.subList(1, 7)).toList());
      assertThat(c.query("SELECT DISTINCT kind, seed, subjects FROM runs").rows()).containsExactly(List.of("trial", 11L, 40));
    }
    assertThat(Files.readString(tmp.resolve("two/analysis.csv"))).isEqualTo(Files.readString(tmp.resolve("one/analysis.csv")));
    String runId = list.out().lines().filter(l -> l.startsWith("small-")).findFirst().orElseThrow().split(" ")[0];
    CommandOutput rerun = CommandOutput.of("runs", "rerun", runId, "--catalog", catalog.toString());
    assertThat(rerun.code()).isEqualTo(2);
    assertThat(rerun.err()).contains("is a trial, which runs rerun does not re-run", "limbic trial " + tmp.resolve("trial.yaml")
        .toAbsolutePath() + " --seed 11 --patients 40");
  }

  @Test
  void plotDrawsTheTrialReportFromTheWrittenFiles() throws Exception {
    Path dir = tmp.resolve("out");
    assertThat(run(TRIAL, "--patients", "40", "--no-parquet", "--out", dir.toString(), "--catalog",
        tmp.resolve("catalog.duckdb").toString()).code()).isZero();
    String written = Files.readString(dir.resolve("report/index.html"));
    CommandOutput plot = CommandOutput.of("plot", dir.toString());
    assertThat(plot.code()).as(plot.err()).isZero();
    assertThat(plot.out()).isEqualTo("wrote " + dir.resolve("report/index.html") + System.lineSeparator());
    assertThat(Files.readString(dir.resolve("report/index.html"))).as("the same report, but for its date line")
        .isEqualTo(written);
    Files.writeString(dir.resolve("analysis.csv"), Files.readString(dir.resolve("analysis.csv")).replace(",placebo,HAMD17,hedges_g,20,",
        ",placebo,HAMD17,hedges_g,twenty,"));
    CommandOutput bad = CommandOutput.of("plot", dir.toString(), "--out", tmp.resolve("bad").toString());
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).startsWith("limbic plot: " + dir.resolve("analysis.csv") + ":3: column 'n_arm' holds 'twenty'");
    assertThat(tmp.resolve("bad")).doesNotExist();
  }

  @Test
  void aFaultyTrialFileIsBadInputWithItsLocation() throws Exception {
    CommandOutput r = run(TRIAL.replace("kind: probiotic", "kind: probiotics"), "--out", tmp.resolve("bad").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("limbic trial: ").contains("trial.yaml:12:").contains("unknown treatment 'probiotics'");
    assertThat(tmp.resolve("bad")).doesNotExist();
  }

  /** A --report folder that holds something else, or an --out that is not empty, is refused before the run, naming it. */
  @Test
  void aFolderThatCannotTakeTheResultsIsRefusedBeforeTheRun() throws Exception {
    Path mine = Files.createDirectories(tmp.resolve("mine"));
    Files.writeString(mine.resolve("notes.txt"), "keep");
    Path catalog = tmp.resolve("catalog.duckdb");
    CommandOutput r = run(TRIAL, "--patients", "40", "--out", tmp.resolve("out").toString(), "--report", mine.toString(),
        "--catalog", catalog.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("limbic trial: ").contains(mine.toAbsolutePath().toString(), "notes.txt");
    assertThat(tmp.resolve("out")).doesNotExist();
    assertThat(catalog).doesNotExist();
    CommandOutput full = run(TRIAL, "--patients", "40", "--out", mine.toString(), "--catalog", catalog.toString());
    assertThat(full.code()).isEqualTo(2);
    assertThat(full.err()).contains("output directory " + mine + " already exists and is not empty");
    assertThat(catalog).doesNotExist();
  }

  @Test
  void noThreadsIsBadInput() throws Exception {
    CommandOutput r = run(TRIAL, "--threads", "0", "--out", tmp.resolve("none").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("limbic trial: threads must be >= 1, got 0");
  }

  private static String firstSvg(Path dir, String part) throws java.io.IOException {
    try (var figures = Files.list(dir.resolve("report/figures"))) {
      return figures.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".svg") && n.contains(part)).findFirst().orElseThrow();
    }
  }
}
