package org.limbic.model;

/**
 * An invalid model: names the element at fault and says what to do about it. Thrown when a model
 * is built, compiled or imported, never during a simulation.
 */
public final class ModelException extends RuntimeException {

  private final String element;

  public ModelException(String element, String message) {
    super(element == null || element.isEmpty() ? message : "'" + element + "': " + message);
    this.element = element == null ? "" : element;
  }

  /** The id of the element at fault ("" when the model as a whole is). */
  public String element() {
    return element;
  }
}
