package org.limbic.compile;

import java.util.ArrayList;
import java.util.List;
import org.limbic.math.Expr;
import org.limbic.math.Fn;

/**
 * A continuous function g whose sign follows a boolean trigger (g > 0 roughly when it holds), so
 * that the simulator can locate the trigger's switching time by root finding on the integrator's
 * dense output: {@code a > b} becomes {@code a - b}, {@code and} a minimum, {@code or} a maximum,
 * {@code not} a negation. Triggers with no continuous measure (equality, xor, a number used as a
 * truth value) map to +1/-1 from the boolean itself: their switch is still found by bisection on
 * the boolean, just without a smooth root.
 */
final class TriggerRoots {

  private TriggerRoots() {
  }

  static Expr of(Expr trigger) {
    if (trigger instanceof Expr.Apply a) {
      switch (a.fn()) {
        case GT, GEQ -> {
          return chain(a.args(), false);
        }
        case LT, LEQ -> {
          return chain(a.args(), true);
        }
        case AND -> {
          return a.args().isEmpty() ? Expr.Num.ONE : new Expr.Apply(Fn.MIN, a.args().stream().map(TriggerRoots::of).toList());
        }
        case OR -> {
          return a.args().isEmpty() ? new Expr.Num(-1) : new Expr.Apply(Fn.MAX, a.args().stream().map(TriggerRoots::of).toList());
        }
        case NOT -> {
          return Expr.apply(Fn.NEG, of(a.arg(0)));
        }
        default -> {
        }
      }
    }
    if (trigger instanceof Expr.Num n) {
      return new Expr.Num(n.value() != 0 ? 1 : -1);
    }
    return signOf(trigger);
  }

  /** For a > b > c: min(a - b, b - c); reversed for a < b < c. */
  private static Expr chain(List<Expr> args, boolean increasing) {
    List<Expr> gaps = new ArrayList<>();
    for (int i = 0; i + 1 < args.size(); i++) {
      Expr left = args.get(i);
      Expr right = args.get(i + 1);
      gaps.add(increasing ? Expr.apply(Fn.MINUS, right, left) : Expr.apply(Fn.MINUS, left, right));
    }
    return gaps.size() == 1 ? gaps.getFirst() : new Expr.Apply(Fn.MIN, gaps);
  }

  private static Expr signOf(Expr condition) {
    return new Expr.Piecewise(List.of(Expr.Num.ONE), List.of(asCondition(condition)), new Expr.Num(-1));
  }

  private static Expr asCondition(Expr e) {
    if (e instanceof Expr.Apply a && a.fn().isBoolean()) {
      return e;
    }
    return Expr.apply(Fn.NEQ, e, Expr.Num.ZERO);
  }
}
