package org.limbic.experiment.file;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.limbic.experiment.spec.CohortSpec;
import org.limbic.experiment.spec.Distribution;
import org.limbic.model.Suggestions;

/** The {@code cohort} key: size, per-subject parameter distributions and their correlations. */
final class CohortReader {

  static final List<String> DISTRIBUTIONS = List.of("normal", "lognormal", "uniform", "empirical", "fixed");

  private CohortReader() {
  }

  static CohortSpec read(YamlNode node, ModelNames names, InterventionFields fields) {
    Section cohort = Section.of(node, "cohort", "{size: 100, parameters: {k: {distribution: normal, mean: 1, sd: 0.1}}}",
        List.of("size", "parameters", "correlations"));
    YamlNode sizeNode = cohort.require("size", "the number of virtual subjects");
    long size = Values.count(sizeNode, "'size' in cohort");
    if (size < 1) {
      throw new ExperimentFileException(sizeNode.location(), "cohort size must be 1 or more, not " + size);
    }
    YamlNode parametersNode = cohort.require("parameters", "the varied parameters and their distributions");
    Section parameters = Section.of(parametersNode, "'parameters' in cohort",
        "{k_clear: {distribution: lognormal, median: 0.17, cv: 0.3}}", ExperimentReader.keysOf(parametersNode));
    if (parameters.entries().isEmpty()) {
      throw new ExperimentFileException(parametersNode.location(), "the cohort varies no parameters");
    }
    Map<String, Distribution> distributions = new LinkedHashMap<>();
    for (YamlNode.Entry e : parameters.entries()) {
      if (org.limbic.experiment.spec.InterventionField.isAddress(e.key())) {
        // a named intervention's number (bolus.amount.H) drawn per subject, as a scan varies it
        org.limbic.experiment.spec.InterventionField field = fields.address(e);
        Distribution d = distribution(e);
        fields.checkDistribution(e, field, d);
        distributions.put(e.key(), d);
        continue;
      }
      names.require(e.key(), e.keyLocation(), ModelNames.Role.VALUE, "cohort");
      distributions.put(e.key(), distribution(e));
    }
    List<CohortSpec.Correlation> correlations = cohort.get("correlations")
        .map(c -> Correlations.read(c, distributions)).orElse(List.of());
    return new CohortSpec((int) size, distributions, correlations);
  }

  /** A parameter's distribution: a number (fixed) or {distribution: ...}; the sensitivity section reads its distributions here too. */
  static Distribution distribution(YamlNode.Entry e) {
    String id = e.key();
    if (e.value() instanceof YamlNode.Scalar) {
      return new Distribution.Fixed(Values.number(e.value(), "cohort parameter '" + id + "'"));
    }
    if (!(e.value() instanceof YamlNode.Mapping map)) {
      throw Values.wrongType(e.value(), "cohort parameter '" + id + "'",
          "a number or a map like {distribution: normal, mean: 10, sd: 2}");
    }
    String what = "distribution of '" + id + "'";
    YamlNode kindNode = new Section(map, what).require("distribution", "one of " + String.join(", ", DISTRIBUTIONS));
    String kind = Values.string(kindNode, "'distribution' of '" + id + "'");
    if (!DISTRIBUTIONS.contains(kind)) {
      throw new ExperimentFileException(kindNode.location(), "unknown distribution '" + kind + "'"
          + Suggestions.closest(kind, DISTRIBUTIONS) + " (known: " + String.join(", ", DISTRIBUTIONS) + ")");
    }
    return switch (kind) {
      case "normal" -> {
        Section d = new Section(map, what, List.of("distribution", "mean", "sd"));
        yield new Distribution.Normal(d.requireNumber("mean", ""), positive(d, "sd"));
      }
      case "lognormal" -> {
        Section d = new Section(map, what, List.of("distribution", "median", "cv"));
        yield new Distribution.LogNormal(positive(d, "median"), positive(d, "cv"));
      }
      case "uniform" -> {
        Section d = new Section(map, what, List.of("distribution", "min", "max"));
        double min = d.requireNumber("min", "");
        double max = d.requireNumber("max", "");
        if (min >= max) {
          throw new ExperimentFileException(d.get("max").orElseThrow().location(),
              what + ": min " + min + " must be less than max " + max);
        }
        yield new Distribution.Uniform(min, max);
      }
      case "empirical" -> {
        Section d = new Section(map, what, List.of("distribution", "values"));
        YamlNode valuesNode = d.require("values", "the observed values to resample");
        List<Double> values = Values.numbers(valuesNode, "'values' of '" + id + "'");
        if (values.isEmpty()) {
          throw new ExperimentFileException(valuesNode.location(), what + ": the list of values is empty");
        }
        yield new Distribution.Empirical(Values.toArray(values));
      }
      default -> new Distribution.Fixed(new Section(map, what, List.of("distribution", "value")).requireNumber("value", ""));
    };
  }

