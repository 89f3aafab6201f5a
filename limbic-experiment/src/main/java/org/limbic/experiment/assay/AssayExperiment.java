package org.limbic.experiment.assay;

import java.util.List;
import org.limbic.experiment.library.Assay;
import org.limbic.experiment.library.AssayGroup;

/**
 * An experiment file of an agent-based model: the assays to run, each expanded into its groups
 * (every combination of the values the file lists), and the seed every animal derives from.
 * Group indices are unique across the file, so no two groups share animals.
 *
 * @param source the file it was read from, for messages
 */
public record AssayExperiment(String name, String modelId, long seed, List<Study> studies, String source) {

  public AssayExperiment {
    studies = List.copyOf(studies);
    if (studies.isEmpty()) {
      throw new IllegalArgumentException(source + ": an assay experiment needs at least one assay");
    }
  }

  /** One entry of the file's {@code assays}: the assay and its groups. */
  public record Study(Assay assay, List<AssayGroup> groups) {
    public Study {
      groups = List.copyOf(groups);
    }
  }

  public int groups() {
    return studies.stream().mapToInt(s -> s.groups().size()).sum();
  }
}
