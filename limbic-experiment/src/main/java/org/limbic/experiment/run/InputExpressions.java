package org.limbic.experiment.run;

import java.util.List;
import org.limbic.experiment.spec.InputSignal;
import org.limbic.math.Expr;
import org.limbic.math.Fn;

/**
 * An input signal as an expression of time, the math of the assignment rule that makes a parameter
 * follow it. A table becomes a balanced tree of {@code piecewise(.., time < t_i, ..)}, so that a
 * value costs log2(rows) comparisons rather than one a row; each {@code time < t_i} compares time
 * with a number, which the simulator finds as a switch ({@code TimeSwitches}): a step ends exactly
 * at every table time and the integrator restarts there, so the kinks of a linear table and the
 * jumps of a step table are not integrated across.
 */
final class InputExpressions {

  private InputExpressions() {
  }

  static Expr of(InputSignal signal) {
    return switch (signal) {
      case InputSignal.Table t -> table(t.times(), t.values(), t.interpolation() == InputSignal.Interpolation.LINEAR);
      case InputSignal.Sine s -> sine(s);
    };
  }

  /** mean + amplitude sin(2 pi time / period + phase). */
  private static Expr sine(InputSignal.Sine s) {
    Expr angle = new Expr.Apply(Fn.PLUS, new Expr.Apply(Fn.TIMES, new Expr.Num(2 * Math.PI / s.period()), Expr.Time.INSTANCE),
        new Expr.Num(s.phase()));
    return new Expr.Apply(Fn.PLUS, new Expr.Num(s.mean()),
        new Expr.Apply(Fn.TIMES, new Expr.Num(s.amplitude()), new Expr.Apply(Fn.SIN, angle)));
  }

  /**
   * Segment 0 is before t_0 and holds v_0; segment s, 1 <= s < n, is [t_{s-1}, t_s); segment n is from
   * t_{n-1} on and holds v_{n-1}.
   */
  private static Expr table(List<Double> t, List<Double> v, boolean linear) {
    return segments(t, v, linear, 0, t.size());
  }

  private static Expr segments(List<Double> t, List<Double> v, boolean linear, int lo, int hi) {
    if (lo == hi) {
      return segment(t, v, linear, lo);
    }
    int mid = (lo + hi) >>> 1;
    // segments lo..mid end at or before t_mid
    Expr before = new Expr.Apply(Fn.LT, Expr.Time.INSTANCE, new Expr.Num(t.get(mid)));
    return new Expr.Piecewise(List.of(segments(t, v, linear, lo, mid)), List.of(before), segments(t, v, linear, mid + 1, hi));
  }

  private static Expr segment(List<Double> t, List<Double> v, boolean linear, int s) {
    if (s == 0) {
      return new Expr.Num(v.getFirst());
    }
    if (s == t.size() || !linear) {
      return new Expr.Num(v.get(s - 1));
    }
    double t0 = t.get(s - 1);
    double v0 = v.get(s - 1);
    double slope = (v.get(s) - v0) / (t.get(s) - t0);
    // v0 + slope (time - t0): exact at t0; at t1 within rounding of v1
    return new Expr.Apply(Fn.PLUS, new Expr.Num(v0),
        new Expr.Apply(Fn.TIMES, new Expr.Num(slope), new Expr.Apply(Fn.MINUS, Expr.Time.INSTANCE, new Expr.Num(t0))));
  }
}
