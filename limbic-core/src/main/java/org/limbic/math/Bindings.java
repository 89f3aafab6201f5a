package org.limbic.math;

import java.util.Map;

/** The values an {@link Evaluator} reads: one per symbol name, and the current time. */
public interface Bindings {

  /** The value of symbol {@code name}; throws IllegalArgumentException for a name it does not know. */
  double value(String name);

  double time();

  /** Bindings backed by a map (copied) at a fixed time. */
  static Bindings of(Map<String, Double> values, double time) {
    Map<String, Double> copy = Map.copyOf(values);
    return new Bindings() {
      @Override
      public double value(String name) {
        Double v = copy.get(name);
        if (v == null) {
          throw new IllegalArgumentException("unknown symbol '" + name + "'; bound symbols are " + copy.keySet());
        }
        return v;
      }

      @Override
      public double time() {
        return time;
      }
    };
  }

  /** Bindings for a closed expression: every symbol is unknown. */
  static Bindings none() {
    return of(Map.of(), 0.0);
  }
}
