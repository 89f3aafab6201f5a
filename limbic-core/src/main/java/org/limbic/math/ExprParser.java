package org.limbic.math;

import java.util.ArrayList;
import java.util.List;
import org.limbic.math.InfixLexer.Kind;
import org.limbic.math.InfixLexer.Token;

/**
 * Reads infix text (the syntax of libSBML's Level 3 formula parser, which modellers already know)
 * into an {@link Expr}. Precedence, lowest first:
 *
 * <pre>
 *   ||  or            n-ary: a || b || c is one OR of three arguments
 *   &amp;&amp;  and           n-ary
 *   ==  !=            binary, left associative
 *   &lt;  &lt;=  &gt;  &gt;=        binary, left associative
 *   +  -              a + b + c is one PLUS; - is binary and left associative
 *   *  /              a * b * c is one TIMES; / is binary and left associative
 *   -  +  !  not      prefix
 *   ^                 right associative, tighter than a prefix on its left: -2^2 = -(2^2)
 * </pre>
 *
 * Parentheses end an n-ary chain, so {@code (a + b) + c} is PLUS(PLUS(a, b), c): the printer
 * relies on this to round-trip any tree. A minus sign directly before a number literal or
 * {@code INF} (not followed by {@code ^}) reads as a negative constant: {@code -2} is Num(-2), while
 * {@code -(2)} is NEG(Num(2)).
 *
 * <p>Functions: every MathML name of {@link Fn} (exp, ln, log10, sqrt, root(n, x), sin ... acoth,
 * min, max, quotient, rem, xor, implies, and plus, times, eq, lt, ... for the operators), {@code
 * pow(a, b)}, {@code log(b, x)}, and {@code log(x)} meaning the <em>natural</em> logarithm (as in
 * libSBML's Level 3 parser by default). {@code piecewise(v1, c1, ..., [otherwise])} with a missing
 * otherwise reads as NaN. Any other name followed by {@code (} is a user function {@link Expr.Call}.
 * Constants: pi, exponentiale, true, false, INF/inf/infinity, NaN/nan/notanumber; {@code time} is
 * simulation time.
 */
public final class ExprParser {

  private final List<Token> tokens;
  private int pos;

  private ExprParser(String text) {
    this.tokens = InfixLexer.tokens(text);
  }

  /**
   * Whether {@code name} reads back from infix text as a symbol: an identifier that is not a
   * keyword ({@code time}, {@code pi}, {@code true}, {@code inf}, ...). Ids of models written as
   * text must be such names, or their expressions would silently mean something else.
   */
  public static boolean isSymbolName(String name) {
    return InfixNames.isSymbolName(name);
  }

  /** Whether a call of {@code name(...)} reads back as a user function (not a built-in such as exp). */
  public static boolean isUserFunctionName(String name) {
    return InfixNames.isUserFunctionName(name);
  }

  /** Parses {@code text}; throws {@link ExprParseException} naming line and column of the first error. */
  public static Expr parse(String text) {
    ExprParser p = new ExprParser(text);
    Expr e = p.or();
    Token t = p.peek();
    if (t.kind() != Kind.END) {
      throw error(t, "expected an operator or end of input but found " + t.describe());
    }
    return e;
  }

  private Expr or() {
    return chain(Fn.OR, "||", this::and);
  }

  private Expr and() {
    return chain(Fn.AND, "&&", this::equality);
  }

  private Expr chain(Fn fn, String op, Operand operand) {
    List<Expr> args = new ArrayList<>();
    args.add(operand.parse());
    while (peek().is(op)) {
      pos++;
      args.add(operand.parse());
    }
    return args.size() == 1 ? args.getFirst() : new Expr.Apply(fn, args);
  }

  private Expr equality() {
    Expr left = relation();
    while (true) {
      Fn fn = peek().is("==") ? Fn.EQ : peek().is("!=") ? Fn.NEQ : null;
      if (fn == null) {
        return left;
      }
      pos++;
      left = new Expr.Apply(fn, left, relation());
    }
  }

  /**
   * A comparison or a chain of them, read as mathematics reads it: {@code 0 < x < 1} is
   * {@code lt(0, x, 1)} (MathML's n-ary relation), not {@code (0 < x) < 1}; a chain mixing
   * relations ({@code a < b <= c}) is the conjunction of its links.
   */
  private Expr relation() {
    List<Expr> operands = new ArrayList<>();
    List<Fn> relations = new ArrayList<>();
    operands.add(additive());
    while (true) {
      Token t = peek();
      Fn fn = t.is("<") ? Fn.LT : t.is("<=") ? Fn.LEQ : t.is(">") ? Fn.GT : t.is(">=") ? Fn.GEQ : null;
      if (fn == null) {
        break;
      }
      pos++;
      relations.add(fn);
      operands.add(additive());
    }
    if (relations.isEmpty()) {
      return operands.getFirst();
    }
    if (relations.stream().distinct().count() == 1) {
      return new Expr.Apply(relations.getFirst(), operands);
    }
    List<Expr> links = new ArrayList<>();
    for (int i = 0; i < relations.size(); i++) {
      links.add(new Expr.Apply(relations.get(i), operands.get(i), operands.get(i + 1)));
    }
    return new Expr.Apply(Fn.AND, links);
  }

  private Expr additive() {
    return chainWithInverse(Fn.PLUS, "+", Fn.MINUS, "-", this::multiplicative);
  }

