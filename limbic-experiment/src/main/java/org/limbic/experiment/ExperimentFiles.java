package org.limbic.experiment;

import java.nio.file.Path;
import org.limbic.experiment.spec.ExperimentSpec;

/**
 * STUB on the runner branch only, so the run commands compile; the spec branch's YAML reader
 * replaces this file at merge.
 */
public final class ExperimentFiles {

  private ExperimentFiles() {
  }

  /**
   * Reads and validates an experiment file.
   *
   * @throws IllegalArgumentException always, in this stub
   */
  public static ExperimentSpec read(Path file) {
    throw new IllegalArgumentException(file + ": experiment files cannot be read by this build yet"
        + " (the YAML reader is on the spec branch)");
  }
}
