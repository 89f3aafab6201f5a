package org.limbic.math;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Depth-limited random expression trees for property tests. Built from a seeded {@link Random} by
 * jqwik, so failures reproduce from the reported seed (trees do not shrink).
 */
final class RandomExprs {

  private static final String[] SYMBOLS = {"x", "y", "k_1", "S2", "e"};
  private static final double[] SPECIAL = {
      0.0, -0.0, 1.0, -1.0, 2.0, 0.5, 1e-300, -2.5e17, Double.MIN_VALUE, Double.MAX_VALUE,
      Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Math.PI};

  /** Unary functions that are smooth on the whole real line. */
  private static final Fn[] SMOOTH_UNARY = {Fn.SIN, Fn.COS, Fn.ATAN, Fn.TANH, Fn.SINH, Fn.COSH, Fn.ASINH, Fn.NEG};

  private static final Fn[] ARITHMETIC = {Fn.PLUS, Fn.MINUS, Fn.TIMES, Fn.DIVIDE, Fn.NEG, Fn.POWER};

  private RandomExprs() {}

  /** Any well-formed tree: every Fn at a legal arity, piecewise, calls, time, special numbers. */
  static Arbitrary<Expr> anyTree(int maxDepth) {
    return Arbitraries.randomValue(r -> any(r, maxDepth));
  }

  /** Trees in x and y that are smooth everywhere (no kinks, poles or domain edges). */
  static Arbitrary<Expr> smooth(int maxDepth) {
    return Arbitraries.randomValue(r -> smooth(r, maxDepth));
  }

  /** Numeric trees in x and y over most Fn, including piecewise and relations, for value checks. */
  static Arbitrary<Expr> numeric(int maxDepth) {
    return Arbitraries.randomValue(r -> numeric(r, maxDepth));
  }

  private static Expr any(Random r, int depth) {
    int pick = depth == 0 ? r.nextInt(3) : r.nextInt(8);
    return switch (pick) {
      case 0 -> new Expr.Num(r.nextBoolean() ? SPECIAL[r.nextInt(SPECIAL.length)] : (r.nextDouble() - 0.5) * 1e3);
      case 1 -> new Expr.Sym(SYMBOLS[r.nextInt(SYMBOLS.length)]);
      case 2 -> Expr.Time.INSTANCE;
      case 3 -> {
        int n = r.nextInt(3);
        List<Expr> values = new ArrayList<>();
        List<Expr> conditions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          values.add(any(r, depth - 1));
          conditions.add(any(r, depth - 1));
        }
        Expr otherwise = r.nextBoolean() ? new Expr.Num(Double.NaN) : any(r, depth - 1);
        yield new Expr.Piecewise(values, conditions, otherwise);
      }
      case 4 -> new Expr.Call(r.nextBoolean() ? "f" : "g2", children(r, depth, r.nextInt(3), RandomExprs::any));
      default -> {
        Fn fn = Fn.values()[r.nextInt(Fn.values().length)];
        yield new Expr.Apply(fn, children(r, depth, arity(r, fn, 3), RandomExprs::any));
      }
    };
  }

  private static Expr smooth(Random r, int depth) {
    int pick = depth == 0 ? r.nextInt(3) : r.nextInt(10);
    return switch (pick) {
      case 0 -> new Expr.Num(Math.round((r.nextDouble() * 4 - 2) * 4) / 4.0);
      case 1 -> new Expr.Sym("x");
      case 2 -> new Expr.Sym("y");
      case 3 -> new Expr.Apply(Fn.PLUS, children(r, depth, 2 + r.nextInt(2), RandomExprs::smooth));
      case 4 -> new Expr.Apply(Fn.TIMES, children(r, depth, 2 + r.nextInt(2), RandomExprs::smooth));
      case 5 -> new Expr.Apply(Fn.MINUS, children(r, depth, 2, RandomExprs::smooth));
      // a / (1 + b^2): a quotient whose denominator never vanishes
      case 6 -> Expr.apply(Fn.DIVIDE, smooth(r, depth - 1),
          Expr.apply(Fn.PLUS, Expr.num(1), Expr.apply(Fn.POWER, smooth(r, depth - 1), Expr.num(2))));
      // ln, sqrt and a real power of 1 + b^2 > 0
      case 7 -> {
        Expr positive = Expr.apply(Fn.PLUS, Expr.num(1), Expr.apply(Fn.POWER, smooth(r, depth - 1), Expr.num(2)));
        yield switch (r.nextInt(4)) {
          case 0 -> Expr.apply(Fn.LN, positive);
          case 1 -> Expr.apply(Fn.SQRT, positive);
          case 2 -> Expr.apply(Fn.POWER, positive, smooth(r, depth - 1));
          default -> Expr.apply(Fn.LOG, Expr.num(3), positive);
        };
      }
      case 8 -> Expr.apply(Fn.POWER, smooth(r, depth - 1), Expr.num(r.nextInt(4)));
      default -> Expr.apply(r.nextInt(5) == 0 ? Fn.EXP : SMOOTH_UNARY[r.nextInt(SMOOTH_UNARY.length)],
          r.nextInt(5) == 0 ? Expr.apply(Fn.SIN, smooth(r, depth - 1)) : smooth(r, depth - 1));
    };
  }

  private static Expr numeric(Random r, int depth) {
    if (depth == 0 || r.nextInt(4) == 0) {
      return switch (r.nextInt(4)) {
        case 0 -> new Expr.Num(r.nextInt(4) - 1);
        case 1 -> new Expr.Num(Math.round((r.nextDouble() * 6 - 3) * 4) / 4.0);
        case 2 -> new Expr.Sym("x");
        default -> new Expr.Sym("y");
      };
    }
    if (r.nextInt(8) == 0) {
      return new Expr.Piecewise(List.of(numeric(r, depth - 1)), List.of(numeric(r, depth - 1)), numeric(r, depth - 1));
    }
    // half the operators arithmetic, so that the identities of Simplifier get exercised often
    Fn fn = r.nextBoolean() ? ARITHMETIC[r.nextInt(ARITHMETIC.length)] : Fn.values()[r.nextInt(Fn.values().length)];
    return new Expr.Apply(fn, children(r, depth, arity(r, fn, 2), RandomExprs::numeric));
  }

  /** The smallest arity {@code fn} accepts, plus up to {@code extra} more if it is variadic. */
  private static int arity(Random r, Fn fn, int extra) {
    int n = 0;
    while (!fn.acceptsArity(n)) {
      n++;
    }
    return fn.acceptsArity(n + 1) ? n + r.nextInt(extra + 1) : n;
  }

  private interface Generator {
    Expr make(Random r, int depth);
  }

  private static List<Expr> children(Random r, int depth, int n, Generator g) {
    List<Expr> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(g.make(r, depth - 1));
    }
    return out;
  }
}