  private static double positive(Section d, String key) {
    double v = d.requireNumber(key, "");
    if (!(v > 0)) {
      throw new ExperimentFileException(d.get(key).orElseThrow().location(),
          d.what() + ": " + key + " must be greater than 0, not " + v);
    }
    return v;
  }

  /** The correlations list: pairs of varied parameters with rho in [-1, 1], forming a positive definite matrix. */
  static final class Correlations {

    private Correlations() {
    }

    static List<CohortSpec.Correlation> read(YamlNode node, Map<String, Distribution> distributions) {
      YamlNode.Sequence list = Values.sequence(node, "'correlations' in cohort", "[[k_clear, bolus, 0.5]]");
      List<String> varied = distributions.entrySet().stream()
          .filter(d -> !(d.getValue() instanceof Distribution.Fixed)).map(Map.Entry::getKey).toList();
      List<CohortSpec.Correlation> out = new ArrayList<>();
      Set<Set<String>> pairs = new HashSet<>();
      for (YamlNode item : list.items()) {
        YamlNode.Sequence triple = Values.sequence(item, "each correlation", "[k_clear, bolus, 0.5]");
        if (triple.items().size() != 3) {
          throw new ExperimentFileException(item.location(),
              "a correlation is [first, second, rho], e.g. [k_clear, bolus, 0.5]; this one has " + triple.items().size() + " entries");
        }
        String a = parameter(triple.items().get(0), varied);
        String b = parameter(triple.items().get(1), varied);
        if (a.equals(b)) {
          throw new ExperimentFileException(triple.items().get(1).location(), "a parameter cannot be correlated with itself");
        }
        if (!pairs.add(Set.of(a, b))) {
          throw new ExperimentFileException(item.location(), "the correlation of '" + a + "' and '" + b + "' is given twice");
        }
        YamlNode rhoNode = triple.items().get(2);
        double rho = Values.number(rhoNode, "rho of a correlation");
        if (!(rho >= -1 && rho <= 1)) {
          throw new ExperimentFileException(rhoNode.location(), "correlation " + rho + " is outside [-1, 1]");
        }
        out.add(new CohortSpec.Correlation(a, b, rho));
      }
      requirePositiveDefinite(out, list.location());
      return out;
    }

    private static String parameter(YamlNode node, List<String> varied) {
      String id = Values.string(node, "a correlated parameter");
      if (!varied.contains(id)) {
        throw new ExperimentFileException(node.location(), "correlation names '" + id
            + "', which is not a varied parameter of the cohort" + Suggestions.closest(id, varied)
            + " (varied: " + String.join(", ", varied) + ")");
      }
      return id;
    }

    /** Cholesky factorization of the correlation matrix; a pivot ≤ 1e-12 means it is not positive definite. */
    private static void requirePositiveDefinite(List<CohortSpec.Correlation> correlations, SourceLocation at) {
      List<String> ids = new ArrayList<>();
      for (CohortSpec.Correlation c : correlations) {
        for (String id : List.of(c.first(), c.second())) {
          if (!ids.contains(id)) {
            ids.add(id);
          }
        }
      }
      int n = ids.size();
      double[][] a = new double[n][n];
      for (int i = 0; i < n; i++) {
        a[i][i] = 1;
      }
      for (CohortSpec.Correlation c : correlations) {
        int i = ids.indexOf(c.first());
        int j = ids.indexOf(c.second());
        a[i][j] = c.rho();
        a[j][i] = c.rho();
      }
      for (int j = 0; j < n; j++) {
        double d = a[j][j];
        for (int k = 0; k < j; k++) {
          d -= a[j][k] * a[j][k];
        }
        if (!(d > 1e-12)) {
          throw new ExperimentFileException(at, "the correlations contradict each other: their matrix over "
              + String.join(", ", ids) + " is not positive definite; weaken them (|rho| = 1 also counts: "
              + "then use one parameter)");
        }
        a[j][j] = Math.sqrt(d);
        for (int i = j + 1; i < n; i++) {
          double s = a[i][j];
          for (int k = 0; k < j; k++) {
            s -= a[i][k] * a[j][k];
          }
          a[i][j] = s / a[j][j];
        }
      }
    }
  }
}
