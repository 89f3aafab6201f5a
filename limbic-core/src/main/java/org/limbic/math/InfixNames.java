package org.limbic.math;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The words of Limbic's infix syntax, shared by {@link ExprParser} and {@link ExprPrinter} so that
 * what one writes the other reads. Function names are the MathML/SBML names of {@link Fn} (as
 * libSBML's Level 3 infix parser accepts them), plus {@code pow}.
 */
final class InfixNames {

  /** Reads as {@link Expr.Time}. */
  static final String TIME = "time";

  /** Written for the printer's positive infinity; {@code inf} and {@code infinity} also read. */
  static final String INFINITY = "INF";

  static final String NAN = "NaN";

  /** Word constants and their values; {@code e} alone is an ordinary symbol (a common SBML id). */
  private static final Map<String, Double> CONSTANTS = Map.ofEntries(
      Map.entry("pi", Math.PI), Map.entry("exponentiale", Math.E),
      Map.entry("true", 1.0), Map.entry("false", 0.0),
      Map.entry("INF", Double.POSITIVE_INFINITY), Map.entry("inf", Double.POSITIVE_INFINITY),
      Map.entry("infinity", Double.POSITIVE_INFINITY),
      Map.entry("NaN", Double.NaN), Map.entry("nan", Double.NaN), Map.entry("notanumber", Double.NaN));

  /** Words that are operators: {@code or}, {@code and}, {@code not}. */
  static final Set<String> OPERATOR_WORDS = Set.of("or", "and", "not");

  /** {@code log} reads as LN with one argument and LOG with two, so it is not in this table. */
  static final String LOG = "log";

  private static final Map<String, Fn> FUNCTIONS = functions();

  private InfixNames() {}

  private static Map<String, Fn> functions() {
    Map<String, Fn> m = new HashMap<>();
    Arrays.stream(Fn.values())
        .filter(fn -> fn.symbol().chars().allMatch(Character::isLetterOrDigit))
        .filter(fn -> fn != Fn.LOG)
        .forEach(fn -> m.put(fn.symbol(), fn));
    m.put("pow", Fn.POWER);
    m.put("power", Fn.POWER);
    m.put("plus", Fn.PLUS);
    m.put("minus", Fn.MINUS);
    m.put("times", Fn.TIMES);
    m.put("divide", Fn.DIVIDE);
    m.put("eq", Fn.EQ);
    m.put("neq", Fn.NEQ);
    m.put("lt", Fn.LT);
    m.put("leq", Fn.LEQ);
    m.put("gt", Fn.GT);
    m.put("geq", Fn.GEQ);
    m.put("and", Fn.AND);
    m.put("or", Fn.OR);
    m.put("not", Fn.NOT);
    return Map.copyOf(m);
  }

  /** The built-in a function name calls, or null when it names a user function. */
  static Fn function(String name) {
    return FUNCTIONS.get(name);
  }

  static boolean isFunction(String name) {
    return FUNCTIONS.containsKey(name) || name.equals(LOG) || name.equals("piecewise");
  }

  /** The value of a word constant, or null when the word is not one. */
  static Double constant(String word) {
    return CONSTANTS.get(word);
  }

  /** The name under which the printer writes {@code fn} in function form. */
  static String functionName(Fn fn) {
    return switch (fn) {
      case PLUS -> "plus";
      case TIMES -> "times";
      case MINUS -> "minus";
      case DIVIDE -> "divide";
      case POWER -> "pow";
      case EQ -> "eq";
      case NEQ -> "neq";
      case LT -> "lt";
      case LEQ -> "leq";
      case GT -> "gt";
      case GEQ -> "geq";
      case AND -> "and";
      case OR -> "or";
      case NOT -> "not";
      default -> fn.symbol();
    };
  }

  /** Whether {@code name} can be written as a symbol: an identifier that is not a keyword. */
  static boolean isSymbolName(String name) {
    return isIdentifier(name) && !name.equals(TIME) && !CONSTANTS.containsKey(name) && !OPERATOR_WORDS.contains(name);
  }

  /** Whether a call of {@code name} reads back as a user function call. */
  static boolean isUserFunctionName(String name) {
    return isSymbolName(name) && !isFunction(name);
  }

  static boolean isIdentifier(String s) {
    if (s.isEmpty() || !isIdentifierStart(s.charAt(0))) {
      return false;
    }
    return s.chars().allMatch(c -> isIdentifierPart((char) c));
  }

  static boolean isIdentifierStart(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
  }

  static boolean isIdentifierPart(char c) {
    return isIdentifierStart(c) || (c >= '0' && c <= '9');
  }
}
