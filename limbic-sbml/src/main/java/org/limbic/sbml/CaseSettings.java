package org.limbic.sbml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One SBML Test Suite case's NNNNN-settings.txt: output times (start, duration, steps: steps + 1
 * rows), the variables to compare, the tolerances of the pass rule, and which species are compared
 * as amounts and which as concentrations.
 */
record CaseSettings(double start, double duration, int steps, List<String> variables, double absolute, double relative,
                    List<String> amount, List<String> concentration) {

  static CaseSettings read(Path file) throws IOException {
    Map<String, String> values = new HashMap<>();
    for (String line : Files.readAllLines(file)) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        values.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
      }
    }
    try {
      return new CaseSettings(Double.parseDouble(values.get("start")), Double.parseDouble(values.get("duration")),
          (int) Double.parseDouble(values.get("steps")), list(values.get("variables")),
          Double.parseDouble(values.get("absolute")), Double.parseDouble(values.get("relative")),
          list(values.get("amount")), list(values.get("concentration")));
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

  /** start + i * duration / steps for i = 0..steps. */
  double[] outputTimes() {
    double[] t = new double[steps + 1];
    for (int i = 0; i <= steps; i++) {
      t[i] = start + i * duration / steps;
    }
    return t;
  }
}
