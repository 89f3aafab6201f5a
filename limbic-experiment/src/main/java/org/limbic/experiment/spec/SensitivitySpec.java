package org.limbic.experiment.spec;

import java.util.List;
import java.util.OptionalLong;

/**
 * A global sensitivity analysis of an experiment's metrics: which method, how many samples, which
 * parameters vary and how, and which metrics are analysed (see docs/experiment-files.md).
 *
 * @param samples N base rows (Sobol, N (k + 2) runs) or r trajectories (Morris, r (k + 1) runs)
 * @param parameters the varied parameters in the file's order (the design's columns)
 * @param metrics names of the experiment's metrics to analyse, all of them by default
 * @param seed the analysis' seed; empty: the experiment's
 * @param levels Morris's grid levels p (even, default 4)
 * @param resamples bootstrap resamples of the intervals (default 1000)
 */
public record SensitivitySpec(Method method, int samples, List<Input> parameters, List<String> metrics, OptionalLong seed,
                              int levels, int resamples) {

  public SensitivitySpec {
    parameters = List.copyOf(parameters);
    metrics = List.copyOf(metrics);
  }

  public enum Method { SOBOL, MORRIS }

  /** One varied parameter and its distribution (a range {min, max} is uniform). */
  public record Input(String parameter, Distribution distribution) {
  }
}
