package org.limbic.simulation;

import org.limbic.math.Expr;
import org.limbic.math.Fn;

/**
 * Recognizes a trigger that is a fixed time, {@code time >= c} with c a number (every dose and set
 * of an experiment file is one). Such a trigger turns true once, exactly at c, and never turns false
 * again, so {@link EventEngine} schedules it like a delayed event instead of watching it at every
 * step: watching costs every event at every step, 10,000 doses took over two minutes.
 */
final class TimedTrigger {

  private TimedTrigger() {
  }

  /** c for a lowered trigger {@code time >= c} or {@code c <= time} with c finite, NaN for any other trigger. */
  static double timeOf(Expr trigger) {
    if (trigger instanceof Expr.Apply a && a.args().size() == 2) {
      Expr left = a.args().get(0);
      Expr right = a.args().get(1);
      if (a.fn() == Fn.GEQ && left instanceof Expr.Time && right instanceof Expr.Num n && Double.isFinite(n.value())) {
        return n.value();
      }
      if (a.fn() == Fn.LEQ && right instanceof Expr.Time && left instanceof Expr.Num n && Double.isFinite(n.value())) {
        return n.value();
      }
    }
    return Double.NaN;
  }
}
