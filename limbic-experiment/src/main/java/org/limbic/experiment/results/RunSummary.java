package org.limbic.experiment.results;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * What the run catalog records of a finished experiment.
 *
 * @param units subjects times replicates
 * @param failures units whose simulation failed (listed in failures.csv)
 * @param maxInFlight the most units that were computed or being computed but not yet written at once
 *     (never more than the reorder capacity: the memory bound)
 */
public record RunSummary(String runId, String name, String specText, String modelId, String modelHash, long seed,
                         int threads, String limbicVersion, Instant started, Instant finished, int subjects,
                         int replicates, long units, long failures, int maxInFlight, Path outputDirectory,
                         List<MetricSummary> metrics) {

  public RunSummary {
    metrics = List.copyOf(metrics);
  }
}
