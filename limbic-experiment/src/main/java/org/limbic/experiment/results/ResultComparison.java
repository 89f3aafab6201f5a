package org.limbic.experiment.results;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares the CSV tables of two result directories value for value, except the {@code run}
 * column, which names the run and so differs between a run and its re-run by design. Used to show
 * that re-running a recorded run reproduces its numbers; streamed line by line, so tables of any
 * size compare in constant memory.
 */
public final class ResultComparison {

  /** The tables every result directory has (see {@link ResultFiles}). */
  static final List<String> TABLES = List.of("timecourses.csv", "metrics.csv", "parameters.csv", "failures.csv");

  /** @param rows data rows compared per table, in {@link #TABLES} order; difference empty if identical */
  public record Outcome(List<Long> rows, Optional<String> difference) {
    public boolean identical() {
      return difference.isEmpty();
    }
  }

  private ResultComparison() {
  }

  public static Outcome compare(Path original, Path again) throws IOException {
    List<Long> rows = new ArrayList<>();
    for (String table : TABLES) {
      Path a = original.resolve(table);
      Path b = again.resolve(table);
      if (!Files.exists(a) || !Files.exists(b)) {
        return new Outcome(rows, Optional.of(table + " is missing in " + (Files.exists(a) ? again : original)));
      }
      long n = 0;
      try (BufferedReader ra = Files.newBufferedReader(a, StandardCharsets.UTF_8);
           BufferedReader rb = Files.newBufferedReader(b, StandardCharsets.UTF_8)) {
        String header = ra.readLine();
        if (header == null || !header.equals(rb.readLine())) {
          return new Outcome(rows, Optional.of(table + ": the headers differ"));
        }
        boolean dropFirst = header.startsWith("run,");
        for (long line = 2; ; line++) {
          String la = ra.readLine();
          String lb = rb.readLine();
          if (la == null && lb == null) {
            break;
          }
          if (la == null || lb == null) {
            return new Outcome(rows, Optional.of(table + ": " + (la == null ? original : again) + " ends at line " + line));
          }
          if (!withoutRun(la, dropFirst).equals(withoutRun(lb, dropFirst))) {
            return new Outcome(rows, Optional.of(table + " line " + line + ": '" + la + "' vs '" + lb + "'"));
          }
          n++;
        }
      }
      rows.add(n);
    }
    return new Outcome(rows, Optional.empty());
  }

  private static String withoutRun(String line, boolean dropFirst) {
    if (!dropFirst) {
      return line;
    }
    int comma = line.indexOf(',');
    return comma < 0 ? line : line.substring(comma);
  }
}
