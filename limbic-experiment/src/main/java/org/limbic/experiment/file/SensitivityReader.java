package org.limbic.experiment.file;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import org.limbic.experiment.spec.Distribution;
import org.limbic.experiment.spec.MetricSpec;
import org.limbic.experiment.spec.OutputSpec;
import org.limbic.experiment.spec.SensitivitySpec;
import org.limbic.model.Suggestions;

/**
 * The {@code sensitivity} key: method, samples, the varied parameters (a range {min, max}, uniform,
 * or a cohort's distributions), seed, the metrics to analyse, Morris's levels, the bootstrap's resamples.
 */
final class SensitivityReader {

  static final List<String> METHODS = Arrays.stream(SensitivitySpec.Method.values())
      .map(m -> m.name().toLowerCase(Locale.ROOT)).toList();
  static final int DEFAULT_LEVELS = 4;
  static final int DEFAULT_RESAMPLES = 1000;

  private SensitivityReader() {
  }

  static SensitivitySpec read(YamlNode node, ModelNames names, OutputSpec outputs, InterventionFields fields) {
    Section s = Section.of(node, "sensitivity", "{method: sobol, samples: 1024, parameters: {k: {min: 0.1, max: 1}}}",
        List.of("method", "samples", "parameters", "seed", "metrics", "levels", "resamples"));
    String methodText = s.string("method", "sobol");
    if (!METHODS.contains(methodText)) {
      throw new ExperimentFileException(s.get("method").orElseThrow().location(), "unknown sensitivity method '" + methodText
          + "'" + Suggestions.closest(methodText, METHODS) + " (known: " + String.join(", ", METHODS) + ")");
    }
    SensitivitySpec.Method method = SensitivitySpec.Method.valueOf(methodText.toUpperCase(Locale.ROOT));
    YamlNode samplesNode = s.require("samples", method == SensitivitySpec.Method.SOBOL
        ? "the base rows N (N (k + 2) runs), e.g. 1024" : "the trajectories r (r (k + 1) runs), e.g. 50");
    long samples = Values.count(samplesNode, "'samples' in sensitivity");
    if (samples < 2) {
      throw new ExperimentFileException(samplesNode.location(), "samples must be 2 or more, not " + samples
          + (method == SensitivitySpec.Method.SOBOL ? "; the variance needs two base rows (1024 is a good start)"
              : "; sigma needs two trajectories (20-50 is usual)"));
    }
    if (method == SensitivitySpec.Method.SOBOL && s.has("levels")) {
      throw new ExperimentFileException(s.keyLocation("levels"), "'levels' applies to the morris method; sobol uses a Sobol sequence");
    }
    long levels = s.integer("levels", DEFAULT_LEVELS);
    if (levels < 2 || levels % 2 != 0) {
      throw new ExperimentFileException(s.get("levels").orElseThrow().location(),
          "levels must be even and at least 2 (Morris's p; 4 is usual), not " + levels);
    }
    long resamples = s.integer("resamples", DEFAULT_RESAMPLES);
    if (resamples < 1) {
      throw new ExperimentFileException(s.get("resamples").orElseThrow().location(),
          "resamples must be 1 or more (the bootstrap's; 1000 is usual), not " + resamples);
    }
    OptionalLong seed = s.get("seed").map(n -> OptionalLong.of(Values.integer(n, "'seed' in sensitivity"))).orElse(OptionalLong.empty());
    return new SensitivitySpec(method, (int) samples, inputs(s, names, fields), metrics(s, outputs), seed, (int) levels, (int) resamples);
  }

