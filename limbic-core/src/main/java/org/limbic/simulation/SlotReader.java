package org.limbic.simulation;

import org.limbic.math.Expr;
import org.limbic.math.Fn;

/**
 * Reads a symbol's value from the arrays of a running simulation, given its lowered read
 * expression from the layout: a slot ({@code $y3}) or an amount over a size ({@code $y3 / $p1}).
 */
record SlotReader(char kind, int index, char sizeKind, int sizeIndex) {

  static SlotReader of(Expr read) {
    if (read instanceof Expr.Sym s) {
      return new SlotReader(s.name().charAt(1), index(s), ' ', -1);
    }
    if (read instanceof Expr.Apply a && a.fn() == Fn.DIVIDE && a.arg(0) instanceof Expr.Sym num && a.arg(1) instanceof Expr.Sym den) {
      return new SlotReader(num.name().charAt(1), index(num), den.name().charAt(1), index(den));
    }
    throw new IllegalArgumentException("not a slot read: " + read);
  }

  private static int index(Expr.Sym s) {
    return Integer.parseInt(s.name(), 2, s.name().length(), 10);
  }

  double read(double[] y, double[] p, double[] w) {
    double v = pick(kind, index, y, p, w);
    return sizeIndex < 0 ? v : v / pick(sizeKind, sizeIndex, y, p, w);
  }

  private static double pick(char kind, int i, double[] y, double[] p, double[] w) {
    return switch (kind) {
      case 'y' -> y[i];
      case 'p' -> p[i];
      default -> w[i];
    };
  }
}
