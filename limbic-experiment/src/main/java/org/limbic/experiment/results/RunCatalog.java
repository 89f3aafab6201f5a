package org.limbic.experiment.results;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.limbic.experiment.results.RunSummary;

/**
 * The catalog of runs: an embedded DuckDB file (by default {@value #DEFAULT_FILE} in the output root)
 * with a row per run in {@code runs} and per run and metric in {@code metrics} (n finite values, their
 * mean, sd, min and max, and the {@code nan} runs left out, with {@code nan_reasons}). Times are UTC.
 * Query it with SQL ({@link #query}); {@link #spec} gives back a run's spec text, and re-running it
 * with the recorded seed reproduces its numbers.
 */
public final class RunCatalog implements AutoCloseable {

  public static final String DEFAULT_FILE = "limbic-runs.duckdb";

  private static final String SCHEMA = """
      CREATE TABLE IF NOT EXISTS runs (
        run_id VARCHAR PRIMARY KEY, name VARCHAR, spec VARCHAR, model_id VARCHAR, model_hash VARCHAR,
        seed BIGINT, threads INTEGER, limbic_version VARCHAR, started TIMESTAMP, finished TIMESTAMP,
        subjects INTEGER, replicates INTEGER, failures BIGINT, output_dir VARCHAR, spec_dir VARCHAR);
      ALTER TABLE runs ADD COLUMN IF NOT EXISTS spec_dir VARCHAR;
      ALTER TABLE runs ADD COLUMN IF NOT EXISTS kind VARCHAR;
      ALTER TABLE runs ADD COLUMN IF NOT EXISTS source_file VARCHAR;
      CREATE TABLE IF NOT EXISTS metrics (
        run_id VARCHAR, metric VARCHAR, n BIGINT, mean DOUBLE, sd DOUBLE, min DOUBLE, max DOUBLE,
        PRIMARY KEY (run_id, metric));
      ALTER TABLE metrics ADD COLUMN IF NOT EXISTS nan BIGINT;
      ALTER TABLE metrics ADD COLUMN IF NOT EXISTS nan_reasons VARCHAR;
      """;

  /**
   * What made a run: an experiment ({@code limbic run}, {@code scan}, {@code runs rerun}), which
   * {@code runs rerun} re-runs; a fit; a virtual trial or an N-of-1 series ({@code limbic trial}).
   * Runs recorded before the catalog had the column are experiments, or fits by their recorded command.
   */
  public enum Kind {
    EXPERIMENT("experiment"), FIT("fit"), TRIAL("trial"), N_OF_1("n-of-1"), ASSAY("assay");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** As the catalog's {@code kind} column holds it. */
    public String label() {
      return label;
    }

    static Kind of(String label) {
      for (Kind k : values()) {
        if (k.label.equals(label)) {
          return k;
        }
      }
      throw new IllegalArgumentException("unknown run kind '" + label + "'");
    }
  }

  /** The kind of a row, also of one recorded before the column existed (SQL). */
  private static final String KIND = "coalesce(kind, CASE WHEN spec LIKE '# limbic fit %' THEN 'fit' ELSE 'experiment' END)";

  private final Path file;
  private final Connection db;
  /** Held while a writable catalog is open; null for a read-only one. */
  private final CatalogWriteLock writeLock;

  private RunCatalog(Path file, Connection db, CatalogWriteLock writeLock) {
    this.file = file;
    this.db = db;
    this.writeLock = writeLock;
  }

