package org.limbic.sbml.comp;

/**
 * A hierarchical model the flattener cannot flatten (a missing submodel, port or element, a cycle of
 * replacements, an unreadable external model definition, ...); the message names the element and
 * the reason. The importer reports it as an unsupported SBML construct.
 */
public final class UnsupportedCompException extends RuntimeException {

  private final String element;
  private final String reason;

  UnsupportedCompException(String element, String reason) {
    super(element + ": " + reason);
    this.element = element;
    this.reason = reason;
  }

  /** The id (or a description) of the refused element. */
  public String element() {
    return element;
  }

  /** Why it is refused. */
  public String reason() {
    return reason;
  }
}
