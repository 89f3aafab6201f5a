package org.limbic.cli;

import java.io.UncheckedIOException;
import org.limbic.experiment.file.ExperimentFileException;
import org.limbic.model.ModelException;
import org.limbic.solve.SolverException;
import picocli.CommandLine.ParameterException;

/**
 * The exit codes of {@code limbic}, what a script can rely on, decided here only: commands do not
 * return codes, they throw, and {@link LimbicCommand} maps what they throw with {@link #of}.
 */
final class ExitCodes {

  static final int OK = 0;
  /** A simulation, a claim or a benchmark failed. */
  static final int FAILED = 1;
  /** The input was wrong: usage, model, experiment file, output directory. */
  static final int BAD_INPUT = 2;

  private ExitCodes() {
  }

  /** Bad input for the library's input exceptions (org.limbic.io.InputFileException is an IllegalArgumentException), else failed. */
  static int of(Exception e) {
    return switch (e) {
      case CommandFailedException _, SolverException _ -> FAILED;
      case ModelException _, IllegalArgumentException _, UncheckedIOException _, ExperimentFileException _,
           ParameterException _ -> BAD_INPUT;
      default -> FAILED;
    };
  }
}
