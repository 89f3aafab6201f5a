package org.limbic.experiment.run;

/** Every run of an experiment failed (or the experiment could not be carried out); no output was written. */
public final class ExperimentFailedException extends RuntimeException {

  public ExperimentFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
