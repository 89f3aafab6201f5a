package org.limbic.sbml.testsuite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The {@code key: value} lines of a case's NNNNN-settings.txt (and NNNNN-model.m header), and what both suites read from them. */
public final class SettingsText {

  private SettingsText() {
  }

  /** Every {@code key: value} line, keys and values trimmed (the last of a repeated key wins); lines without a key are ignored. */
  public static Map<String, String> read(Path file) throws IOException {
    Map<String, String> values = new HashMap<>();
    for (String line : Files.readAllLines(file)) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        values.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
      }
    }
    return values;
  }

  /** A comma-separated list, trimmed, without empty items; empty for a missing or blank value. */
  public static List<String> list(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /** The output times: start + i * duration / steps for i = 0..steps. */
  static double[] outputTimes(double start, double duration, int steps) {
    double[] t = new double[steps + 1];
    for (int i = 0; i <= steps; i++) {
      t[i] = start + i * duration / steps;
    }
    return t;
  }
}
