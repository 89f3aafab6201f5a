package org.limbic.experiment.run;

import java.util.Map;
import java.util.TreeMap;
import org.limbic.compile.CompiledModel;

/**
 * A run's parameter vector, built in the one order every runner uses (experiment units, scenarios,
 * claims): the model's values, then the experiment's parameters, then the subject's values (scanned,
 * sampled or overridden), then a scaling (robustness variants), then the knockouts, which win: a
 * knocked-out parameter stays 0 whatever came before.
 */
public final class ParameterVector {

  private final CompiledModel compiled;
  private final double[] base;
  private final int[] knockoutIndex;
  private final double[] knockoutValue;

  /**
   * @param parameters the experiment's parameter values (ids of the compiled model)
   * @param knockouts parameter id to its knocked-out value, as {@link InterventionCompiler.Result#knockouts()} gives them
   * @throws org.limbic.model.ModelException for an id the model does not have
   */
  public ParameterVector(CompiledModel compiled, Map<String, Double> parameters, Map<String, Double> knockouts) {
    this.compiled = compiled;
    this.base = compiled.newParameters();
    for (var e : new TreeMap<>(parameters).entrySet()) {
      base[compiled.parameterIndex(e.getKey())] = e.getValue();
    }
    var sorted = new TreeMap<>(knockouts);
    this.knockoutIndex = sorted.keySet().stream().mapToInt(compiled::parameterIndex).toArray();
    this.knockoutValue = sorted.values().stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** The model's and the experiment's values, before any subject (a copy). */
  public double[] base() {
    return base.clone();
  }

  /** The index of parameter {@code id} in the vector. */
  public int index(String id) {
    return compiled.parameterIndex(id);
  }

  /** A subject's vector: {@code values[k]} at {@code index[k]}, then the knockouts. */
  public double[] subject(int[] index, double[] values) {
    double[] p = base.clone();
    for (int k = 0; k < index.length; k++) {
      p[index[k]] = values[k];
    }
    return knockOut(p);
  }

  /** A vector with {@code overrides} by id, then {@code scaling}, then the knockouts. */
  public double[] with(Map<String, Double> overrides, ParameterScaling scaling) {
    double[] p = base.clone();
    overrides.forEach((id, v) -> p[compiled.parameterIndex(id)] = v);
    scaling.applyTo(compiled, p);
    return knockOut(p);
  }

  private double[] knockOut(double[] p) {
    for (int k = 0; k < knockoutIndex.length; k++) {
      p[knockoutIndex[k]] = knockoutValue[k];
    }
    return p;
  }
}
