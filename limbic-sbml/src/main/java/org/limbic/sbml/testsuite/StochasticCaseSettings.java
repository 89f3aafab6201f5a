package org.limbic.sbml.testsuite;

import java.io.IOException;
import java.nio.file.Path;
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
    Map<String, String> values = SettingsText.read(file);
    try {
      return new StochasticCaseSettings(Double.parseDouble(values.get("start")), Double.parseDouble(values.get("duration")),
          (int) Double.parseDouble(values.get("steps")), SettingsText.list(values.get("variables")), SettingsText.list(values.get("output")),
          range(values.getOrDefault("meanRange", "(-3, 3)")), range(values.getOrDefault("sdRange", "(-5, 5)")),
          SettingsText.list(values.get("concentration")));
    } catch (NullPointerException | NumberFormatException e) {
      throw new IOException(file + ": missing or unreadable setting (" + e.getMessage() + ")", e);
    }
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
    return SettingsText.outputTimes(start, duration, steps);
  }
}
