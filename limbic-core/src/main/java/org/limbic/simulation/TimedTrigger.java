package org.limbic.simulation;

import java.util.Set;
import org.limbic.compile.KernelArray;
import org.limbic.compile.Slot;
import org.limbic.math.Expr;
import org.limbic.math.Fn;

/**
 * Recognizes a trigger that is a fixed time, {@code time >= c} with c a number (every dose and set
 * of an experiment file is one) or a parameter that no event changes (a dose time an experiment
 * scans, one compiled model for every value). Such a trigger turns true once, exactly at c, and
 * never turns false again, so {@link EventEngine} schedules it like a delayed event instead of
 * watching it at every step: watching costs every event at every step, 10,000 doses took over two
 * minutes.
 *
 * @param value c when it is a number, NaN when it is a parameter
 * @param parameter the index of c in the parameter vector, or -1 when it is a number
 */
record TimedTrigger(double value, int parameter) {

  /** Not a fixed-time trigger. */
  static final TimedTrigger NONE = new TimedTrigger(Double.NaN, -1);

  boolean isTimed() {
    return parameter >= 0 || !Double.isNaN(value);
  }

  /**
   * The time for parameter vector {@code p}: c, or +inf for a parameter that is not a finite number
   * ({@code time >= NaN} is never true).
   */
  double at(double[] p) {
    if (parameter < 0) {
      return value;
    }
    double c = p[parameter];
    return Double.isFinite(c) ? c : Double.POSITIVE_INFINITY;
  }

  /**
   * The fixed time of a lowered trigger, c being a finite number or a parameter slot whose index is
   * not in {@code assignedParameters} (those events write), else {@link #NONE}.
   */
  static TimedTrigger of(Expr trigger, Set<Integer> assignedParameters) {
    if (trigger instanceof Expr.Apply a && a.args().size() == 2) {
      Expr left = a.args().get(0);
      Expr right = a.args().get(1);
      if (a.fn() == Fn.GEQ && left instanceof Expr.Time) {
        return constant(right, assignedParameters);
      }
      if (a.fn() == Fn.LEQ && right instanceof Expr.Time) {
        return constant(left, assignedParameters);
      }
    }
    return NONE;
  }

  private static TimedTrigger constant(Expr c, Set<Integer> assignedParameters) {
    if (c instanceof Expr.Num n && Double.isFinite(n.value())) {
      return new TimedTrigger(n.value(), -1);
    }
    if (c instanceof Expr.Sym s && s.name().startsWith("$")) {
      Slot slot = Slot.of(s);
      if (slot.array() == KernelArray.PARAMETER && !assignedParameters.contains(slot.index())) {
        return new TimedTrigger(Double.NaN, slot.index());
      }
    }
    return NONE;
  }
}
