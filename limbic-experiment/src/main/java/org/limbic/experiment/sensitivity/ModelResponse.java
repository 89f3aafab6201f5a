package org.limbic.experiment.sensitivity;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * What a sensitivity analysis analyses: named outputs as a function of a point (one value per
 * factor, in the factors' order). An experiment's metrics are one such function, a claim's measured
 * value another; several outputs share each evaluation, so an experiment with three metrics is
 * simulated once per point, not three times.
 *
 * <p>{@link #evaluate} is called from several threads at once and must give the same values for the
 * same point whatever else runs: seeded stochastic models use one fixed seed for every point
 * (common random numbers), so that the indices measure the factors, not the noise.
 */
public interface ModelResponse {

  /** The outputs' names, in the order of {@link #evaluate}'s values. */
  List<String> outputs();

  /** The outputs at {@code point}; may throw for a point the model cannot take (the analysis then fails, naming it). */
  double[] evaluate(double[] point);

  /** One output {@code name} computed by {@code f}. */
  static ModelResponse of(String name, ToDoubleFunction<double[]> f) {
    return new ModelResponse() {
      @Override
      public List<String> outputs() {
        return List.of(name);
      }

      @Override
      public double[] evaluate(double[] point) {
        return new double[] {f.applyAsDouble(point)};
      }
    };
  }
}
