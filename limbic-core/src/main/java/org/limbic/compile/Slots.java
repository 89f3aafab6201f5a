package org.limbic.compile;

import org.limbic.math.Expr;

/**
 * The lowered form of a symbol: a read of one of the four arrays an executable model works on.
 * Lowered expressions name them with a '$' prefix that no model id can have (ids are SBML SIds).
 *
 * <ul>
 *   <li>{@code $y<i>}: the state vector the integrator advances (species amounts, rate-ruled values);
 *   <li>{@code $p<i>}: parameters, constant sizes and initial values, changed only by events or overrides;
 *   <li>{@code $w<i>}: work values recomputed from y and p (assignment rules, reaction rates).
 * </ul>
 */
final class Slots {

  static final char STATE = 'y';
  static final char PARAMETER = 'p';
  static final char WORK = 'w';

  private Slots() {
  }

  static Expr.Sym state(int i) {
    return new Expr.Sym("$y" + i);
  }

  static Expr.Sym parameter(int i) {
    return new Expr.Sym("$p" + i);
  }

  static Expr.Sym work(int i) {
    return new Expr.Sym("$w" + i);
  }

  static boolean isSlot(String name) {
    return name.length() > 2 && name.charAt(0) == '$';
  }

  /** 'y', 'p' or 'w'. */
  static char kind(String slotName) {
    return slotName.charAt(1);
  }

  static int index(String slotName) {
    return Integer.parseInt(slotName, 2, slotName.length(), 10);
  }
}
