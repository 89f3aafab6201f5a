package org.limbic.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limbic.experiment.file.ModelResolver;
import org.limbic.experiment.launch.ExperimentSource;
import org.limbic.experiment.launch.RecordedExperiment;
import org.limbic.experiment.results.ResultFiles;
import org.limbic.experiment.results.RunCatalog;
import org.limbic.experiment.results.RunSummary;
import org.limbic.experiment.run.RunOptions;
import org.limbic.sbml.SbmlModels;

/**
 * Issue #18, "must show" (1): the same cohort and the same scan give the same tables on the local
 * runner and on Spark local[1] and local[2], whatever the partitioning. Every CSV file is the same
 * bytes, in the same order (the executors format the rows as the local runner's threads do, the
 * driver appends them in unit order); every Parquet file holds the same rows, compared after sorting
 * as the issue asks (its row groups are cut where Spark's ranges end, not where the local runner's
 * parts do). The default tier runs docs/examples' gut-brain cohort cut to {@value #COHORT} patients;
 * the conformance tier (CI) runs it whole, 10,000 patients, as the issue asks.
 */
class SparkIdentityTest {

  static final int COHORT = 400;
  static final ModelResolver MODELS = ModelResolver.withSbml(SbmlModels::load);
  static final Path EXAMPLES = Path.of("..", "docs", "examples");

  @TempDir
  Path tmp;

  @Test
  void gutBrainCohortIsTheSameBytesOnTheLocalRunnerAndOnSparkLocal1AndLocal2() throws IOException {
    assertCohortIdentical(COHORT);
  }

  @Test
  @Tag("conformance")
  void wholeTenThousandPatientCohortIsTheSameOnTheLocalRunnerAndOnSparkLocal1AndLocal2() throws IOException {
    assertCohortIdentical(10_000);
  }

  private void assertCohortIdentical(int patients) throws IOException {
    String text = Files.readString(EXAMPLES.resolve("gutbrain-cohort.yaml")).replace("size: 10000", "size: " + patients);
    ExperimentSource source = ExperimentSource.parse(text, "gutbrain-cohort.yaml", EXAMPLES.toAbsolutePath(), MODELS);
    Path local = runLocally(source, "local");
    // tasks of one block (32 units) and of the default size: another partitioning, the same bytes
    assertSameTables(local, runOnSpark(source, "spark1", "local[1]", 0));
    assertSameTables(local, runOnSpark(source, "spark2", "local[2]", 1));
  }

  @Test
  void scanIsTheSameBytesOnTheLocalRunnerAndOnSpark() throws IOException {
    ExperimentSource source = ExperimentSource.read(EXAMPLES.resolve("clearance-scan.yaml"), MODELS);
    assertSameTables(runLocally(source, "local"), runOnSpark(source, "spark", "local[2]", 1));
  }

  private Path runLocally(ExperimentSource source, String name) {
    Path out = tmp.resolve(name);
    RecordedExperiment.run(source, out, RunOptions.defaults().withThreads(2).withRunId("identity"), catalog(name));
    return out;
  }

  private Path runOnSpark(ExperimentSource source, String name, String master, int blocksPerTask) {
    Path out = tmp.resolve(name);
    RunSummary summary = RecordedExperiment.run(source, out, RunOptions.defaults().withRunId("identity"), catalog(name),
        new SparkEngine(blocksPerTask), master);
    assertThat(summary.threads()).as("the executors' cores, recorded as the run's threads").isEqualTo(master.equals("local[1]") ? 1 : 2);
    try (RunCatalog catalog = RunCatalog.open(catalog(name))) {
      assertThat(catalog.contains("identity")).as("recorded in the run catalog").isTrue();
    }
    return out;
  }

  private Path catalog(String name) {
    return tmp.resolve(name + "-catalog.duckdb");
  }

  private static void assertSameTables(Path expected, Path actual) throws IOException {
    for (String table : ResultFiles.TABLES.keySet()) {
      byte[] want = Files.readAllBytes(expected.resolve(table + ".csv"));
      assertThat(Files.readAllBytes(actual.resolve(table + ".csv"))).as(table + ".csv of " + actual.getFileName()).isEqualTo(want);
      assertThat(sortedRows(actual.resolve(table + ".parquet"))).as(table + ".parquet of " + actual.getFileName() + ", sorted")
          .isEqualTo(sortedRows(expected.resolve(table + ".parquet")));
    }
    assertThat(Files.readString(expected.resolve("timecourses.csv")).lines().count()).isGreaterThan(1);
  }

  /**
   * A Parquet file's rows, sorted on every column, as DuckDB writes them to CSV (doubles in their
   * shortest exact form): equal text is equal rows, bit for bit. The column types are compared too.
   */
  static String sortedRows(Path parquet) throws IOException {
    Path csv = parquet.resolveSibling(parquet.getFileName() + ".sorted.csv");
    String file = "'" + parquet.toAbsolutePath() + "'";
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
      StringBuilder types = new StringBuilder();
      try (ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM read_parquet(" + file + ")")) {
        while (rs.next()) {
          types.append(rs.getString(1)).append(' ').append(rs.getString(2)).append('\n');
        }
      }
      st.execute("COPY (SELECT * FROM read_parquet(" + file + ") ORDER BY ALL) TO '" + csv.toAbsolutePath() + "' (HEADER false)");
      return types + Files.readString(csv);
    } catch (SQLException e) {
      throw new IOException("reading " + parquet + ": " + e.getMessage(), e);
    } finally {
      Files.deleteIfExists(csv);
    }
  }
}
