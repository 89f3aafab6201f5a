package org.limbic.experiment.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limbic.experiment.run.ExperimentRunner;
import org.limbic.experiment.run.RunOptions;
import org.limbic.experiment.results.RunSummary;
import org.limbic.experiment.spec.CohortSpec;
import org.limbic.experiment.spec.Distribution;
import org.limbic.experiment.spec.ExperimentSpec;
import org.limbic.experiment.spec.MetricSpec;
import org.limbic.experiment.spec.ModelRef;
import org.limbic.experiment.spec.OutputSpec;
import org.limbic.experiment.spec.SolverSpec;
import org.limbic.experiment.spec.TimeGrid;
import org.limbic.model.Model;

class RunCatalogTest {

  @TempDir
  Path tmp;

  private static final Model DECAY = Model.builder("decay").compartment("cell", 1.0).species("A", "cell", 10.0)
      .parameter("k", 0.5, "1/h", "assumed: test").reaction("loss", "A ->", "k * A * cell").build();

  private static final ExperimentSpec SPEC = new ExperimentSpec("cohort", new ModelRef.BuiltIn("decay"), Map.of(),
      TimeGrid.evenly(0, 4, 9), List.of(), new OutputSpec(List.of("A"),
      List.of(new MetricSpec("auc", "A", MetricSpec.Kind.AUC, Double.NaN, Double.NaN, Double.NaN))),
      SolverSpec.DEFAULTS, 1, 123, Optional.empty(),
      Optional.of(new CohortSpec(50, Map.of("k", new Distribution.LogNormal(0.5, 0.4)), List.of())), "");

  @Test
  void recordsRunsAndAnswersSql() {
    RunSummary run = new ExperimentRunner(RunOptions.defaults().withThreads(2)).run(SPEC, DECAY, tmp.resolve("a"));
    try (RunCatalog catalog = RunCatalog.open(tmp.resolve(RunCatalog.DEFAULT_FILE))) {
      catalog.record(run);
      RunCatalog.Rows rows = catalog.query("SELECT name, model_id, model_hash, subjects, seed FROM runs");
      assertThat(rows.columns()).containsExactly("name", "model_id", "model_hash", "subjects", "seed");
      assertThat(rows.rows()).containsExactly(List.of("cohort", "decay", CanonicalText.sha256(DECAY), 50, 123L));
      RunCatalog.Rows m = catalog.query("SELECT metric, n FROM metrics WHERE run_id = '" + run.runId() + "'");
      assertThat(m.rows()).containsExactly(List.of("auc", 50L));
      assertThat(catalog.list().rows()).hasSize(1);
      assertThatThrownBy(() -> catalog.query("SELECT nope FROM runs")).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("nope");
    }
  }

  /**
   * Each run's kind and the file it came from; rows recorded before the kind column existed are
   * experiments, or fits by their recorded command.
   */
  @Test
  void recordsTheKindAndFileOfARunAndInfersItForOlderRows() {
    RunSummary run = new ExperimentRunner(RunOptions.defaults().withThreads(1)).run(SPEC, DECAY, tmp.resolve("a"));
    RunSummary trial = new RunSummary("trial-1", "small", "# limbic trial /x/t.yaml --seed 3 --patients 40\nname: small\n", "gutbrain",
        "h", 3, 1, "v", run.started(), run.finished(), 40, 1, 40, 0, 0, tmp.resolve("t"), List.of());
    RunSummary fit = new RunSummary("fit-1", "fit p.yaml", "# limbic fit /x/p.yaml --starts 2\n", "m", "h", 1, 1, "v",
        run.started(), run.finished(), 2, 1, 2, 0, 0, tmp.resolve("f"), List.of());
    try (RunCatalog catalog = RunCatalog.open(tmp.resolve(RunCatalog.DEFAULT_FILE))) {
      catalog.record(run);
      catalog.record(trial, tmp, RunCatalog.Kind.TRIAL, tmp.resolve("t.yaml"));
      catalog.record(fit, null, RunCatalog.Kind.FIT, null);
      catalog.query("UPDATE runs SET kind = NULL WHERE run_id = 'fit-1'"); // as recorded before the column
      assertThat(catalog.list().columns()).startsWith("run_id", "kind", "name", "model_id", "seed").endsWith("output_dir", "file");
      assertThat(catalog.list().rows().stream().map(r -> r.get(0) + " " + r.get(1) + " " + r.get(r.size() - 1)).toList())
          .containsExactlyInAnyOrder(run.runId() + " experiment null", "trial-1 trial " + tmp.resolve("t.yaml"), "fit-1 fit null");
      assertThat(catalog.recorded("trial-1").kind()).isEqualTo(RunCatalog.Kind.TRIAL);
      assertThat(catalog.recorded("trial-1").sourceFile()).contains(tmp.resolve("t.yaml"));
      assertThat(catalog.recorded("fit-1").kind()).isEqualTo(RunCatalog.Kind.FIT);
    }
  }

