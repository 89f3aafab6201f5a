package org.limbic.experiment.spec;

import java.util.List;

/**
 * A parameter scan: the full grid of the dimensions' values, or {@code samples} random or Latin
 * hypercube points within their ranges.
 */
public record ScanSpec(Method method, int samples, List<Dimension> dimensions) {

  public ScanSpec {
    dimensions = List.copyOf(dimensions);
  }

  public enum Method { GRID, RANDOM, LATIN_HYPERCUBE }

  /**
   * One scanned parameter: explicit {@code values}, or {@code steps} values from min to max (on a
   * log scale if {@code logScale}); random and Latin hypercube sampling use [min, max]. A grid
   * dimension read from a file always has its {@code values}, a range expanded into them.
   */
  public record Dimension(String parameter, double[] values, double min, double max, int steps, boolean logScale) {
    public Dimension {
      values = values.clone();
    }
  }
}
