package org.limbic.experiment.sensitivity;

/** A sensitivity analysis could not evaluate its model at a point of its design; the message names the point. */
public final class EvaluationFailedException extends RuntimeException {

  private final int point;

  EvaluationFailedException(int point, String message, Throwable cause) {
    super(message, cause);
    this.point = point;
  }

  /** The index of the point in the design. */
  public int point() {
    return point;
  }
}
