package org.limbic.experiment.file;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.limbic.experiment.spec.InterventionField;
import org.limbic.experiment.spec.ScanSpec;
import org.limbic.model.Suggestions;

/**
 * The {@code scan} key. A grid dimension given as a range has its values filled in here
 * ({@code steps} values from min to max, geometric when {@code log}), so a grid always has
 * {@link ScanSpec.Dimension#values()}; random and Latin hypercube dimensions have only min and max.
 * A key may be a model id or a field of a named intervention ({@link InterventionFields}).
 */
final class ScanReader {

  static final List<String> METHODS = Arrays.stream(ScanSpec.Method.values())
      .map(m -> m.name().toLowerCase(Locale.ROOT)).toList();

  private ScanReader() {
  }

  /**
   * @param fields the interventions a key with a dot ({@code bolus.amount.H}) may address
   */
  static ScanSpec read(YamlNode node, ModelNames names, InterventionFields fields) {
    Section scan = Section.of(node, "scan", "{method: grid, parameters: {k: {values: [1, 2]}}}",
        List.of("method", "samples", "parameters"));
    String methodText = scan.string("method", "grid");
    if (!METHODS.contains(methodText)) {
      throw new ExperimentFileException(scan.get("method").orElseThrow().location(), "unknown scan method '"
          + methodText + "'" + Suggestions.closest(methodText, METHODS) + " (known: " + String.join(", ", METHODS) + ")");
    }
    ScanSpec.Method method = ScanSpec.Method.valueOf(methodText.toUpperCase(Locale.ROOT));
    boolean grid = method == ScanSpec.Method.GRID;
    long samples = 0;
    if (grid && scan.has("samples")) {
      throw new ExperimentFileException(scan.keyLocation("samples"),
          "'samples' applies to random and latin_hypercube scans; a grid runs every combination of values");
    }
    if (!grid) {
      samples = Values.count(scan.require("samples", "how many points to draw"), "'samples' in scan");
      if (samples < 1) {
        throw new ExperimentFileException(scan.get("samples").orElseThrow().location(),
            "samples must be 1 or more, not " + samples);
      }
    }
    YamlNode parametersNode = scan.require("parameters", "the scanned parameters, e.g. {k_clear: {values: [0.1, 0.2]}}");
    Section parameters = Section.of(parametersNode, "'parameters' in scan", "{k_clear: {values: [0.1, 0.2]}}",
        ExperimentReader.keysOf(parametersNode));
    if (parameters.entries().isEmpty()) {
      throw new ExperimentFileException(parametersNode.location(), "empty scan: it lists no parameters");
    }
    List<ScanSpec.Dimension> dimensions = new ArrayList<>();
    for (YamlNode.Entry e : parameters.entries()) {
      if (InterventionField.isAddress(e.key())) {
        InterventionField field = fields.address(e);
        ScanSpec.Dimension d = dimension(e, grid);
        fields.checkValues(e, field, d);
        dimensions.add(d);
        continue;
      }
      names.require(e.key(), e.keyLocation(), ModelNames.Role.VALUE, "scan");
      dimensions.add(dimension(e, grid));
    }
    return new ScanSpec(method, (int) samples, dimensions);
  }

  private static ScanSpec.Dimension dimension(YamlNode.Entry e, boolean grid) {
    String id = e.key();
    if (e.value() instanceof YamlNode.Sequence) {
      return values(id, e.value(), grid);
    }
    Section d = Section.of(e.value(), "scan of '" + id + "'", "{values: [0.1, 0.2]} or {min: 0.1, max: 1, steps: 10}",
        List.of("values", "min", "max", "steps", "log"));
    if (d.has("values")) {
      for (String other : List.of("min", "max", "steps", "log")) {
        if (d.has(other)) {
          throw new ExperimentFileException(d.keyLocation(other),
              "scan of '" + id + "' takes either 'values' or a range (min, max, steps), not both");
        }
      }
      return values(id, d.get("values").orElseThrow(), grid);
    }
    double min = d.requireNumber("min", "the lower end of the range");
    double max = d.requireNumber("max", "the upper end of the range");
    boolean log = d.bool("log", false);
    if (min >= max) {
      throw new ExperimentFileException(d.get("max").orElseThrow().location(),
          "scan of '" + id + "': min " + min + " must be less than max " + max);
    }
    if (log && min <= 0) {
      throw new ExperimentFileException(d.get("min").orElseThrow().location(),
          "scan of '" + id + "': a log scale needs min > 0, not " + min);
    }
    if (!grid) {
      if (d.has("steps")) {
        throw new ExperimentFileException(d.keyLocation("steps"),
            "'steps' applies to grid scans; random and latin_hypercube draw 'samples' points in [min, max]");
      }
      return new ScanSpec.Dimension(id, new double[0], min, max, 0, log);
    }
    long steps = Values.count(d.require("steps", "how many values from min to max"), "'steps' in scan of '" + id + "'");
    if (steps < 2) {
      throw new ExperimentFileException(d.get("steps").orElseThrow().location(), (steps < 1 ? "empty scan: " : "")
          + "scan of '" + id + "' needs steps ≥ 2 for a range, not " + steps + "; for one value write values: [x]");
    }
    double[] values = new double[(int) steps];
    for (int i = 0; i < steps; i++) {
      double f = (double) i / (steps - 1);
      values[i] = log ? min * Math.pow(max / min, f) : min + (max - min) * f;
    }
    values[values.length - 1] = max;
    return new ScanSpec.Dimension(id, values, min, max, (int) steps, log);
  }

  private static ScanSpec.Dimension values(String id, YamlNode node, boolean grid) {
    if (!grid) {
      throw new ExperimentFileException(node.location(),
          "random and latin_hypercube scans draw from a range; give '" + id + "' min and max instead of values");
    }
    double[] values = Values.toArray(Values.numbers(node, "values of '" + id + "'"));
    if (values.length == 0) {
      throw new ExperimentFileException(node.location(), "empty scan: '" + id + "' has no values");
    }
    double min = Arrays.stream(values).min().orElseThrow();
    double max = Arrays.stream(values).max().orElseThrow();
    return new ScanSpec.Dimension(id, values, min, max, values.length, false);
  }
}
