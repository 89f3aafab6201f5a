package org.limbic.math;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes an {@link Expr} as infix text that {@link ExprParser} reads back to an equal tree, with
 * only the parentheses that the tree needs. Numbers are written exactly ({@link Double#toString}
 * round-trips every double; integral values below 1e15 without the ".0"); NaN and infinities as
 * {@code NaN} and {@code INF}.
 *
 * <p>Operators that have no infix form at their arity use their function names: {@code plus()},
 * {@code times(x)}, {@code and()}, {@code lt(a, b, c)}, {@code eq(a, b, c)}.
 */
public final class ExprPrinter {

  private static final int OR = 1;
  private static final int AND = 2;
  private static final int EQUALITY = 3;
  private static final int RELATION = 4;
  private static final int ADDITIVE = 5;
  private static final int MULTIPLICATIVE = 6;
  private static final int PREFIX = 7;
  private static final int POWER = 8;
  private static final int PRIMARY = 9;

  /** Integral values below this print without ".0"; every such long converts to double exactly. */
  private static final double INTEGER_LIMIT = 1e15;

  private ExprPrinter() {}

  /**
   * The infix text of {@code e}; throws IllegalArgumentException for a symbol or user function
   * whose name the parser would read as something else (a keyword such as {@code time}, or a
   * built-in function name).
   */
  public static String print(Expr e) {
    return switch (e) {
      case Expr.Num n -> number(n.value());
      case Expr.Sym s -> {
        if (!InfixNames.isSymbolName(s.name())) {
          throw new IllegalArgumentException("symbol '" + s.name() + "' cannot be written in infix text: it is not an identifier or is a keyword");
        }
        yield s.name();
      }
      case Expr.Time t -> InfixNames.TIME;
      case Expr.Apply a -> apply(a);
      case Expr.Piecewise p -> piecewise(p);
      case Expr.Call c -> {
        if (!InfixNames.isUserFunctionName(c.function())) {
          throw new IllegalArgumentException("user function '" + c.function() + "' cannot be written in infix text: its name is a keyword or built-in");
        }
        yield call(c.function(), c.args());
      }
    };
  }

  private static String number(double v) {
    if (Double.isNaN(v)) {
      return InfixNames.NAN;
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? InfixNames.INFINITY : "-" + InfixNames.INFINITY;
    }
    boolean negativeZero = v == 0.0 && Math.copySign(1.0, v) < 0;
    if (v == Math.rint(v) && Math.abs(v) < INTEGER_LIMIT && !negativeZero) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }

  private static String apply(Expr.Apply a) {
    List<Expr> x = a.args();
    return switch (a.fn()) {
      case PLUS -> x.size() < 2 ? call(a) : nary(x, " + ", Fn.PLUS, ADDITIVE);
      case TIMES -> x.size() < 2 ? call(a) : nary(x, " * ", Fn.TIMES, MULTIPLICATIVE);
      case OR -> x.size() < 2 ? call(a) : nary(x, " || ", null, OR);
      case AND -> x.size() < 2 ? call(a) : nary(x, " && ", null, AND);
      case EQ -> x.size() != 2 ? call(a) : binary(x, " == ", EQUALITY);
      case NEQ -> binary(x, " != ", EQUALITY);
      case LT -> x.size() != 2 ? call(a) : relation(x, " < ", RELATION);
      case LEQ -> x.size() != 2 ? call(a) : relation(x, " <= ", RELATION);
      case GT -> x.size() != 2 ? call(a) : relation(x, " > ", RELATION);
      case GEQ -> x.size() != 2 ? call(a) : relation(x, " >= ", RELATION);
      case MINUS -> binary(x, " - ", ADDITIVE);
      case DIVIDE -> binary(x, " / ", MULTIPLICATIVE);
      // a number right after '-' would read as a negative constant, so it keeps its parentheses
      case NEG -> "-" + (x.getFirst() instanceof Expr.Num ? "(" + print(x.getFirst()) + ")" : wrap(x.getFirst(), PREFIX));
      case NOT -> "!" + wrap(x.getFirst(), PREFIX);
      case POWER -> wrap(x.get(0), PRIMARY) + "^" + wrap(x.get(1), PREFIX);
      default -> call(a);
    };
  }

  /**
   * An n-ary chain. Its first argument may be the chain's own left-associative inverse (a - b + c)
   * but not the same operator, which the parser would merge into this chain.
   */
  private static String nary(List<Expr> args, String op, Fn self, int level) {
    StringBuilder sb = new StringBuilder();
    Expr first = args.getFirst();
    boolean sameChain = self != null && first instanceof Expr.Apply a && a.fn() == self;
    sb.append(sameChain ? "(" + print(first) + ")" : wrap(first, self != null ? level : level + 1));
    for (int i = 1; i < args.size(); i++) {
      sb.append(op).append(wrap(args.get(i), level + 1));
    }
    return sb.toString();
  }

  /** A comparison: chains read as n-ary relations, so a relation as an operand needs parentheses. */
  private static String relation(List<Expr> args, String op, int level) {
    return wrap(args.get(0), level + 1) + op + wrap(args.get(1), level + 1);
  }

  /** A left-associative binary operator. */
  private static String binary(List<Expr> args, String op, int level) {
    return wrap(args.get(0), level) + op + wrap(args.get(1), level + 1);
  }

  private static String wrap(Expr e, int minimum) {
    String s = print(e);
    return precedence(e) >= minimum ? s : "(" + s + ")";
  }

  private static int precedence(Expr e) {
    return switch (e) {
      case Expr.Num n -> !Double.isNaN(n.value()) && Math.copySign(1.0, n.value()) < 0 ? PREFIX : PRIMARY;
      case Expr.Apply a -> switch (a.fn()) {
        case PLUS -> a.args().size() < 2 ? PRIMARY : ADDITIVE;
        case TIMES -> a.args().size() < 2 ? PRIMARY : MULTIPLICATIVE;
        case OR -> a.args().size() < 2 ? PRIMARY : OR;
        case AND -> a.args().size() < 2 ? PRIMARY : AND;
        case EQ, NEQ -> a.args().size() != 2 ? PRIMARY : EQUALITY;
        case LT, LEQ, GT, GEQ -> a.args().size() != 2 ? PRIMARY : RELATION;
        case MINUS -> ADDITIVE;
        case DIVIDE -> MULTIPLICATIVE;
        case NEG, NOT -> PREFIX;
        case POWER -> POWER;
        default -> PRIMARY;
      };
      default -> PRIMARY;
    };
  }

  private static String call(Expr.Apply a) {
    String name = a.fn() == Fn.LOG ? InfixNames.LOG : InfixNames.functionName(a.fn());
    return call(name, a.args());
  }

  private static String call(String name, List<Expr> args) {
    return args.stream().map(ExprPrinter::print).collect(Collectors.joining(", ", name + "(", ")"));
  }

  private static String piecewise(Expr.Piecewise p) {
    StringBuilder sb = new StringBuilder("piecewise(");
    for (int i = 0; i < p.values().size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(print(p.values().get(i))).append(", ").append(print(p.conditions().get(i)));
    }
    boolean undefinedOtherwise = p.otherwise() instanceof Expr.Num n && Double.isNaN(n.value());
    if (!undefinedOtherwise) {
      sb.append(p.values().isEmpty() ? "" : ", ").append(print(p.otherwise()));
    }
    return sb.append(")").toString();
  }
}
