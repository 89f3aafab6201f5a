package org.limbic.experiment.results;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * The result files of one experiment, streamed: {@link #write} appends one unit's rows (already
 * formatted, see {@link UnitRows}) to each CSV, so memory does not grow with the number of runs.
 * {@link #exportParquet} then converts every CSV to Parquet with DuckDB (column types fixed here,
 * not guessed).
 */
public final class ResultFiles implements Closeable {

  /** File name (without extension) → column name → DuckDB type, in column order. */
  public static final Map<String, List<Column>> TABLES = tables();

  /** A CSV/Parquet column. */
  public record Column(String name, String type) {
  }

  private static Map<String, List<Column>> tables() {
    Column run = new Column("run", "VARCHAR");
    Column subject = new Column("subject", "INTEGER");
    Column replicate = new Column("replicate", "INTEGER");
    Column value = new Column("value", "DOUBLE");
    var t = new java.util.LinkedHashMap<String, List<Column>>();
    t.put("timecourses", List.of(run, subject, replicate, new Column("time", "DOUBLE"), new Column("variable", "VARCHAR"), value));
    t.put("metrics", List.of(run, subject, replicate, new Column("metric", "VARCHAR"), value));
    t.put("parameters", List.of(subject, new Column("parameter", "VARCHAR"), value));
    t.put("failures", List.of(run, subject, replicate, new Column("time", "DOUBLE"), new Column("message", "VARCHAR")));
    return java.util.Collections.unmodifiableMap(t);
  }

  private final BufferedWriter timecourses;
  private final BufferedWriter metrics;
  private final BufferedWriter parameters;
  private final BufferedWriter failures;

  public ResultFiles(Path directory) throws IOException {
    this.timecourses = open(directory, "timecourses");
    this.metrics = open(directory, "metrics");
    this.parameters = open(directory, "parameters");
    this.failures = open(directory, "failures");
  }

  private static BufferedWriter open(Path directory, String table) throws IOException {
    BufferedWriter w = Files.newBufferedWriter(directory.resolve(table + ".csv"), StandardCharsets.UTF_8);
    w.write(String.join(",", TABLES.get(table).stream().map(Column::name).toList()));
    w.write('\n');
    return w;
  }

  public void write(UnitRows rows) throws IOException {
    timecourses.write(rows.timecourses());
    metrics.write(rows.metrics());
    parameters.write(rows.parameters());
    failures.write(rows.failures());
  }

  @Override
  public void close() throws IOException {
    try (timecourses; metrics; parameters; failures) {
      // closed in reverse order, each even if another fails
    }
  }

  /** Writes {@code <table>.parquet} beside each {@code <table>.csv} in {@code directory}, with DuckDB's default threads. */
  public static void exportParquet(Path directory) throws IOException {
    exportParquet(directory, Runtime.getRuntime().availableProcessors());
  }

  /**
   * As {@link #exportParquet(Path)} on at most {@code threads} threads: a run asked to use one
   * thread uses one for its Parquet files too (DuckDB would otherwise take every core).
   */
  public static void exportParquet(Path directory, int threads) throws IOException {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
      st.execute("SET threads TO " + Math.max(1, threads));
      for (var table : TABLES.entrySet()) {
        Path csv = directory.resolve(table.getKey() + ".csv");
        Path parquet = directory.resolve(table.getKey() + ".parquet");
        StringBuilder columns = new StringBuilder("{");
        for (Column c : table.getValue()) {
          columns.append(columns.length() > 1 ? ", " : "").append('\'').append(c.name()).append("': '").append(c.type()).append('\'');
        }
        columns.append('}');
        st.execute("COPY (SELECT * FROM read_csv(" + literal(csv) + ", header=true, auto_detect=false, quote='\"', columns="
            + columns + ")) TO " + literal(parquet) + " (FORMAT parquet)");
      }
    } catch (SQLException e) {
      throw new IOException("cannot convert results in " + directory + " to Parquet: " + e.getMessage(), e);
    }
  }

  static String literal(Path p) {
    return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
  }
}
