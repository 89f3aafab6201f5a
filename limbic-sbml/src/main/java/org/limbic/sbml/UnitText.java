package org.limbic.sbml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sbml.jsbml.Unit;

/**
 * Limbic's unit text ({@code "1/min"}, {@code "pM"}, {@code "nM/h"}, {@code "1/(nM*min)"}, {@code "L"})
 * read as SBML unit factors: kind × (multiplier · 10^scale)^exponent (SBML L3V2 section 4.4).
 *
 * <p>Grammar: a product of terms separated by {@code *}, {@code ·} or spaces, each optionally raised
 * to an integer power with {@code ^}, followed by any number of {@code / divisor}, where a divisor is
 * a term or a parenthesised product; {@code 1} is the empty product. Text outside it (SBML unit
 * ids of an imported model, "a.u.", "cells/mL blood") does not parse: the exporter then leaves the
 * unit off and keeps the text in the element's notes.
 */
final class UnitText {

  /** One SBML unit: kind × (multiplier · 10^scale)^exponent. */
  record Factor(Unit.Kind kind, double exponent, int scale, double multiplier) {
    Factor power(double p) {
      return new Factor(kind, exponent * p, scale, multiplier);
    }
  }

  private static final Map<String, Integer> PREFIXES = Map.of("", 0, "m", -3, "u", -6, "µ", -6, "n", -9, "p", -12, "f", -15, "k", 3);
  private static final Map<String, Factor> TIMES = Map.of(
      "s", new Factor(Unit.Kind.SECOND, 1, 0, 1), "sec", new Factor(Unit.Kind.SECOND, 1, 0, 1),
      "min", new Factor(Unit.Kind.SECOND, 1, 0, 60), "h", new Factor(Unit.Kind.SECOND, 1, 0, 3600),
      "hr", new Factor(Unit.Kind.SECOND, 1, 0, 3600), "day", new Factor(Unit.Kind.SECOND, 1, 0, 86400),
      "d", new Factor(Unit.Kind.SECOND, 1, 0, 86400));

  private final String text;
  private int pos;

  private UnitText(String text) {
    this.text = text;
  }

  /** The factors {@code text} denotes, or empty when it is not unit text this grammar reads. */
  static Optional<List<Factor>> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    UnitText p = new UnitText(text.strip());
    try {
      List<Factor> factors = p.quotient();
      return p.pos == p.text.length() ? Optional.of(factors) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** True when every factor measures substance (mole, item, gram, dimensionless): valid as a species' units. */
  static boolean isSubstance(List<Factor> factors) {
    return factors.stream().allMatch(f -> f.exponent() == 1 && (f.kind() == Unit.Kind.MOLE || f.kind() == Unit.Kind.ITEM
        || f.kind() == Unit.Kind.GRAM || f.kind() == Unit.Kind.DIMENSIONLESS)) && !factors.isEmpty();
  }

  private List<Factor> quotient() {
    List<Factor> factors = new ArrayList<>(product());
    while (peek() == '/') {
      pos++;
      skipSpaces();
      List<Factor> divisor;
      if (peek() == '(') {
        pos++;
        divisor = product();
        expect(')');
      } else {
        divisor = term();
      }
      divisor.forEach(f -> factors.add(f.power(-1)));
    }
    return factors;
  }

  private List<Factor> product() {
    List<Factor> factors = new ArrayList<>(term());
    while (true) {
      int mark = pos;
      skipSpaces();
      if (peek() == '*' || peek() == '·') {
        pos++;
        skipSpaces();
        factors.addAll(term());
      } else if (pos > mark && Character.isLetter(peek())) {
        factors.addAll(term());
      } else {
        pos = mark;
        return factors;
      }
    }
  }

  private List<Factor> term() {
    skipSpaces();
    int start = pos;
    while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == 'µ')) {
      pos++;
    }
    String word = text.substring(start, pos);
    if (word.isEmpty()) {
      throw new IllegalArgumentException("expected a unit at " + start);
    }
    List<Factor> base = word.equals("1") ? List.of() : unit(word);
    if (peek() == '^') {
      pos++;
      int expStart = pos;
      if (peek() == '-' || peek() == '+') {
        pos++;
      }
      while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
        pos++;
      }
      int exponent = Integer.parseInt(text.substring(expStart, pos));
      return base.stream().map(f -> f.power(exponent)).toList();
    }
    return base;
  }

  private static List<Factor> unit(String word) {
    if (TIMES.containsKey(word)) {
      return List.of(TIMES.get(word));
    }
    if (word.equals("dimensionless")) {
      return List.of(new Factor(Unit.Kind.DIMENSIONLESS, 1, 0, 1));
    }
    for (Map.Entry<String, Integer> prefix : PREFIXES.entrySet()) {
      if (!word.startsWith(prefix.getKey())) {
        continue;
      }
      String rest = word.substring(prefix.getKey().length());
      int scale = prefix.getValue();
      switch (rest) {
        case "L", "l" -> {
          return List.of(new Factor(Unit.Kind.LITRE, 1, scale, 1));
        }
        case "mol" -> {
          return List.of(new Factor(Unit.Kind.MOLE, 1, scale, 1));
        }
        case "g" -> {
          return List.of(new Factor(Unit.Kind.GRAM, 1, scale, 1));
        }
        case "M" -> {
          return List.of(new Factor(Unit.Kind.MOLE, 1, scale, 1), new Factor(Unit.Kind.LITRE, -1, 0, 1)); // molar: mol/L
        }
        default -> {
        }
      }
    }
    throw new IllegalArgumentException("unknown unit '" + word + "'");
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private void expect(char c) {
    skipSpaces();
    if (peek() != c) {
      throw new IllegalArgumentException("expected '" + c + "' at " + pos);
    }
    pos++;
  }

  private void skipSpaces() {
    while (peek() == ' ') {
      pos++;
    }
  }
}
