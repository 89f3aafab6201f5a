package org.limbic.math;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Structural access to the sub-expressions of any node, for the tree rewrites of this package. */
final class ExprChildren {

  private ExprChildren() {}

  /** The same node with {@code f} applied to each direct child (the node itself if it has none). */
  static Expr map(Expr e, UnaryOperator<Expr> f) {
    return switch (e) {
      case Expr.Num n -> n;
      case Expr.Sym s -> s;
      case Expr.Time t -> t;
      case Expr.Apply a -> new Expr.Apply(a.fn(), mapAll(a.args(), f));
      case Expr.Piecewise p -> new Expr.Piecewise(mapAll(p.values(), f), mapAll(p.conditions(), f), f.apply(p.otherwise()));
      case Expr.Call c -> new Expr.Call(c.function(), mapAll(c.args(), f));
    };
  }

  static List<Expr> mapAll(List<Expr> xs, UnaryOperator<Expr> f) {
    List<Expr> out = new ArrayList<>(xs.size());
    for (Expr x : xs) {
      out.add(f.apply(x));
    }
    return out;
  }

  /** The direct children in order: arguments; or values, conditions, then otherwise. */
  static List<Expr> of(Expr e) {
    return switch (e) {
      case Expr.Apply a -> a.args();
      case Expr.Call c -> c.args();
      case Expr.Piecewise p -> {
        List<Expr> all = new ArrayList<>(p.values());
        all.addAll(p.conditions());
        all.add(p.otherwise());
        yield all;
      }
      default -> List.of();
    };
  }
}
