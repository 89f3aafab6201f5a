package org.limbic.petab;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A parameters file for {@code limbic petab llh --parameters}: a TSV with columns parameterId and
 * value (linear scale, as the parameter table's nominalValue), one row per parameter to change.
 */
public final class ParameterValues {

  private ParameterValues() {
  }

  /** The values, each checked against the problem's parameter table. */
  public static Map<String, Double> read(Path file, PetabProblem problem) {
    Tsv table = Tsv.read(file, Set.of("parameterId", "value"));
    Map<String, Double> values = new LinkedHashMap<>();
    for (Tsv.Row row : table.rows) {
      String id = row.require("parameterId");
      if (!problem.parameters().containsKey(id)) {
        throw row.fault("parameterId", "'" + id + "' is not in the problem's parameter table");
      }
      if (values.containsKey(id)) {
        throw row.fault("parameterId", "'" + id + "' is given twice");
      }
      values.put(id, row.number("value"));
    }
    return values;
  }
}
