package org.limbic.experiment.file;

/**
 * A fault in an experiment file. The message starts with {@code FILE:LINE:COLUMN: }, then says what
 * is wrong and what to do, e.g. {@code experiment.yaml:12:5: unknown parameter 'kOxt' in model
 * 'oxytocin'; did you mean 'k_oxt'? (limbic models oxytocin lists them)}.
 */
public final class ExperimentFileException extends RuntimeException {

  private final SourceLocation location;
  private final String problem;

  public ExperimentFileException(SourceLocation location, String problem) {
    super(location + ": " + problem);
    this.location = location;
    this.problem = problem;
  }

  /** Where the fault is. */
  public SourceLocation location() {
    return location;
  }

  /** The message without its location. */
  public String problem() {
    return problem;
  }
}
