package org.limbic.experiment.results;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Converts one CSV file without a header to Parquet with DuckDB, column types fixed (not guessed),
 * on the calling thread only.
 *
 * <p>One thread, always: DuckDB's Parquet bytes then depend on the input alone, never on how many
 * threads a run has, and a run's N threads each convert a part of their own. Each conversion uses an
 * in-memory database of its own, borrowed from a pool: two connections to one database did not run
 * in parallel (two threads converting ten parts on one database took as long as one thread; on two
 * databases, 0.6 of it), and opening a database costs about 15 ms, which a pool pays once per thread
 * of the process instead of once per run. The pool holds at most as many idle databases as
 * conversions ever ran at once; each holds no tables (the COPY reads and writes files).
 */
public final class CsvToParquet {

  private static final ConcurrentLinkedDeque<Connection> IDLE = new ConcurrentLinkedDeque<>();

  private CsvToParquet() {
  }

  /** Writes {@code parquet} from the rows of {@code csv} (no header line; fields as {@link UnitRows} writes them). */
  static void convert(Path csv, List<ResultFiles.Column> columns, Path parquet) throws IOException {
    String copy = copyStatement(csv, false, columns, parquet);
    Connection db = borrow();
    try (Statement st = db.createStatement()) {
      st.execute(copy);
    } catch (SQLException e) {
      IOException failure = new IOException("cannot convert " + csv + " to Parquet: " + e.getMessage(), e);
      close(db, failure); // its state after a failure is unknown: not reused
      throw failure;
    }
    IDLE.push(db);
  }

  private static Connection borrow() throws IOException {
    Connection db = IDLE.poll();
    if (db != null) {
      return db;
    }
    try {
      db = DriverManager.getConnection("jdbc:duckdb:");
      try (Statement st = db.createStatement()) {
        st.execute("SET threads TO 1");
      }
      return db;
    } catch (SQLException e) {
      IOException failure = new IOException("cannot start DuckDB for the Parquet conversion: " + e.getMessage(), e);
      if (db != null) {
        close(db, failure);
      }
      throw failure;
    }
  }

  /** Closes a database after {@code failure}; a failure to close is added to it, not lost. */
  private static void close(Connection db, IOException failure) {
    try {
      db.close();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  /**
   * DuckDB's statement converting {@code csv} to {@code parquet} with the column types given (not
   * guessed), for whoever runs it on its own database (the trial's cohort files too).
   */
  public static String copyStatement(Path csv, boolean header, List<ResultFiles.Column> columns, Path parquet) {
    StringBuilder types = new StringBuilder("{");
    for (ResultFiles.Column c : columns) {
      types.append(types.length() > 1 ? ", " : "").append(literal(c.name())).append(": ").append(literal(c.type()));
    }
    types.append('}');
    return "COPY (SELECT * FROM read_csv(" + literal(csv) + ", header=" + header + ", auto_detect=false, quote='\"', columns="
        + types + ")) TO " + literal(parquet) + " (FORMAT parquet)";
  }

  private static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  static String literal(Path p) {
    return literal(p.toAbsolutePath().toString());
  }
}
