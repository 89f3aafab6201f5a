package org.limbic.model;

/**
 * A well-mixed volume. {@code size} is its initial size (e.g. litre); it changes only through a
 * rate rule, an assignment rule or an event, and only if not {@code constant}.
 */
public record Compartment(String id, double size, boolean constant, String unit) {

  public Compartment {
    Ids.requireValid(id);
  }
}
