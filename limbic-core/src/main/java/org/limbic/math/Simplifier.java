package org.limbic.math;

import java.util.ArrayList;
import java.util.List;

/**
 * Algebraic clean-up, mainly of {@link Derivative}'s output: constant folding (with the same
 * {@link Functions} the evaluator uses), the identities x+0, x*1, x*0, x-0, 0-x, x/1, x^1, x^0,
 * --x, flattening of nested sums and products, and piecewise pieces whose conditions are constant.
 *
 * <p>The value is unchanged wherever every sub-expression is finite, up to rounding: flattening
 * and merging constants re-associate sums and products, so the last bits may differ. Where a
 * sub-expression is infinite or NaN, x*0 -> 0 and x^0 -> 1 may turn NaN into a number.
 */
public final class Simplifier {

  private Simplifier() {}

  public static Expr simplify(Expr e) {
    return switch (e) {
      case Expr.Num n -> n;
      case Expr.Sym s -> s;
      case Expr.Time t -> t;
      case Expr.Call c -> ExprChildren.map(c, Simplifier::simplify);
      case Expr.Piecewise p -> piecewise(p);
      case Expr.Apply a -> apply(a.fn(), ExprChildren.mapAll(a.args(), Simplifier::simplify));
    };
  }

  private static Expr apply(Fn fn, List<Expr> args) {
    if (fn == Fn.PLUS || fn == Fn.TIMES) {
      args = flatten(fn, args);
    }
    if (args.stream().allMatch(x -> x instanceof Expr.Num)) {
      double[] values = new double[args.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = ((Expr.Num) args.get(i)).value();
      }
      return new Expr.Num(Functions.apply(fn, values));
    }
    return switch (fn) {
      case PLUS -> sum(args);
      case TIMES -> product(args);
      case MINUS -> isConstant(args.get(1), 0) ? args.get(0)
          : isConstant(args.get(0), 0) ? negate(args.get(1))
          : new Expr.Apply(fn, args);
      case NEG -> negate(args.getFirst());
      case DIVIDE -> isConstant(args.get(1), 1) ? args.get(0) : new Expr.Apply(fn, args);
      case POWER -> isConstant(args.get(1), 1) ? args.get(0)
          : isConstant(args.get(1), 0) ? Expr.Num.ONE
          : new Expr.Apply(fn, args);
      default -> new Expr.Apply(fn, args);
    };
  }

  /** -x, folding a constant and cancelling a double negation. */
  static Expr negate(Expr x) {
    if (x instanceof Expr.Num n) {
      return new Expr.Num(-n.value());
    }
    if (x instanceof Expr.Apply a && a.fn() == Fn.NEG) {
      return a.arg(0);
    }
    return new Expr.Apply(Fn.NEG, x);
  }

  private static List<Expr> flatten(Fn fn, List<Expr> args) {
    List<Expr> flat = new ArrayList<>();
    for (Expr x : args) {
      if (x instanceof Expr.Apply a && a.fn() == fn) {
        flat.addAll(a.args());
      } else {
        flat.add(x);
      }
    }
    return flat;
  }

  /** Terms with their constants merged into one, written last (x + 2); a zero constant dropped. */
  private static Expr sum(List<Expr> args) {
    double constant = 0.0;
    List<Expr> terms = new ArrayList<>();
    for (Expr x : args) {
      if (x instanceof Expr.Num n) {
        constant += n.value();
      } else {
        terms.add(x);
      }
    }
    if (constant != 0.0) {
      terms.add(new Expr.Num(constant));
    }
    return terms.size() == 1 ? terms.getFirst() : new Expr.Apply(Fn.PLUS, terms);
  }

  /** Factors with their constants merged into one, written first (2 * x); 1 dropped, 0 absorbing. */
  private static Expr product(List<Expr> args) {
    double constant = 1.0;
    List<Expr> factors = new ArrayList<>();
    for (Expr x : args) {
      if (x instanceof Expr.Num n) {
        constant *= n.value();
      } else {
        factors.add(x);
      }
    }
    if (constant == 0.0) {
      return Expr.Num.ZERO;
    }
    if (constant != 1.0) {
      factors.addFirst(new Expr.Num(constant));
    }
    return factors.size() == 1 ? factors.getFirst() : new Expr.Apply(Fn.TIMES, factors);
  }

  /** Pieces whose condition is constantly false go; the first constantly true one becomes otherwise. */
  private static Expr piecewise(Expr.Piecewise p) {
    List<Expr> values = new ArrayList<>();
    List<Expr> conditions = new ArrayList<>();
    Expr otherwise = null;
    for (int i = 0; i < p.values().size() && otherwise == null; i++) {
      Expr condition = simplify(p.conditions().get(i));
      if (condition instanceof Expr.Num n) {
        if (Functions.holds(n.value())) {
          otherwise = simplify(p.values().get(i));
        }
      } else {
        values.add(simplify(p.values().get(i)));
        conditions.add(condition);
      }
    }
    if (otherwise == null) {
      otherwise = simplify(p.otherwise());
    }
    return values.isEmpty() ? otherwise : new Expr.Piecewise(values, conditions, otherwise);
  }

  private static boolean isConstant(Expr e, double value) {
    return e instanceof Expr.Num n && n.value() == value;
  }
}
