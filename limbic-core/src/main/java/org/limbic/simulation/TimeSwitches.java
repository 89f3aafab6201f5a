package org.limbic.simulation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.limbic.compile.CompiledModel;
import org.limbic.math.Bindings;
import org.limbic.math.Evaluator;
import org.limbic.math.Expr;
import org.limbic.math.Fn;
import org.limbic.model.Event;
import org.limbic.model.Model;
import org.limbic.model.Reaction;
import org.limbic.model.Rule;

/**
 * The times at which a rate or rule switches by a comparison of time with constants, as
 * {@code piecewise(0, time - t_on < 0, 1)} does (a stimulus that starts at t_on). Such a switch is
 * a jump of the right-hand side without an event; a step across it fails its error test however
 * small it gets (the PEtab benchmark's Isensee model: the step collapsed to 2e-14 at t = 60). The
 * simulator ends a step exactly at each switch, evaluates the rates of that step from the left,
 * and restarts the integrator there (AMICI does the same with Heaviside roots).
 *
 * <p>Found for comparisons whose two sides differ by a linear function of time with constant
 * parameters: the switch is where that difference is 0. Comparisons of states, of parameters that
 * rules or events change, or of time nonlinearly are left alone (no worse than before).
 */
final class TimeSwitches {

  private static final Set<Fn> RELATIONS = Set.of(Fn.LT, Fn.LEQ, Fn.GT, Fn.GEQ, Fn.EQ, Fn.NEQ);

  private TimeSwitches() {
  }

  /** The switch times in (t0, tEnd], sorted, for parameter vector {@code p}. */
  static double[] of(CompiledModel compiled, double[] p, double t0, double tEnd) {
    Model model = compiled.model();
    // the parameter vector also holds the states' initial values under their ids: a state is not constant
    Set<String> changing = new HashSet<>(compiled.layout().stateIds());
    model.rules().forEach(r -> changing.add(r.variable()));
    for (Event e : model.events()) {
      e.assignments().forEach(a -> changing.add(a.variable()));
    }
    List<Expr> rates = new ArrayList<>();
    model.reactions().stream().map(Reaction::kineticLaw).forEach(rates::add);
    model.rules().stream().map(Rule::math).forEach(rates::add);
    List<String> ids = compiled.layout().parameterIds();
    TreeSet<Double> times = new TreeSet<>();
    for (Expr rate : rates) {
      collect(rate, ids, p, changing, t0, tEnd, times);
    }
    return times.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static void collect(Expr e, List<String> ids, double[] p, Set<String> changing, double t0, double tEnd,
                              TreeSet<Double> times) {
    if (e instanceof Expr.Apply a && RELATIONS.contains(a.fn()) && a.args().size() == 2) {
      Double s = root(a.args().get(0), a.args().get(1), ids, p, changing);
      if (s != null && s > t0 && s <= tEnd) {
        times.add(s);
      }
    }
    switch (e) {
      case Expr.Apply a -> a.args().forEach(x -> collect(x, ids, p, changing, t0, tEnd, times));
      case Expr.Piecewise pw -> {
        pw.values().forEach(x -> collect(x, ids, p, changing, t0, tEnd, times));
        pw.conditions().forEach(x -> collect(x, ids, p, changing, t0, tEnd, times));
        collect(pw.otherwise(), ids, p, changing, t0, tEnd, times);
      }
      case Expr.Call c -> c.args().forEach(x -> collect(x, ids, p, changing, t0, tEnd, times));
      default -> {
      }
    }
  }

  /** Where lhs - rhs, linear in time with constant parameters, is 0; null if it is not such a difference. */
  private static Double root(Expr lhs, Expr rhs, List<String> ids, double[] p, Set<String> changing) {
    Set<String> symbols = new HashSet<>(Expr.symbols(lhs));
    symbols.addAll(Expr.symbols(rhs));
    if (!readsTime(lhs) && !readsTime(rhs)) {
      return null;
    }
    for (String s : symbols) {
      if (!ids.contains(s) || changing.contains(s)) {
        return null;
      }
    }
    double g0 = difference(lhs, rhs, ids, p, 0);
    double g1 = difference(lhs, rhs, ids, p, 1);
    double g2 = difference(lhs, rhs, ids, p, 2);
    double slope = g1 - g0;
    double scale = Math.abs(g0) + Math.abs(g1) + Math.abs(g2);
    if (!Double.isFinite(scale) || slope == 0 || Math.abs(g2 - 2 * g1 + g0) > 1e-12 * scale) {
      return null;
    }
    return -g0 / slope;
  }

  private static boolean readsTime(Expr e) {
    return switch (e) {
      case Expr.Time t -> true;
      case Expr.Apply a -> a.args().stream().anyMatch(TimeSwitches::readsTime);
      case Expr.Piecewise pw -> pw.values().stream().anyMatch(TimeSwitches::readsTime)
          || pw.conditions().stream().anyMatch(TimeSwitches::readsTime) || readsTime(pw.otherwise());
      case Expr.Call c -> c.args().stream().anyMatch(TimeSwitches::readsTime);
      default -> false;
    };
  }

  private static double difference(Expr lhs, Expr rhs, List<String> ids, double[] p, double t) {
    Bindings b = new Bindings() {
      @Override
      public double value(String name) {
        return p[ids.indexOf(name)];
      }

      @Override
      public double time() {
        return t;
      }
    };
    try {
      return Evaluator.evaluate(lhs, b) - Evaluator.evaluate(rhs, b);
    } catch (RuntimeException e) {
      return Double.NaN;
    }
  }
}
