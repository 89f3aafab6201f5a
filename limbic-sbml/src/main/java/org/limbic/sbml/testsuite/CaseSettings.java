package org.limbic.sbml.testsuite;

import java.io.IOException;
import java.nio.file.Path;
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
    Map<String, String> values = SettingsText.read(file);
    try {
      return new CaseSettings(Double.parseDouble(values.get("start")), Double.parseDouble(values.get("duration")),
          (int) Double.parseDouble(values.get("steps")), SettingsText.list(values.get("variables")),
          Double.parseDouble(values.get("absolute")), Double.parseDouble(values.get("relative")),
          SettingsText.list(values.get("amount")), SettingsText.list(values.get("concentration")));
    } catch (NullPointerException | NumberFormatException e) {
      throw new IOException(file + ": missing or unreadable setting (" + e.getMessage() + ")", e);
    }
  }

  /** start + i * duration / steps for i = 0..steps. */
  double[] outputTimes() {
    return SettingsText.outputTimes(start, duration, steps);
  }
}
