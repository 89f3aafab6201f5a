package org.limbic.math;

import java.util.ArrayList;
import java.util.List;

/**
 * Symbolic differentiation with respect to one symbol, for the Jacobians that implicit solvers
 * need and for sensitivities. Rules are the textbook ones (Abramowitz &amp; Stegun 4.4, 4.6) with
 * the chain rule; the result is passed through {@link Simplifier}.
 *
 * <p>Non-smooth functions get their derivative where it exists and a convention at the kinks: abs
 * -> piecewise(u', u &gt; 0, -u', u &lt; 0, 0); floor, ceil, quotient, relations and logic -> 0;
 * min/max -> the derivative of the first argument that attains the extremum; rem(a, b) ->
 * a' - trunc(a/b) b'. Piecewise keeps its conditions and differentiates its pieces (the jumps at
 * the switching points are ignored, as CVODE and libRoadRunner do).
 */
public final class Derivative {

  private static final Expr ZERO = Expr.Num.ZERO;
  private static final Expr ONE = Expr.Num.ONE;
  private static final Expr TWO = new Expr.Num(2.0);

  private final String variable;

  private Derivative(String variable) {
    this.variable = variable;
  }

  /**
   * d e / d variable, simplified. {@link Expr.Time} is not the variable (it is a different node
   * from {@code Sym("time")}). Throws IllegalArgumentException if a user function call remains
   * (inline with {@link FunctionInliner} first) and UnsupportedOperationException for factorial
   * of an expression that depends on the variable (its derivative needs the digamma function).
   */
  public static Expr of(Expr e, String variable) {
    return Simplifier.simplify(new Derivative(variable).d(e));
  }

  private Expr d(Expr e) {
    if (e instanceof Expr.Call c) {
      throw new IllegalArgumentException("cannot differentiate a call of user function '" + c.function()
          + "'; inline it first (FunctionInliner)");
    }
    if (!SymbolCollector.references(e, variable)) {
      return ZERO;
    }
    return switch (e) {
      case Expr.Sym s -> ONE; // references(e, variable) holds, so s is the variable
      case Expr.Piecewise p -> new Expr.Piecewise(ExprChildren.mapAll(p.values(), this::d), p.conditions(), d(p.otherwise()));
      case Expr.Apply a -> apply(a);
      default -> ZERO;
    };
  }

  private Expr apply(Expr.Apply a) {
    List<Expr> x = a.args();
    Expr u = x.getFirst();
    return switch (a.fn()) {
      case PLUS -> new Expr.Apply(Fn.PLUS, ExprChildren.mapAll(x, this::d));
      // the past does not move with the present state: zero in the Jacobian (the delayed feedback is left to the step size)
      case DELAY -> ZERO;
      case MINUS -> minus(d(x.get(0)), d(x.get(1)));
      case NEG -> neg(d(u));
      case TIMES -> productRule(x);
      case DIVIDE -> div(minus(times(d(x.get(0)), x.get(1)), times(x.get(0), d(x.get(1)))), pow(x.get(1), TWO));
      case POWER -> power(x.get(0), x.get(1));
      case EXP -> times(a, d(u));
      case LN -> div(d(u), u);
      case LOG10 -> div(d(u), times(u, fn(Fn.LN, new Expr.Num(10))));
      case LOG -> d(div(fn(Fn.LN, x.get(1)), fn(Fn.LN, x.get(0))));
      case SQRT -> div(d(u), times(TWO, a));
      case ROOT -> d(pow(x.get(1), div(ONE, x.get(0))));
      case ABS -> new Expr.Piecewise(List.of(d(u), neg(d(u))),
          List.of(fn(Fn.GT, u, ZERO), fn(Fn.LT, u, ZERO)), ZERO);
      case FLOOR, CEIL, QUOTIENT -> ZERO;
      case FACTORIAL -> throw new UnsupportedOperationException(
          "cannot differentiate factorial(" + printable(u) + ") with respect to '" + variable
              + "': it is defined only on integers");
      case REM -> minus(d(x.get(0)), times(trunc(div(x.get(0), x.get(1))), d(x.get(1))));
      case SIN -> times(fn(Fn.COS, u), d(u));
      case COS -> neg(times(fn(Fn.SIN, u), d(u)));
      case TAN -> div(d(u), pow(fn(Fn.COS, u), TWO));
      case SEC -> times(a, fn(Fn.TAN, u), d(u));
      case CSC -> neg(times(a, fn(Fn.COT, u), d(u)));
      case COT -> neg(div(d(u), pow(fn(Fn.SIN, u), TWO)));
      case ASIN -> div(d(u), fn(Fn.SQRT, minus(ONE, pow(u, TWO))));
      case ACOS -> neg(div(d(u), fn(Fn.SQRT, minus(ONE, pow(u, TWO)))));
      case ATAN -> div(d(u), plus(ONE, pow(u, TWO)));
      case ASEC -> div(d(u), times(fn(Fn.ABS, u), fn(Fn.SQRT, minus(pow(u, TWO), ONE))));
      case ACSC -> neg(div(d(u), times(fn(Fn.ABS, u), fn(Fn.SQRT, minus(pow(u, TWO), ONE)))));
      case ACOT -> neg(div(d(u), plus(ONE, pow(u, TWO))));
      case SINH -> times(fn(Fn.COSH, u), d(u));
      case COSH -> times(fn(Fn.SINH, u), d(u));
      case TANH -> div(d(u), pow(fn(Fn.COSH, u), TWO));
      case SECH -> neg(times(a, fn(Fn.TANH, u), d(u)));
      case CSCH -> neg(times(a, fn(Fn.COTH, u), d(u)));
      case COTH -> neg(div(d(u), pow(fn(Fn.SINH, u), TWO)));
      case ASINH -> div(d(u), fn(Fn.SQRT, plus(pow(u, TWO), ONE)));
      case ACOSH -> div(d(u), fn(Fn.SQRT, minus(pow(u, TWO), ONE)));
      case ATANH, ACOTH -> div(d(u), minus(ONE, pow(u, TWO)));
      case ASECH -> neg(div(d(u), times(u, fn(Fn.SQRT, minus(ONE, pow(u, TWO))))));
      case ACSCH -> neg(div(d(u), times(fn(Fn.ABS, u), fn(Fn.SQRT, plus(ONE, pow(u, TWO))))));
      case MIN -> extremum(x, Fn.LEQ);
      case MAX -> extremum(x, Fn.GEQ);
      case EQ, NEQ, LT, LEQ, GT, GEQ, AND, OR, XOR, NOT, IMPLIES -> ZERO;
    };
  }

