package org.limbic.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The range a parameter's source states for it ("assumed: ...; range tried 0.07-0.17", "range
 * 0.5-0.9", "tried 0.0003-0.004", "chosen in 0.00004-0.0003", or a trailing "; 0.5-2"), in the
 * parameter's own unit. The explorer bounds its sliders by it and the uncertainty analysis samples
 * it. Only those phrasings count: a source also quotes ranges of other quantities ("half-life
 * reported 3-10 min"), and a range read from those would be wrong. A range that does not contain the
 * parameter's value is not taken (the text then states something else).
 *
 * @param lower the lower end (inclusive)
 * @param upper the upper end (inclusive)
 */
public record StatedRange(double lower, double upper) {

  private static final String NUMBER = "(-?\\d+(?:\\.\\d+)?(?:[eE]-?\\d+)?)";
  private static final Pattern PHRASED = Pattern.compile(
      "(?:range tried|range|tried|chosen in)\\s+" + NUMBER + "\\s*(?:-|–|to)\\s*" + NUMBER);
  private static final Pattern TRAILING = Pattern.compile(";\\s*" + NUMBER + "\\s*(?:-|–)\\s*" + NUMBER + "\\s*$");

  public StatedRange {
    if (!(lower <= upper) || !Double.isFinite(lower) || !Double.isFinite(upper)) {
      throw new IllegalArgumentException("a range needs finite lower <= upper, got " + lower + " and " + upper);
    }
  }

  /** The range {@code source} states for a parameter of value {@code value}, if it states one that contains it. */
  public static Optional<StatedRange> of(String source, double value) {
    if (source == null) {
      return Optional.empty();
    }
    for (Pattern p : new Pattern[] {PHRASED, TRAILING}) {
      Matcher m = p.matcher(source);
      while (m.find()) {
        double lo = Double.parseDouble(m.group(1));
        double hi = Double.parseDouble(m.group(2));
        if (lo <= hi && lo <= value && value <= hi) {
          return Optional.of(new StatedRange(lo, hi));
        }
      }
    }
    return Optional.empty();
  }

  public boolean contains(double x) {
    return lower <= x && x <= upper;
  }
}
