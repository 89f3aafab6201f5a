package org.limbic.experiment.results;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The result files of one experiment, streamed in parts: {@link #write} appends one unit's rows
 * (already formatted, see {@link UnitRows}) to the current part of each table ({@link TableFile}),
 * so memory does not grow with the number of runs. {@link #cut} ends a table's part and returns it;
 * its {@link Part#convert} (on any thread, in any order with the other parts) puts the part's rows
 * into {@code <table>.csv} and converts them to a part Parquet file, so the conversion can run while
 * later units are still being simulated. Converting a table's last part also joins its part Parquet
 * files into {@code <table>.parquet} without re-encoding ({@link ParquetConcatenation});
 * {@link #finish} checks that every table was joined and removes the parts directory.
 *
 * <p>Where parts are cut is the caller's choice; for files that do not depend on the thread count,
 * it must not depend on it either. Every {@code <table>.csv} is one file, header then every part's
 * rows in order: the same bytes as if it had been written in one piece.
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

  /** Where the parts are written, inside the results directory; removed by {@link #finish}. */
  static final String PARTS = ".parts";

  /** A part of one table: rows written, not yet in the table's files. */
  public interface Part {
    /** Which table and part, for messages. */
    String describe();

    /** Puts the rows into the table's CSV and converts them to a part Parquet file (the last one converted also joins them); any thread. */
    void convert() throws IOException;
  }

  private final Path parts;
  private final List<TableFile> tables = new ArrayList<>();

  public ResultFiles(Path directory) throws IOException {
    this.parts = Files.createDirectory(directory.resolve(PARTS));
    for (var table : TABLES.entrySet()) {
      tables.add(new TableFile(directory, parts, table.getKey(), table.getValue()));
    }
  }

  public void write(UnitRows rows) throws IOException {
    for (int t = 0; t < tables.size(); t++) {
      tables.get(t).write(rows.table(t));
    }
  }

  /**
   * Ends the current part of table {@code table} (an index into {@link #TABLES}' order) and returns
   * it; {@code last}: the table gets no more rows, and converting its last outstanding part also
   * joins its part Parquet files into {@code <table>.parquet}.
   */
  public Part cut(int table, boolean last) throws IOException {
    return tables.get(table).cut(last);
  }

  /**
   * Appends a range of units converted elsewhere (a distributed engine's executor): each table's rows
   * to its CSV, its Parquet part beside the others. Ranges come in unit order; the CSV files are then
   * the same bytes as {@link #write}'s, the Parquet files the same rows in other row groups.
   */
  public void append(ConvertedRange range) throws IOException {
    for (int t = 0; t < tables.size(); t++) {
      tables.get(t).append(range.csv()[t], range.parquet()[t]);
    }
  }

  /** After the last {@link #append}: joins every table's Parquet parts into {@code <table>.parquet}. */
  public void joinAppended() throws IOException {
    for (TableFile table : tables) {
      table.joinAppended();
    }
  }

  /** Checks that every table's parts were converted and joined, and removes the parts directory. */
  public void finish() throws IOException {
    for (TableFile table : tables) {
      table.finish();
    }
    Files.delete(parts);
  }

  /** Closes the open part files (each even if another fails); on failure the caller discards the directory. */
  @Override
  @SuppressWarnings("try") // the resources are only there to be closed
  public void close() throws IOException {
    try (TableFile a = tables.get(0); TableFile b = tables.get(1); TableFile c = tables.get(2); TableFile d = tables.get(3)) {
      // closed in reverse order, each even if another fails
    }
  }
}