  /**
   * Opens (creating if needed) the catalog file for writing. Writers take turns, across processes
   * ({@link CatalogWriteLock}); each holds the catalog for the few milliseconds a record takes.
   */
  public static RunCatalog open(Path file) {
    CatalogWriteLock lock = null;
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      lock = CatalogWriteLock.acquire(file, LOCK_WAIT);
      Connection db = connectWaitingForTheLock(file, new java.util.Properties());
      try (Statement st = db.createStatement()) {
        st.execute(SCHEMA);
      } catch (SQLException e) {
        db.close();
        throw e;
      }
      return new RunCatalog(file, db, lock);
    } catch (SQLException | java.io.IOException e) {
      if (lock != null) {
        lock.close();
      }
      throw new IllegalStateException("cannot open the run catalog " + file + ": " + e.getMessage()
          + " (waited up to " + LOCK_WAIT.toSeconds() + " s for other limbic processes writing to it)", e);
    }
  }

  /** How long {@link #open} waits for another process's write lock on the catalog before it gives up. */
  static final java.time.Duration LOCK_WAIT = java.time.Duration.ofSeconds(60);

  /**
   * A connection to the catalog file, retried while another process holds DuckDB's lock on it:
   * DuckDB lets one process write a file at a time, and runs started together (a batch of jobs, say)
   * each record for a few milliseconds. Without the wait 1 of 10 simultaneous runs lost its record.
   * Writers are already in turn ({@link CatalogWriteLock}); readers, and processes of an older
   * limbic, are what this waits for.
   */
  private static Connection connectWaitingForTheLock(Path file, java.util.Properties properties) throws SQLException {
    long deadline = System.nanoTime() + LOCK_WAIT.toNanos();
    long pauseMillis = 10;
    while (true) {
      try {
        return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), properties);
      } catch (SQLException e) {
        if (!String.valueOf(e.getMessage()).contains("Could not set lock") || System.nanoTime() > deadline) {
          throw e;
        }
      }
      try {
        Thread.sleep(pauseMillis + java.util.concurrent.ThreadLocalRandom.current().nextLong(pauseMillis));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SQLException("interrupted while waiting for the lock on " + file, e);
      }
      pauseMillis = Math.min(pauseMillis * 2, 500);
    }
  }

  /**
   * Opens an existing catalog for queries only: {@code limbic runs sql} must not be able to change
   * or wipe the record of past runs. Waits, as {@link #open} does, while a run is being recorded.
   */
  public static RunCatalog openReadOnly(Path file) {
    try {
      java.util.Properties readOnly = new java.util.Properties();
      readOnly.setProperty("duckdb.read_only", "true");
      return new RunCatalog(file, connectWaitingForTheLock(file, readOnly), null);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot open the run catalog " + file + ": " + e.getMessage(), e);
    }
  }

  /** Records a finished run whose experiment names no file relative to its own (a built-in model, say). */
  public void record(RunSummary run) {
    record(run, null);
  }

  /** Records a finished experiment. */
  public void record(RunSummary run, Path specDirectory) {
    record(run, specDirectory, Kind.EXPERIMENT, null);
  }

  /**
   * Records a finished run and its metric summaries, in one transaction.
   *
   * @param specDirectory the directory relative paths in the experiment file resolve against (its
   *     own), so a re-run from elsewhere finds the same SBML file; null if there is none
   * @param sourceFile the file the run was made from (a trial file, a PEtab problem); null if not known
   */
  public void record(RunSummary run, Path specDirectory, Kind kind, Path sourceFile) {
    try {
      db.setAutoCommit(false);
      try (PreparedStatement st = db.prepareStatement("INSERT INTO runs (run_id, name, spec, model_id, model_hash, seed, threads, "
          + "limbic_version, started, finished, subjects, replicates, failures, output_dir, spec_dir, kind, source_file) VALUES (?, ?, "
          + "?, ?, ?, ?, ?, ?, CAST(? AS TIMESTAMP), CAST(? AS TIMESTAMP), ?, ?, ?, ?, ?, ?, ?)")) {
        st.setString(1, run.runId());
        st.setString(2, run.name());
        st.setString(3, run.specText());
        st.setString(4, run.modelId());
        st.setString(5, run.modelHash());
        st.setLong(6, run.seed());
        st.setInt(7, run.threads());
        st.setString(8, run.limbicVersion());
        st.setString(9, utc(run.started()));
        st.setString(10, utc(run.finished()));
        st.setInt(11, run.subjects());
        st.setInt(12, run.replicates());
        st.setLong(13, run.failures());
        st.setString(14, run.outputDirectory().toString());
        st.setString(15, specDirectory == null ? null : specDirectory.toAbsolutePath().normalize().toString());
        st.setString(16, kind.label());
        st.setString(17, sourceFile == null ? null : sourceFile.toAbsolutePath().normalize().toString());
        st.executeUpdate();
      }
      try (PreparedStatement st = db.prepareStatement("INSERT INTO metrics (run_id, metric, n, mean, sd, min, max, nan, nan_reasons)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (MetricSummary m : run.metrics()) {
          st.setString(1, run.runId());
          st.setString(2, m.metric());
          st.setLong(3, m.n());
          st.setDouble(4, m.mean());
          st.setDouble(5, m.sd());
          st.setDouble(6, m.min());
          st.setDouble(7, m.max());
          st.setLong(8, m.nan());
          st.setString(9, m.reasons());
          st.addBatch();
        }
        st.executeBatch();
      }
      db.commit();
    } catch (SQLException e) {
      rollback();
      throw new IllegalStateException("cannot record run " + run.runId() + " in " + file + ": " + e.getMessage(), e);
    } finally {
      autoCommit();
    }
  }

  private static String utc(Instant t) {
    return LocalDateTime.ofInstant(t, ZoneOffset.UTC).toString().replace('T', ' ');
  }

  /** The rows of a query: column names and values (JDBC objects; null for SQL NULL). */
  public record Rows(List<String> columns, List<List<Object>> rows) {
    public Rows {
      columns = List.copyOf(columns);
      rows = List.copyOf(rows);
    }
  }

  /**
   * Runs any SQL against the catalog.
   *
   * @throws IllegalArgumentException with DuckDB's message when the SQL is wrong
   */
  public Rows query(String sql) {
    try (Statement st = db.createStatement()) {
      if (!st.execute(sql)) {
        return new Rows(List.of("changed"), List.of(List.of(st.getUpdateCount())));
      }
      try (ResultSet rs = st.getResultSet()) {
        ResultSetMetaData meta = rs.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
          columns.add(meta.getColumnLabel(c));
        }
        List<List<Object>> rows = new ArrayList<>();
        while (rs.next()) {
          List<Object> row = new ArrayList<>();
          for (int c = 1; c <= columns.size(); c++) {
            row.add(rs.getObject(c));
          }
          rows.add(java.util.Collections.unmodifiableList(row));
        }
        return new Rows(columns, rows);
      }
    } catch (SQLException e) {
      throw new IllegalArgumentException("query failed: " + e.getMessage(), e);
    }
  }

  /** The recorded runs, newest first. */
  public Rows list() {
    return query("SELECT run_id, " + KIND + " AS kind, name, model_id, seed, subjects, replicates, failures, threads, started, "
        + "date_diff('millisecond', started, finished) / 1000.0 AS seconds, output_dir, source_file AS file FROM runs"
        + " ORDER BY started DESC, run_id");
  }

  /**
   * What a re-run needs of a recorded run.
   *
   * @param specDirectory where the experiment file was (relative paths in it resolve there), if recorded
   * @param sourceFile the file the run was made from, if recorded
   */
  public record RecordedRun(String runId, Kind kind, String name, String spec, String modelId, String modelHash, long seed,
                            Path outputDirectory, java.util.Optional<Path> specDirectory, java.util.Optional<Path> sourceFile) {
  }

  /**
   * A recorded run.
   *
   * @throws IllegalArgumentException if no run has that id
   */
  public RecordedRun recorded(String runId) {
    try (PreparedStatement st = db.prepareStatement(
        "SELECT run_id, " + KIND + ", name, spec, model_id, model_hash, seed, output_dir, spec_dir, source_file FROM runs"
            + " WHERE run_id = ?")) {
      st.setString(1, runId);
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalArgumentException("no run '" + runId + "' in " + file + " (limbic runs list shows them)");
        }
        return new RecordedRun(rs.getString(1), Kind.of(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6), rs.getLong(7), Path.of(rs.getString(8)), java.util.Optional.ofNullable(rs.getString(9)).map(Path::of),
            java.util.Optional.ofNullable(rs.getString(10)).map(Path::of));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read run " + runId + " from " + file + ": " + e.getMessage(), e);
    }
  }

  /** Removes a run's record (its row and metric summaries): for a run whose results were not kept after all. */
  public void delete(String runId) {
    try (PreparedStatement metrics = db.prepareStatement("DELETE FROM metrics WHERE run_id = ?");
         PreparedStatement runs = db.prepareStatement("DELETE FROM runs WHERE run_id = ?")) {
      metrics.setString(1, runId);
      metrics.executeUpdate();
      runs.setString(1, runId);
      runs.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot remove run " + runId + " from " + file + ": " + e.getMessage(), e);
    }
  }

  /** Whether a run with this id is recorded. */
  public boolean contains(String runId) {
    try (PreparedStatement st = db.prepareStatement("SELECT 1 FROM runs WHERE run_id = ?")) {
      st.setString(1, runId);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The spec text a run was recorded with.
   *
   * @throws IllegalArgumentException if no run has that id
   */
  public String spec(String runId) {
    try (PreparedStatement st = db.prepareStatement("SELECT spec FROM runs WHERE run_id = ?")) {
      st.setString(1, runId);
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalArgumentException("no run '" + runId + "' in " + file + " (limbic runs list shows them)");
        }
        return rs.getString(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read run " + runId + " from " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      db.close();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot close the run catalog " + file + ": " + e.getMessage(), e);
    } finally {
      if (writeLock != null) {
        writeLock.close();
      }
    }
  }

  private void rollback() {
    try {
      db.rollback();
    } catch (SQLException e) {
      System.err.println("limbic: rollback of the run catalog failed: " + e.getMessage());
    }
  }

  private void autoCommit() {
    try {
      db.setAutoCommit(true);
    } catch (SQLException e) {
      System.err.println("limbic: cannot restore auto-commit on the run catalog: " + e.getMessage());
    }
  }
}
