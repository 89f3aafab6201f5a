package org.limbic.experiment.library;

import java.util.List;
import java.util.Locale;

/**
 * A parameter of an {@link Assay}: a number in [min, max], a whole number in [min, max], or one of
 * a few choices (a genotype, a sex). Files give one value or a list of values (a factor).
 */
public record AssayParameter(String name, Kind kind, Object defaultValue, String unit, String meaning, List<String> choices,
                             double min, double max) {

  public enum Kind { NUMBER, INTEGER, CHOICE }

  public AssayParameter {
    choices = List.copyOf(choices);
    String problem = problem(defaultValue, kind, choices, min, max, unit);
    if (problem != null) {
      throw new IllegalArgumentException("assay parameter " + name + ": default " + problem);
    }
  }

  public static AssayParameter number(String name, double defaultValue, double min, double max, String unit, String meaning) {
    return new AssayParameter(name, Kind.NUMBER, defaultValue, unit, meaning, List.of(), min, max);
  }

  public static AssayParameter integer(String name, long defaultValue, long min, long max, String meaning) {
    return new AssayParameter(name, Kind.INTEGER, defaultValue, "", meaning, List.of(), min, max);
  }

  public static AssayParameter choice(String name, String defaultValue, List<String> choices, String meaning) {
    return new AssayParameter(name, Kind.CHOICE, defaultValue, "", meaning, choices, Double.NaN, Double.NaN);
  }

  /** Why {@code value} is not a value of this parameter, or null when it is one. */
  public String problem(Object value) {
    return problem(value, kind, choices, min, max, unit);
  }

  private static String problem(Object value, Kind kind, List<String> choices, double min, double max, String unit) {
    return switch (kind) {
      case CHOICE -> value instanceof String s && choices.contains(s) ? null
          : "must be one of " + String.join(", ", choices) + ", not " + value;
      case INTEGER -> value instanceof Long l && l >= min && l <= max ? null
          : "must be a whole number from " + (long) min + " to " + (long) max + ", not " + value;
      case NUMBER -> value instanceof Double d && d >= min && d <= max ? null
          : "must be a number from " + format(min) + " to " + format(max) + (unit.isEmpty() ? "" : " " + unit) + ", not " + value;
    };
  }

  /** The range or choices in words, for messages and {@code limbic models}. */
  public String allowed() {
    return switch (kind) {
      case CHOICE -> String.join(" | ", choices);
      case INTEGER -> (long) min + " to " + (long) max;
      case NUMBER -> format(min) + " to " + format(max) + (unit.isEmpty() ? "" : " " + unit);
    };
  }

  private static String format(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%g", v);
  }
}
