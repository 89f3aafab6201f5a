package org.limbic.experiment.library;

import java.util.List;

/**
 * A virtual study of an agent-based model that experiment files can run ({@code assays:} in a file,
 * run by {@code limbic run}): its parameters, what it measures on each animal, and how to run one
 * group of animals. The runner expands the file's lists of values into groups (every combination),
 * so an assay only ever sees one value per parameter.
 */
public interface Assay {

  /** The id used in files, e.g. "partner_preference". */
  String name();

  /** One line for {@code limbic models} and error messages: what the study does, and its source. */
  String description();

  List<AssayParameter> parameters();

  /** What is measured on each animal, in the order of {@link AnimalResult#measures()}. */
  List<AssayMeasure> measures();

  /**
   * Runs one group. Animals are seeded from ({@code seed}, {@link AssayGroup#index()}), so a group's
   * result depends on neither the other groups nor the thread that runs it.
   */
  List<AnimalResult> run(AssayGroup group, long seed);

  /** One animal's measures, in the order of {@link #measures()}. */
  record AnimalResult(int animal, double[] measures) {
    public AnimalResult {
      measures = measures.clone();
    }

    @Override
    public double[] measures() {
      return measures.clone();
    }
  }
}