  /**
   * NaN runs are recorded per metric, with their reasons; a catalog made before the columns existed
   * gets them when opened for writing (its old rows have NULL there).
   */
  @Test
  void recordsTheNaNRunsOfAMetricAlsoInAnOlderCatalog() throws Exception {
    Path file = tmp.resolve(RunCatalog.DEFAULT_FILE);
    try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
         java.sql.Statement st = db.createStatement()) {
      st.execute("CREATE TABLE metrics (run_id VARCHAR, metric VARCHAR, n BIGINT, mean DOUBLE, sd DOUBLE, min DOUBLE,"
          + " max DOUBLE, PRIMARY KEY (run_id, metric)); INSERT INTO metrics VALUES ('old', 'auc', 1, 2, 0, 2, 2)");
    }
    java.time.Instant now = java.time.Instant.now();
    MetricSummary.Accumulator t5 = new MetricSummary.Accumulator("t5");
    t5.add(3.0);
    t5.add(MetricValue.nan("never rose to the threshold"));
    t5.add(MetricValue.nan("never rose to the threshold"));
    t5.add(Double.POSITIVE_INFINITY);
    RunSummary run = new RunSummary("new", "nan", "model: decay", "decay", "hash", 1, 1, "test", now, now, 4, 1, 4, 0, 1,
        Path.of("out"), List.of(t5.summary()));
    try (RunCatalog catalog = RunCatalog.open(file)) {
      catalog.record(run);
      assertThat(catalog.query("SELECT run_id, n, nan, nan_reasons FROM metrics ORDER BY run_id").rows()).containsExactly(
          java.util.Arrays.asList("new", 1L, 3L, "2 never rose to the threshold, 1 not a finite number"),
          java.util.Arrays.asList("old", 1L, null, null));
    }
  }

  @Test
  void reRunningARecordedRunGivesIdenticalNumbers() {
    RunSummary first = new ExperimentRunner(RunOptions.defaults().withThreads(1)).run(SPEC, DECAY, tmp.resolve("a"));
    String spec;
    long seed;
    try (RunCatalog catalog = RunCatalog.open(tmp.resolve(RunCatalog.DEFAULT_FILE))) {
      catalog.record(first);
      spec = catalog.spec(first.runId());
      seed = (Long) catalog.query("SELECT seed FROM runs").rows().getFirst().getFirst();
      assertThatThrownBy(() -> catalog.spec("missing")).hasMessageContaining("no run 'missing'");
    }
    // The spec was built in code, so the catalog holds its canonical text; it identifies the spec exactly.
    assertThat(spec).isEqualTo(CanonicalText.of(SPEC));
    assertThat(seed).isEqualTo(SPEC.seed());
    RunSummary again = new ExperimentRunner(RunOptions.defaults().withThreads(2)).run(SPEC, DECAY, tmp.resolve("b"));
    assertThat(again.metrics()).isEqualTo(first.metrics());
    try (RunCatalog catalog = RunCatalog.open(tmp.resolve(RunCatalog.DEFAULT_FILE))) {
      catalog.record(again);
      assertThat(catalog.query("SELECT count(DISTINCT mean) FROM metrics").rows()).containsExactly(List.of(1L));
    }
  }

  @Test
  void canonicalTextIgnoresMapOrder() {
    ExperimentSpec a = new ExperimentSpec("x", new ModelRef.BuiltIn("m"), new java.util.TreeMap<>(Map.of("a", 1.0, "b", 2.0)),
        TimeGrid.evenly(0, 1, 2), List.of(), new OutputSpec(List.of(), List.of()), SolverSpec.DEFAULTS, 1, 1,
        Optional.empty(), Optional.empty(), "");
    ExperimentSpec b = new ExperimentSpec("x", new ModelRef.BuiltIn("m"), Map.of("b", 2.0, "a", 1.0),
        TimeGrid.evenly(0, 1, 2), List.of(), new OutputSpec(List.of(), List.of()), SolverSpec.DEFAULTS, 1, 1,
        Optional.empty(), Optional.empty(), "");
    assertThat(CanonicalText.of(a)).isEqualTo(CanonicalText.of(b)).contains("times=[0.0, 1.0]");
  }
}
