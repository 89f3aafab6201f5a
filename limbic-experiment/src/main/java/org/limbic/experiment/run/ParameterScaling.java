package org.limbic.experiment.run;

import java.util.Map;
import org.limbic.compile.CompiledModel;

/**
 * Named parameters multiplied by factors after a scenario's own values and a subject's overrides:
 * e.g. the one-at-a-time ±20 % variants of the oxytocin model's robustness check, or a factor 0 that
 * removes a term for a claim's removal test. Claims take one so that every run they make, including
 * those of module-only models, sees the same variant.
 *
 * @param factors parameter id to factor (1 = unchanged, 0 = the term it scales removed)
 */
public record ParameterScaling(Map<String, Double> factors) {

  public static final ParameterScaling NONE = new ParameterScaling(Map.of());

  public ParameterScaling {
    factors = Map.copyOf(factors);
    factors.forEach((id, f) -> {
      if (!(f >= 0) || !Double.isFinite(f)) {
        throw new IllegalArgumentException("parameter scaling of '" + id + "' must be a finite factor >= 0, got " + f);
      }
    });
  }

  public static ParameterScaling of(String parameter, double factor) {
    return new ParameterScaling(Map.of(parameter, factor));
  }

  /**
   * Scales {@code p} in place. A parameter the compiled model lacks is left alone, since module-only
   * checks (e.g. OXT-4's uterus) compile part of the model; a name unknown to the whole model is
   * rejected by the caller (the oxytocin model's Robustness) before any run.
   */
  public void applyTo(CompiledModel compiled, double[] p) {
    factors.forEach((id, f) -> {
      if (compiled.model().parameterById(id).isPresent()) {
        p[compiled.parameterIndex(id)] *= f;
      }
    });
  }

  /** This scaling with {@code more} applied too (a factor given in both is multiplied). */
  public ParameterScaling and(ParameterScaling more) {
    java.util.Map<String, Double> all = new java.util.HashMap<>(factors);
    more.factors.forEach((id, f) -> all.merge(id, f, (a, b) -> a * b));
    return new ParameterScaling(all);
  }

  public String label() {
    return factors.isEmpty() ? "as published" : factors.toString();
  }
}
