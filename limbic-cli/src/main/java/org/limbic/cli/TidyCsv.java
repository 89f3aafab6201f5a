package org.limbic.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A tidy results table (one observation a row, comma-separated, header first) read by column name,
 * so extra or reordered columns do not matter. Fields may be double-quoted ("" for a quote).
 */
record TidyCsv(Path file, List<String> header, List<String[]> rows) {

  static TidyCsv read(Path file, List<String> required) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    if (lines.isEmpty()) {
      throw new IllegalArgumentException(file + ":1: empty file; expected a header with columns " + required);
    }
    List<String> header = List.of(split(lines.getFirst()));
    for (String column : required) {
      if (!header.contains(column)) {
        throw new IllegalArgumentException(file + ":1: no column '" + column + "' in header " + header
            + "; expected columns " + required);
      }
    }
    List<String[]> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String[] fields = split(lines.get(i));
      if (fields.length != header.size()) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + fields.length + " fields, header has "
            + header.size());
      }
      rows.add(fields);
    }
    return new TidyCsv(file, header, rows);
  }

  int column(String name) {
    return header.indexOf(name);
  }

  /** The number in {@code column} of row {@code i}; NaN for an empty field or "NaN". */
  double number(int row, int column) {
    String s = rows.get(row)[column].trim();
    if (s.isEmpty()) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(file + ":" + (row + 2) + ": column '" + header.get(column)
          + "' holds '" + s + "', not a number", e);
    }
  }

  static String[] split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields.toArray(String[]::new);
  }

  static <K, V> V group(Map<K, V> map, K key, java.util.function.Supplier<V> empty) {
    return map.computeIfAbsent(key, k -> empty.get());
  }
}
