package org.limbic.sbml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One stochastic SBML Test Suite case's NNNNN-settings.txt: output times (start, duration, steps),
 * the variables, which statistics are judged ({@code output}: X-mean, X-sd) and the ranges Z and Y
 * must fall in ({@code meanRange}, {@code sdRange}, e.g. (-3, 3) and (-5, 5)).
 */
record StochasticCaseSettings(double start, double duration, int steps, List<String> variables, List<String> output,
                              double[] meanRange, double[] sdRange, List<String> concentration) {

  static StochasticCaseSettings read(Path file) throws IOException {
    Map<String, String> values = new HashMap<>();
    for (String line : Files.readAllLines(file)) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        values.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
      }
    }
    try {
      return new StochasticCaseSettings(Double.parseDouble(values.get("start")), Double.parseDouble(values.get("duration")),
          (int) Double.parseDouble(values.get("steps")), list(values.get("variables")), list(values.get("output")),
          range(values.getOrDefault("meanRange", "(-3, 3)")), range(values.getOrDefault("sdRange", "(-5, 5)")),
          list(values.get("concentration")));
    } catch (NullPointerException | NumberFormatException e) {
      throw new IOException(file + ": missing or unreadable setting (" + e.getMessage() + ")", e);
    }
  }

  private static List<String> list(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /** "(-3, 3)" as {-3, 3}. */
  private static double[] range(String text) {
    String[] bounds = text.replaceAll("[()\\[\\]\\s]", "").split(",");
    if (bounds.length != 2) {
      throw new NumberFormatException("range '" + text + "' is not (low, high)");
    }
    return new double[] {Double.parseDouble(bounds[0]), Double.parseDouble(bounds[1])};
  }

  /** start + i * duration / steps for i = 0..steps. */
  double[] outputTimes() {
    double[] t = new double[steps + 1];
    for (int i = 0; i <= steps; i++) {
      t[i] = start + i * duration / steps;
    }
    return t;
  }
}
