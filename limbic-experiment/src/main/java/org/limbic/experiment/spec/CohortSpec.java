package org.limbic.experiment.spec;

import java.util.List;
import java.util.Map;

/**
 * A virtual cohort of {@code size} subjects whose parameters are drawn from distributions, with
 * correlations between pairs of parameters through a Gaussian copula.
 */
public record CohortSpec(int size, Map<String, Distribution> parameters, List<Correlation> correlations) {

  public CohortSpec {
    parameters = Map.copyOf(parameters);
    correlations = List.copyOf(correlations);
  }

  /** Correlation rho between two parameters' normal scores (a Gaussian copula). */
  public record Correlation(String first, String second, double rho) {
  }
}