  private Expr multiplicative() {
    return chainWithInverse(Fn.TIMES, "*", Fn.DIVIDE, "/", this::unary);
  }

  /** An n-ary chain of {@code fn} broken by the binary, left associative {@code inverse}. */
  private Expr chainWithInverse(Fn fn, String op, Fn inverse, String inverseOp, Operand operand) {
    List<Expr> args = new ArrayList<>();
    args.add(operand.parse());
    while (true) {
      if (peek().is(op)) {
        pos++;
        args.add(operand.parse());
      } else if (peek().is(inverseOp)) {
        pos++;
        Expr left = args.size() == 1 ? args.getFirst() : new Expr.Apply(fn, args);
        args = new ArrayList<>(List.of(new Expr.Apply(inverse, left, operand.parse())));
      } else {
        return args.size() == 1 ? args.getFirst() : new Expr.Apply(fn, args);
      }
    }
  }

  private Expr unary() {
    Token t = peek();
    if (t.is("-")) {
      pos++;
      Double literal = negatableLiteral();
      return literal != null ? new Expr.Num(-literal) : new Expr.Apply(Fn.NEG, unary());
    }
    if (t.is("+")) {
      pos++;
      return unary();
    }
    if (t.is("!")) {
      pos++;
      return new Expr.Apply(Fn.NOT, unary());
    }
    return power();
  }

  /** After a prefix minus: the value of a number literal or INF that is not a base of ^, consumed. */
  private Double negatableLiteral() {
    Token t = peek();
    if (peekAt(1).is("^")) {
      return null;
    }
    Double value = null;
    if (t.kind() == Kind.NUMBER) {
      value = Double.parseDouble(t.text());
    } else if (t.kind() == Kind.IDENTIFIER && !peekAt(1).is("(")) {
      Double c = InfixNames.constant(t.text());
      value = c != null && c == Double.POSITIVE_INFINITY ? c : null;
    }
    if (value != null) {
      pos++;
    }
    return value;
  }

  private Expr power() {
    Expr base = primary();
    if (peek().is("^")) {
      pos++;
      return new Expr.Apply(Fn.POWER, base, unary());
    }
    return base;
  }

  private Expr primary() {
    Token t = peek();
    if (t.kind() == Kind.NUMBER) {
      pos++;
      return new Expr.Num(Double.parseDouble(t.text()));
    }
    if (t.is("(")) {
      pos++;
      Expr inner = or();
      expect(")", "expected ')' to close '(' at " + t.line() + ":" + t.column());
      return inner;
    }
    if (t.kind() == Kind.IDENTIFIER || (t.kind() == Kind.OPERATOR && isOperatorWordCall(t))) {
      pos++;
      if (peek().is("(")) {
        return call(t);
      }
      if (t.text().equals(InfixNames.TIME)) {
        return Expr.Time.INSTANCE;
      }
      Double c = InfixNames.constant(t.text());
      return c != null ? new Expr.Num(c) : new Expr.Sym(t.text());
    }
    throw error(t, "expected an operand but found " + t.describe());
  }

  /** {@code and(...)} and {@code or(...)} in operand position are function calls, not operators. */
  private boolean isOperatorWordCall(Token t) {
    return (t.text().equals("and") || t.text().equals("or")) && peekAt(1).is("(");
  }

  private Expr call(Token name) {
    pos++; // (
    List<Expr> args = new ArrayList<>();
    if (!peek().is(")")) {
      args.add(or());
      while (peek().is(",")) {
        pos++;
        args.add(or());
      }
    }
    expect(")", "expected ')' after arguments of '" + name.text() + "'");
    String n = name.text();
    if (n.equals("piecewise")) {
      return piecewise(args);
    }
    if (n.equals(InfixNames.LOG)) {
      if (args.size() == 1) {
        return new Expr.Apply(Fn.LN, args);
      }
      return builtin(name, Fn.LOG, args, "1 or 2");
    }
    Fn fn = InfixNames.function(n);
    if (fn != null) {
      return builtin(name, fn, args, fn.arityText());
    }
    if (InfixNames.constant(n) != null || n.equals(InfixNames.TIME)) {
      throw error(name, "'" + n + "' is a constant, not a function");
    }
    return new Expr.Call(n, args);
  }

  private static Expr builtin(Token name, Fn fn, List<Expr> args, String arity) {
    if (!fn.acceptsArity(args.size())) {
      throw error(name, "'" + name.text() + "' takes " + arity + " argument(s), got " + args.size());
    }
    return new Expr.Apply(fn, args);
  }

  private static Expr piecewise(List<Expr> args) {
    List<Expr> values = new ArrayList<>();
    List<Expr> conditions = new ArrayList<>();
    for (int i = 0; i + 1 < args.size(); i += 2) {
      values.add(args.get(i));
      conditions.add(args.get(i + 1));
    }
    Expr otherwise = args.size() % 2 == 1 ? args.getLast() : new Expr.Num(Double.NaN);
    return new Expr.Piecewise(values, conditions, otherwise);
  }

  private void expect(String op, String what) {
    Token t = peek();
    if (!t.is(op)) {
      throw error(t, what + " but found " + t.describe());
    }
    pos++;
  }

  private Token peek() {
    return tokens.get(pos);
  }

  private Token peekAt(int ahead) {
    return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
  }

  private static ExprParseException error(Token t, String problem) {
    return new ExprParseException(t.line(), t.column(), problem);
  }

  @FunctionalInterface
  private interface Operand {
    Expr parse();
  }
}
