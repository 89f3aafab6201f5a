package org.limbic.cli;

import java.io.UncheckedIOException;
import org.limbic.model.ModelException;
import org.limbic.solve.SolverException;

/** The exit codes of {@code limbic}: what a script can rely on. */
final class ExitCodes {

  static final int OK = 0;
  /** A simulation, a claim or a benchmark failed. */
  static final int FAILED = 1;
  /** The input was wrong: usage, model, experiment file, output directory. */
  static final int BAD_INPUT = 2;

  private ExitCodes() {
  }

  static int of(Exception e) {
    if (e instanceof SolverException) {
      return FAILED;
    }
    if (e instanceof ModelException || e instanceof IllegalArgumentException || e instanceof UncheckedIOException
        || e instanceof org.limbic.experiment.file.ExperimentFileException) {
      return BAD_INPUT;
    }
    return FAILED;
  }
}