  /** (f1 f2 ... fn)' = sum over i of f1 ... fi' ... fn. */
  private Expr productRule(List<Expr> factors) {
    List<Expr> terms = new ArrayList<>();
    for (int i = 0; i < factors.size(); i++) {
      List<Expr> term = new ArrayList<>(factors);
      term.set(i, d(factors.get(i)));
      terms.add(new Expr.Apply(Fn.TIMES, term));
    }
    return new Expr.Apply(Fn.PLUS, terms);
  }

  /**
   * Constant exponent: b a^(b-1) a'; constant base: a^b ln(a) b'; else a^b (b' ln a + b a'/a).
   * A zero exponent gives 0 outright: a^0 = 1 for every a (Math.pow), but the power rule's
   * 0 a^-1 a' is 0 * inf = NaN where a = 0, and everywhere once the Simplifier has folded a base
   * like x * 0 to the constant 0.
   */
  private Expr power(Expr base, Expr exponent) {
    Expr whole = pow(base, exponent);
    if (Simplifier.simplify(exponent) instanceof Expr.Num n && n.value() == 0.0) {
      return ZERO;
    }
    if (!SymbolCollector.references(exponent, variable)) {
      return times(exponent, pow(base, minus(exponent, ONE)), d(base));
    }
    if (!SymbolCollector.references(base, variable)) {
      return times(whole, fn(Fn.LN, base), d(exponent));
    }
    return times(whole, plus(times(d(exponent), fn(Fn.LN, base)), div(times(exponent, d(base)), base)));
  }

  /** The derivative of the first argument that attains the minimum (LEQ) or maximum (GEQ). */
  private Expr extremum(List<Expr> args, Fn attains) {
    if (args.size() == 1) {
      return d(args.getFirst());
    }
    List<Expr> values = new ArrayList<>();
    List<Expr> conditions = new ArrayList<>();
    for (int i = 0; i + 1 < args.size(); i++) {
      List<Expr> comparisons = new ArrayList<>();
      for (int j = 0; j < args.size(); j++) {
        if (j != i) {
          comparisons.add(fn(attains, args.get(i), args.get(j)));
        }
      }
      values.add(d(args.get(i)));
      conditions.add(new Expr.Apply(Fn.AND, comparisons));
    }
    return new Expr.Piecewise(values, conditions, d(args.getLast()));
  }

  /** trunc(q): floor for q >= 0, ceil below. */
  private static Expr trunc(Expr q) {
    return new Expr.Piecewise(List.of(fn(Fn.FLOOR, q)), List.of(fn(Fn.GEQ, q, ZERO)), fn(Fn.CEIL, q));
  }

  private static Expr fn(Fn fn, Expr... args) {
    return new Expr.Apply(fn, args);
  }

  private static Expr plus(Expr a, Expr b) {
    return fn(Fn.PLUS, a, b);
  }

  private static Expr minus(Expr a, Expr b) {
    return fn(Fn.MINUS, a, b);
  }

  private static Expr times(Expr... factors) {
    return fn(Fn.TIMES, factors);
  }

  private static Expr div(Expr a, Expr b) {
    return fn(Fn.DIVIDE, a, b);
  }

  private static Expr pow(Expr a, Expr b) {
    return fn(Fn.POWER, a, b);
  }

  private static Expr neg(Expr a) {
    return fn(Fn.NEG, a);
  }

  /** Infix text for a message; lowered trees (slot names like $y0) print as their records. */
  private static String printable(Expr e) {
    try {
      return ExprPrinter.print(e);
    } catch (IllegalArgumentException notInfix) {
      return e.toString();
    }
  }
}
