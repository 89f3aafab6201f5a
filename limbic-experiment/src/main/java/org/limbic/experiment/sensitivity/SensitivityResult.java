package org.limbic.experiment.sensitivity;

import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * The indices of an analysis, by output, then factor, then kind, and what it cost.
 *
 * @param method "sobol" or "morris"
 * @param samples N base rows (Sobol) or r trajectories (Morris)
 * @param evaluations model evaluations made: N (k + 2) or r (k + 1)
 */
public record SensitivityResult(String method, int samples, List<String> factors, List<String> outputs, int evaluations,
                                List<SensitivityIndex> indices) {

  public SensitivityResult {
    factors = List.copyOf(factors);
    outputs = List.copyOf(outputs);
    indices = List.copyOf(indices);
  }

  /** The index of {@code kind} for {@code factor} and {@code output}. */
  public SensitivityIndex index(String factor, String output, SensitivityIndex.Kind kind) {
    return indices.stream().filter(i -> i.factor().equals(factor) && i.output().equals(output) && i.kind() == kind)
        .findFirst().orElseThrow(() -> new NoSuchElementException("no " + kind.label() + " of '" + factor + "' for '" + output
            + "' (factors " + factors + ", outputs " + outputs + ")"));
  }

  /** The tidy table: parameter, metric, index, value, ci_low, ci_high; numbers as shortest exact decimals. */
  public String csv() {
    StringBuilder s = new StringBuilder("parameter,metric,index,value,ci_low,ci_high\n");
    for (SensitivityIndex i : indices) {
      s.append(i.factor()).append(',').append(i.output()).append(',').append(i.kind().label()).append(',')
          .append(i.value()).append(',').append(i.ciLow()).append(',').append(i.ciHigh()).append('\n');
    }
    return s.toString();
  }

  /** One line per index, for a terminal. */
  public String table() {
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%-24s %-24s %-8s %10s %10s %10s%n", "parameter", "metric", "index",
        "value", "ci_low", "ci_high"));
    for (SensitivityIndex i : indices) {
      s.append(String.format(Locale.ROOT, "%-24s %-24s %-8s %10.4f %10.4f %10.4f%n", i.factor(), i.output(), i.kind().label(),
          i.value(), i.ciLow(), i.ciHigh()));
    }
    return s.toString();
  }
}
