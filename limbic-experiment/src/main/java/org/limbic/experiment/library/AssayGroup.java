package org.limbic.experiment.library;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One group of an assay: one value for every parameter (those the file left out at their
 * defaults), and the group's index, which seeds its animals.
 */
public record AssayGroup(int index, Map<String, Object> values) {

  public AssayGroup {
    values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  public double number(String name) {
    return ((Number) value(name)).doubleValue();
  }

  public int integer(String name) {
    return Math.toIntExact((Long) value(name));
  }

  public String choice(String name) {
    return (String) value(name);
  }

  private Object value(String name) {
    Object v = values.get(name);
    if (v == null) {
      throw new IllegalArgumentException("assay group " + index + " has no parameter " + name + " (has " + values.keySet() + ")");
    }
    return v;
  }
}
