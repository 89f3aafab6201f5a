package org.limbic.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.limbic.math.Expr;
import org.limbic.math.SymbolCollector;

/** The tree walks the compiler needs: replace symbols by a function of their name, list the slots read, detect time. */
final class Rewriting {

  private Rewriting() {
  }

  /** Replaces every symbol by {@code replacement.apply(name)}; everything else is rebuilt as is. */
  static Expr substitute(Expr e, Function<String, Expr> replacement) {
    return switch (e) {
      case Expr.Sym s -> replacement.apply(s.name());
      case Expr.Num n -> n;
      case Expr.Time t -> t;
      case Expr.Apply a -> new Expr.Apply(a.fn(), map(a.args(), replacement));
      case Expr.Piecewise p -> new Expr.Piecewise(map(p.values(), replacement), map(p.conditions(), replacement),
          substitute(p.otherwise(), replacement));
      case Expr.Call c -> new Expr.Call(c.function(), map(c.args(), replacement));
    };
  }

  private static List<Expr> map(List<Expr> args, Function<String, Expr> replacement) {
    List<Expr> out = new ArrayList<>(args.size());
    for (Expr a : args) {
      out.add(substitute(a, replacement));
    }
    return out;
  }

  /** Adds the slot names ({@code $y0}, ...) that a lowered expression reads. */
  static void slotsRead(Expr e, Set<String> out) {
    for (String name : SymbolCollector.symbols(e)) {
      if (Slots.isSlot(name)) {
        out.add(name);
      }
    }
  }

  /** True if the expression reads time. */
  static boolean readsTime(Expr e) {
    return switch (e) {
      case Expr.Time t -> true;
      case Expr.Apply a -> a.args().stream().anyMatch(Rewriting::readsTime);
      case Expr.Piecewise p -> p.values().stream().anyMatch(Rewriting::readsTime)
          || p.conditions().stream().anyMatch(Rewriting::readsTime) || readsTime(p.otherwise());
      case Expr.Call c -> c.args().stream().anyMatch(Rewriting::readsTime);
      default -> false;
    };
  }
}
