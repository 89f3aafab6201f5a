package org.limbic.sbml.testsuite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** An SBML Test Suite NNNNN-results.csv: a header (time, then variables) and rows of expected values. */
record ExpectedResults(List<String> columns, double[][] rows) {

  static ExpectedResults read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
    if (lines.isEmpty()) {
      throw new IOException(file + ": empty results file");
    }
    List<String> columns = Arrays.stream(lines.getFirst().split(",")).map(String::trim).toList();
    List<double[]> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String[] cells = lines.get(i).split(",");
      double[] row = new double[cells.length];
      for (int j = 0; j < cells.length; j++) {
        row[j] = parse(cells[j].trim());
      }
      rows.add(row);
    }
    return new ExpectedResults(columns, rows.toArray(double[][]::new));
  }

  private static double parse(String cell) {
    return switch (cell.toUpperCase()) {
      case "NAN" -> Double.NaN;
      case "INF", "+INF", "INFINITY" -> Double.POSITIVE_INFINITY;
      case "-INF", "-INFINITY" -> Double.NEGATIVE_INFINITY;
      default -> Double.parseDouble(cell);
    };
  }
}
