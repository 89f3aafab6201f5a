package org.limbic.model;

/**
 * A named quantity. Every Limbic model parameter carries its unit and its source (a citation, or
 * "assumed: why" for the ones no paper gives).
 */
public record Parameter(String id, double value, boolean constant, String unit, String source) {

  public Parameter {
    Ids.requireValid(id);
    unit = unit == null ? "" : unit;
    source = source == null ? "" : source;
  }
}
