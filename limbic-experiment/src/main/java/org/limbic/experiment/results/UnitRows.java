package org.limbic.experiment.results;

import java.util.List;

/**
 * One unit's (subject, replicate) rows of each result file, as CSV text. Formatted by the worker
 * that simulated the unit, so that the single writer only copies text. Numbers are shortest exact
 * decimals ({@link Double#toString}), identical whichever thread formats them.
 */
public record UnitRows(String timecourses, String metrics, String parameters, String failures) {

  /** The rows of table {@code t}, an index into {@link ResultFiles#TABLES}' order. */
  public String table(int t) {
    return switch (t) {
      case 0 -> timecourses;
      case 1 -> metrics;
      case 2 -> parameters;
      case 3 -> failures;
      default -> throw new IndexOutOfBoundsException("table " + t + " of " + ResultFiles.TABLES.size());
    };
  }

  /** Rows (run, subject, replicate, time, variable, value) of values[i][c] for the given columns. */
  public static String timecourses(String run, int subject, int replicate, double[] times, List<String> variables,
                                   double[][] values) {
    StringBuilder sb = new StringBuilder(times.length * variables.size() * 40);
    String prefix = text(run) + "," + subject + "," + replicate + ",";
    for (int i = 0; i < times.length; i++) {
      for (int c = 0; c < variables.size(); c++) {
        sb.append(prefix).append(times[i]).append(',').append(variables.get(c)).append(',').append(values[i][c]).append('\n');
      }
    }
    return sb.toString();
  }

  /** Rows (run, subject, replicate, metric, value). */
  public static String metrics(String run, int subject, int replicate, List<String> names, double[] values) {
    StringBuilder sb = new StringBuilder();
    for (int m = 0; m < names.size(); m++) {
      sb.append(text(run)).append(',').append(subject).append(',').append(replicate).append(',')
          .append(text(names.get(m))).append(',').append(values[m]).append('\n');
    }
    return sb.toString();
  }

  /** Rows (subject, parameter, value). */
  public static String parameters(int subject, List<String> names, double[] values) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < names.size(); k++) {
      sb.append(subject).append(',').append(names.get(k)).append(',').append(values[k]).append('\n');
    }
    return sb.toString();
  }

  /** A row (run, subject, replicate, time, message). */
  public static String failure(String run, int subject, int replicate, double time, String message) {
    return text(run) + "," + subject + "," + replicate + "," + time + "," + text(message) + "\n";
  }

  /** A CSV field: quoted (with doubled quotes) when it holds a comma, quote or line break. */
  public static String text(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }
}
