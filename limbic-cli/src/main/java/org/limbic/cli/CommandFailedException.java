package org.limbic.cli;

/**
 * The command ran, and what it ran or checked failed (a claim, some runs of an experiment, a re-run
 * that differs): exit code 1 ({@link ExitCodes#FAILED}), after the command printed what it found.
 */
final class CommandFailedException extends RuntimeException {

  CommandFailedException(String message) {
    super(message);
  }
}