  private static List<SensitivitySpec.Input> inputs(Section s, ModelNames names, InterventionFields fields) {
    YamlNode parametersNode = s.require("parameters", "the varied parameters, e.g. {k_clear: {min: 0.1, max: 0.3}}");
    Section parameters = Section.of(parametersNode, "'parameters' in sensitivity", "{k_clear: {min: 0.1, max: 0.3}}",
        ExperimentReader.keysOf(parametersNode));
    if (parameters.entries().isEmpty()) {
      throw new ExperimentFileException(parametersNode.location(), "the sensitivity analysis varies no parameters");
    }
    List<SensitivitySpec.Input> inputs = new ArrayList<>();
    for (YamlNode.Entry e : parameters.entries()) {
      if (org.limbic.experiment.spec.InterventionField.isAddress(e.key())) {
        org.limbic.experiment.spec.InterventionField field = fields.address(e);
        Distribution d = distribution(e);
        fields.checkDistribution(e, field, d);
        inputs.add(new SensitivitySpec.Input(e.key(), d));
        continue;
      }
      names.require(e.key(), e.keyLocation(), ModelNames.Role.VALUE, "sensitivity");
      inputs.add(new SensitivitySpec.Input(e.key(), distribution(e)));
    }
    return inputs;
  }

  /** {min, max} (uniform), or a cohort's {distribution: ...} other than fixed. */
  private static Distribution distribution(YamlNode.Entry e) {
    String id = e.key();
    if (!(e.value() instanceof YamlNode.Mapping map)) {
      throw Values.wrongType(e.value(), "sensitivity parameter '" + id + "'",
          "a range like {min: 0.1, max: 1} or a distribution like {distribution: normal, mean: 1, sd: 0.1}");
    }
    if (map.get("distribution").isPresent()) {
      Distribution d = CohortReader.distribution(e);
      if (d instanceof Distribution.Fixed) {
        throw new ExperimentFileException(map.get("distribution").orElseThrow().location(), "sensitivity parameter '" + id
            + "' is fixed, so it has no sensitivity; give it a range, or set it under the top-level 'parameters'");
      }
      if (d instanceof Distribution.Empirical em && em.values().length < 2) {
        throw new ExperimentFileException(map.location(), "distribution of '" + id + "': an empirical distribution needs at least"
            + " two values to vary");
      }
      return d;
    }
    String what = "the range of '" + id + "'";
    if (!map.get("min").isPresent() || !map.get("max").isPresent()) {
      throw new ExperimentFileException(map.location(), "sensitivity parameter '" + id + "' needs a range {min, max} or a"
          + " 'distribution'; " + (map.get("min").isPresent() ? "max" : "min") + " is missing");
    }
    Section range = new Section(map, what, List.of("min", "max"));
    double min = range.requireNumber("min", "");
    double max = range.requireNumber("max", "");
    if (!(min < max)) {
      throw new ExperimentFileException(range.get("max").orElseThrow().location(), what + ": min " + min + " must be less than max " + max);
    }
    return new Distribution.Uniform(min, max);
  }

  private static List<String> metrics(Section s, OutputSpec outputs) {
    List<String> defined = outputs.metrics().stream().map(MetricSpec::name).toList();
    if (defined.isEmpty()) {
      throw new ExperimentFileException(s.map().location(), "the sensitivity analysis needs metrics to analyse; define them under"
          + " outputs: metrics, e.g. [{name: peak_H, variable: H, kind: peak}]");
    }
    if (!s.has("metrics")) {
      return defined;
    }
    List<String> chosen = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (YamlNode item : Values.sequence(s.get("metrics").orElseThrow(), "'metrics' in sensitivity", "[peak_H]").items()) {
      String name = Values.string(item, "each entry of 'metrics' in sensitivity");
      if (!defined.contains(name)) {
        throw new ExperimentFileException(item.location(), "unknown metric '" + name + "'" + Suggestions.closest(name, defined)
            + " (the metrics under outputs: " + String.join(", ", defined) + ")");
      }
      if (!seen.add(name)) {
        throw new ExperimentFileException(item.location(), "metric '" + name + "' is listed twice");
      }
      chosen.add(name);
    }
    if (chosen.isEmpty()) {
      throw new ExperimentFileException(s.get("metrics").orElseThrow().location(), "the list of metrics is empty; omit it to analyse all");
    }
    return chosen;
  }
}
