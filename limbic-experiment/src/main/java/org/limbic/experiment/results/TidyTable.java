package org.limbic.experiment.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tidy results table (one observation a row, comma-separated, header first; fields may be
 * double-quoted, "" for a quote) read through DuckDB's {@code read_csv} by column name, so extra or
 * reordered columns do not matter. Only the columns asked for are kept: text columns as strings
 * (an empty field is ""), number columns as doubles (an empty field is NaN). A bad row is reported
 * as {@code file:line: what}, from the rows DuckDB rejects.
 */
public final class TidyTable {

  /** The widest header read; tidy tables have a handful of columns. */
  static final int MAX_COLUMNS = 256;

  private static final String DIALECT = "delim=',', quote='\"', escape='\"'";
  private static final Pattern NOT_A_NUMBER = Pattern.compile("Could not convert string \"(.*)\" to 'DOUBLE'", Pattern.DOTALL);

  private final Path file;
  private final int rows;
  private final Map<String, String[]> texts;
  private final Map<String, double[]> numbers;

  private TidyTable(Path file, int rows, Map<String, String[]> texts, Map<String, double[]> numbers) {
    this.file = file;
    this.rows = rows;
    this.texts = texts;
    this.numbers = numbers;
  }

  /**
   * Reads {@code textColumns} and {@code numberColumns} of {@code file}.
   *
   * @throws IllegalArgumentException {@code file:line: ...} for an empty file, a missing column, a
   *     row with too few or too many fields, an unterminated quote, or a field that is not a number
   * @throws UncheckedIOException if the file cannot be read
   */
  public static TidyTable read(Path file, List<String> textColumns, List<String> numberColumns) {
    List<String> required = new ArrayList<>(textColumns);
    required.addAll(numberColumns);
    if (required.isEmpty()) {
      throw new IllegalArgumentException("no columns to read from " + file);
    }
    readable(file);
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
      List<String> header = header(st, file, required);
      for (String column : required) {
        if (!header.contains(column)) {
          throw new IllegalArgumentException(file + ":1: no column '" + column + "' in header " + header
              + "; expected columns " + required);
        }
      }
      return rows(st, file, header, textColumns, numberColumns);
    } catch (SQLException e) {
      throw new IllegalArgumentException(file + ": cannot read as a CSV table: " + e.getMessage().lines().findFirst().orElse(""), e);
    }
  }

  private static void readable(Path file) {
    try {
      if (!Files.isRegularFile(file)) {
        throw new NoSuchFileException(file.toString(), null, Files.exists(file) ? "not a regular file" : "no such file");
      }
      Files.newByteChannel(file).close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The header's fields, from the first line read without a header into {@link #MAX_COLUMNS} padded
   * text columns (DuckDB's sniffer guesses the header wrongly when later rows are broken). Padding is
   * NULL and, with no null string, an empty field is "": the header ends at the first NULL.
   */
  private static List<String> header(Statement st, Path file, List<String> required) throws SQLException {
    StringBuilder columns = new StringBuilder("{");
    for (int i = 0; i < MAX_COLUMNS; i++) {
      columns.append(i == 0 ? "" : ", ").append("'c").append(i).append("': 'VARCHAR'");
    }
    columns.append('}');
    List<String> header = new ArrayList<>();
    try (ResultSet rs = st.executeQuery("SELECT * FROM read_csv(" + CsvToParquet.literal(file) + ", header=false, auto_detect=false, "
        + DIALECT + ", null_padding=true, parallel=false, nullstr='\u0001', store_rejects=true, rejects_table='header_rejects',"
        + " rejects_scan='header_scans', columns=" + columns + ") LIMIT 1")) {
      if (rs.next()) {
        for (int i = 1; i <= MAX_COLUMNS && rs.getString(i) != null; i++) {
          header.add(rs.getString(i));
        }
      }
    }
    // a rejected first line is skipped, and the next would pass for the header
    try (ResultSet rs = st.executeQuery("SELECT error_message FROM header_rejects WHERE line = 1 LIMIT 1")) {
      if (rs.next()) {
        throw new IllegalArgumentException(file + ":1: cannot read the header (at most " + MAX_COLUMNS + " columns): "
            + rs.getString(1));
      }
    }
    if (header.isEmpty()) {
      throw new IllegalArgumentException(file + ":1: empty file; expected a header with columns " + required);
    }
    return header;
  }

  private static TidyTable rows(Statement st, Path file, List<String> header, List<String> textColumns,
                                List<String> numberColumns) throws SQLException {
    // every column of the file by position (c0, c1, ...), so header names need no quoting and may repeat
    StringBuilder columns = new StringBuilder("{");
    for (int i = 0; i < header.size(); i++) {
      String type = numberColumns.contains(header.get(i)) ? "DOUBLE" : "VARCHAR";
      columns.append(i == 0 ? "" : ", ").append("'c").append(i).append("': '").append(type).append('\'');
    }
    columns.append('}');
    StringBuilder select = new StringBuilder();
    for (String name : textColumns) {
      select.append(select.isEmpty() ? "" : ", ").append('c').append(header.indexOf(name));
    }
    for (String name : numberColumns) {
      select.append(select.isEmpty() ? "" : ", ").append('c').append(header.indexOf(name));
    }
    int size = 0;
    int capacity = 16;
    String[][] text = new String[textColumns.size()][capacity];
    double[][] number = new double[numberColumns.size()][capacity];
    try (ResultSet rs = st.executeQuery("SELECT " + select + " FROM read_csv(" + CsvToParquet.literal(file)
        + ", header=true, auto_detect=false, " + DIALECT + ", store_rejects=true, columns=" + columns + ")")) {
      while (rs.next()) {
        if (size == capacity) {
          capacity *= 2;
          for (int c = 0; c < text.length; c++) {
            text[c] = Arrays.copyOf(text[c], capacity);
          }
          for (int c = 0; c < number.length; c++) {
            number[c] = Arrays.copyOf(number[c], capacity);
          }
        }
        for (int c = 0; c < text.length; c++) {
          String s = rs.getString(c + 1);
          text[c][size] = s == null ? "" : s;
        }
        for (int c = 0; c < number.length; c++) {
          double v = rs.getDouble(text.length + c + 1);
          number[c][size] = rs.wasNull() ? Double.NaN : v;
        }
        size++;
      }
    }
    firstRejected(st, "reject_errors", file, header);
    Map<String, String[]> texts = new HashMap<>();
    for (int c = 0; c < text.length; c++) {
      texts.put(textColumns.get(c), Arrays.copyOf(text[c], size));
    }
    Map<String, double[]> numbers = new HashMap<>();
    for (int c = 0; c < number.length; c++) {
      numbers.put(numberColumns.get(c), Arrays.copyOf(number[c], size));
    }
    return new TidyTable(file, size, texts, numbers);
  }

  /**
   * Throws for the first row DuckDB rejected into {@code table}, if any: {@code file:line: what};
   * {@code header} names the columns (c0, c1, ... in the query) by their 1-based index.
   */
  private static void firstRejected(Statement st, String table, Path file, List<String> header) throws SQLException {
    try (ResultSet rs = st.executeQuery("SELECT line, error_type, column_idx, error_message FROM " + table
        + " ORDER BY line, column_idx LIMIT 1")) {
      if (!rs.next()) {
        return;
      }
      String where = file + ":" + rs.getLong(1) + ": ";
      String message = rs.getString(4);
      Matcher m = NOT_A_NUMBER.matcher(message);
      int column = rs.getInt(3);
      if (rs.getString(2).equals("CAST") && m.find() && column >= 1 && column <= header.size()) {
        throw new IllegalArgumentException(where + "column '" + header.get(column - 1) + "' holds '" + m.group(1) + "', not a number");
      }
      if (rs.getString(2).endsWith("COLUMNS")) {
        throw new IllegalArgumentException(where + "not as many fields as the header has columns (" + message + ")");
      }
      throw new IllegalArgumentException(where + message);
    }
  }

  public Path file() {
    return file;
  }

  /** The number of rows (blank lines are not rows). */
  public int rows() {
    return rows;
  }

  /** The text in {@code column} (one of the text columns read) of row {@code row}. */
  public String text(String column, int row) {
    return column(texts, column)[row];
  }

  /** The number in {@code column} (one of the number columns read) of row {@code row}; NaN for an empty field. */
  public double number(String column, int row) {
    return column(numbers, column)[row];
  }

  private <T> T column(Map<String, T> columns, String name) {
    T values = columns.get(name);
    if (values == null) {
      throw new IllegalArgumentException("column '" + name + "' of " + file + " was not read; read: texts " + texts.keySet()
          + ", numbers " + numbers.keySet());
    }
    return values;
  }
}
