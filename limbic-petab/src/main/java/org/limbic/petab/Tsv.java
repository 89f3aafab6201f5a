package org.limbic.petab;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.limbic.io.InputFiles;

/**
 * A PEtab table: tab-separated, a header of column names, a row per line. Read by hand rather than
 * through a CSV library because every cell must keep its line and column for the messages
 * ({@code FILE:LINE:COLUMN}), and the format has nothing else: no quoting, no escapes.
 */
final class Tsv {

  /** One row: its cells by column name, and where it is. */
  record Row(Tsv table, int line, Map<String, String> cells) {

    /** The cell, or empty when the column is absent or the cell blank. */
    Optional<String> get(String column) {
      String v = cells.get(column);
      return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    String require(String column) {
      return get(column).orElseThrow(() -> fault(column, "'" + column + "' is empty; give a value"));
    }

    double number(String column) {
      String text = require(column);
      return parseNumber(text).orElseThrow(() -> fault(column, "'" + column + "' must be a number, not '" + text + "'"));
    }

    /** A fault at this row's cell of {@code column}. */
    PetabException fault(String column, String message) {
      return new PetabException(table.file, line, table.column(column), message);
    }

    /** A feature not supported yet, at this row's cell of {@code column}. */
    PetabException unsupported(String column, String message) {
      return PetabException.unsupported(table.file, line, table.column(column), message);
    }
  }

  final Path file;
  final List<String> columns;
  final List<Row> rows;

  private Tsv(Path file, List<String> columns, List<Row> rows) {
    this.file = file;
    this.columns = columns;
    this.rows = rows;
  }

  /** The 1-based column of {@code name} in the header, or 0. */
  int column(String name) {
    int i = columns.indexOf(name);
    return i < 0 ? 0 : i + 1;
  }

  /** Reads {@code file}, refusing a missing one of {@code required} columns and rows of the wrong width. */
  static Tsv read(Path file, Set<String> required) {
    String text = InputFiles.read(file, "PEtab table");
    List<String> lines = text.lines().toList();
    int first = 0;
    while (first < lines.size() && lines.get(first).isBlank()) {
      first++;
    }
    if (first == lines.size()) {
      throw new PetabException(file, 1, 1, "the table is empty; it needs a header line of tab-separated column names");
    }
    List<String> columns = List.of(lines.get(first).split("\t", -1)).stream().map(String::strip).toList();
    for (int c = 0; c < columns.size(); c++) {
      if (columns.indexOf(columns.get(c)) != c) {
        throw new PetabException(file, first + 1, c + 1, "column '" + columns.get(c) + "' appears twice in the header");
      }
    }
    for (String r : required) {
      if (!columns.contains(r)) {
        throw new PetabException(file, first + 1, 1, "no column '" + r + "' in the header " + columns
            + "; PEtab requires it (columns are separated by tabs)");
      }
    }
    Tsv table = new Tsv(file, columns, new ArrayList<>());
    for (int i = first + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length > columns.size()) {
        throw new PetabException(file, i + 1, columns.size() + 1, "the row has " + cells.length + " cells, the header "
            + columns.size() + " columns");
      }
      Map<String, String> byColumn = new LinkedHashMap<>();
      for (int c = 0; c < columns.size(); c++) {
        byColumn.put(columns.get(c), c < cells.length ? cells[c] : "");
      }
      table.rows.add(new Row(table, i + 1, byColumn));
    }
    return table;
  }

  /** A decimal number as PEtab writes it (lower case); compiled once, as the objective parses overrides per evaluation. */
  private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)(e[+-]?\\d+)?");

  /** A PEtab number: decimal or exponent notation, inf, -inf, nan (any case). */
  static Optional<Double> parseNumber(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    switch (t) {
      case "inf", "+inf", "infinity" -> {
        return Optional.of(Double.POSITIVE_INFINITY);
      }
      case "-inf", "-infinity" -> {
        return Optional.of(Double.NEGATIVE_INFINITY);
      }
      case "nan" -> {
        return Optional.of(Double.NaN);
      }
      default -> {
        if (!NUMBER.matcher(t).matches()) {
          return Optional.empty();
        }
        return Optional.of(Double.parseDouble(t));
      }
    }
  }
}
