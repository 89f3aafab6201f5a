package org.limbic.sbml;

/**
 * An SBML construct Limbic does not simulate (algebraic rules it cannot solve, a fast reaction
 * without an equilibrium, a delay of rateOf, the fbc package, ...). Raised at load time so that
 * such a model is refused rather than simulated wrongly; the message names the element and the reason.
 */
public final class UnsupportedSbmlException extends RuntimeException {

  private final String element;

  public UnsupportedSbmlException(String element, String reason) {
    super(element + ": " + reason);
    this.element = element;
  }

  /** The same, for a refusal first raised by a lower layer (e.g. the comp flattener). */
  public UnsupportedSbmlException(String element, String reason, Throwable cause) {
    super(element + ": " + reason, cause);
    this.element = element;
  }

  /** The id (or a description) of the refused element. */
  public String element() {
    return element;
  }
}
