package org.limbic.math;

/**
 * The built-in operators and functions of {@link Expr.Apply}, with their arities and whether they
 * yield a boolean (1.0/0.0) or a number. Names follow MathML/SBML so that SBML maps one to one.
 */
public enum Fn {
  // arithmetic
  PLUS("+", 0, -1, false), MINUS("-", 2, 2, false), TIMES("*", 0, -1, false), DIVIDE("/", 2, 2, false),
  NEG("-", 1, 1, false), POWER("^", 2, 2, false),
  // elementary functions
  EXP("exp", 1, 1, false), LN("ln", 1, 1, false), LOG10("log10", 1, 1, false),
  /** log(base, x). */
  LOG("log", 2, 2, false), SQRT("sqrt", 1, 1, false),
  /** root(degree, x). */
  ROOT("root", 2, 2, false),
  ABS("abs", 1, 1, false), FLOOR("floor", 1, 1, false), CEIL("ceil", 1, 1, false), FACTORIAL("factorial", 1, 1, false),
  SIN("sin", 1, 1, false), COS("cos", 1, 1, false), TAN("tan", 1, 1, false),
  SEC("sec", 1, 1, false), CSC("csc", 1, 1, false), COT("cot", 1, 1, false),
  ASIN("asin", 1, 1, false), ACOS("acos", 1, 1, false), ATAN("atan", 1, 1, false),
  ASEC("asec", 1, 1, false), ACSC("acsc", 1, 1, false), ACOT("acot", 1, 1, false),
  SINH("sinh", 1, 1, false), COSH("cosh", 1, 1, false), TANH("tanh", 1, 1, false),
  SECH("sech", 1, 1, false), CSCH("csch", 1, 1, false), COTH("coth", 1, 1, false),
  ASINH("asinh", 1, 1, false), ACOSH("acosh", 1, 1, false), ATANH("atanh", 1, 1, false),
  ASECH("asech", 1, 1, false), ACSCH("acsch", 1, 1, false), ACOTH("acoth", 1, 1, false),
  MIN("min", 1, -1, false), MAX("max", 1, -1, false),
  /** quotient(a, b): floor of a/b (MathML). */
  QUOTIENT("quotient", 2, 2, false),
  /** rem(a, b): a - b*trunc(a/b), the sign of a (MathML). */
  REM("rem", 2, 2, false),
  // relations (boolean results)
  EQ("==", 2, -1, true), NEQ("!=", 2, 2, true), LT("<", 2, -1, true), LEQ("<=", 2, -1, true),
  GT(">", 2, -1, true), GEQ(">=", 2, -1, true),
  // logic (boolean results)
  AND("&&", 0, -1, true), OR("||", 0, -1, true), XOR("xor", 0, -1, true), NOT("!", 1, 1, true),
  IMPLIES("implies", 2, 2, true),
  /**
   * delay(x, d): the value x had at time t - d (SBML's delay csymbol); before the start, x's initial
   * value. Compiled code reads the past from the simulation's history ({@code org.limbic.compile.DelayHistory}).
   */
  DELAY("delay", 2, 2, false);

  private final String symbol;
  private final int minArgs;
  private final int maxArgs;
  private final boolean booleanResult;

  Fn(String symbol, int minArgs, int maxArgs, boolean booleanResult) {
    this.symbol = symbol;
    this.minArgs = minArgs;
    this.maxArgs = maxArgs;
    this.booleanResult = booleanResult;
  }

  /** The operator or function name as written in infix text. */
  public String symbol() {
    return symbol;
  }

  /** True for relations and logic, whose value is 1.0 or 0.0. */
  public boolean isBoolean() {
    return booleanResult;
  }

  public boolean acceptsArity(int n) {
    return n >= minArgs && (maxArgs < 0 || n <= maxArgs);
  }

  public String arityText() {
    if (maxArgs < 0) {
      return minArgs + " or more";
    }
    return minArgs == maxArgs ? Integer.toString(minArgs) : minArgs + " to " + maxArgs;
  }
}
