package org.limbic.simulation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.WeakHashMap;
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
public final class TimeSwitches {

  private static final Set<Fn> RELATIONS = Set.of(Fn.LT, Fn.LEQ, Fn.GT, Fn.GEQ, Fn.EQ, Fn.NEQ);

  private TimeSwitches() {
  }

  /** A comparison whose sides differ by what may be a linear function of time and constants. */
  private record Relation(Expr lhs, Expr rhs) {
  }

  /**
   * The candidate comparisons of each compiled model, found once: a scan runs the same model
   * thousands of times, and only the roots depend on the parameters.
   */
  private static final Map<CompiledModel, List<Relation>> RELATIONS_OF = Collections.synchronizedMap(new WeakHashMap<>());

  /** The switch times in (t0, tEnd], sorted, for parameter vector {@code p}. */
  static double[] of(CompiledModel compiled, double[] p, double t0, double tEnd) {
    List<Relation> relations = RELATIONS_OF.computeIfAbsent(compiled, TimeSwitches::relations);
    if (relations.isEmpty()) {
      return new double[0];
    }
    List<String> ids = compiled.layout().parameterIds();
    TreeSet<Double> times = new TreeSet<>();
    for (Relation r : relations) {
      Double s = root(r.lhs(), r.rhs(), ids, p);
      if (s != null && s > t0 && s <= tEnd) {
        times.add(s);
      }
    }
    return times.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /**
   * The time after which the right-hand side no longer depends on time, for parameter vector
   * {@code p}: negative infinity for an autonomous model, the latest switch for a model that reads
   * time only in comparisons linear in time with constants (a stimulus switched on at t_on, as PEtab
   * models write it), positive infinity when time is read any other way (sin(time), a comparison
   * with a state, a function of time, a delay). For a steady state: Newton's method on f(t, y) is
   * valid only where f does not depend on t.
   */
  public static double autonomousAfter(CompiledModel compiled, double[] p) {
    if (compiled.autonomous()) {
      return Double.NEGATIVE_INFINITY;
    }
    java.util.Optional<List<Relation>> switches = SWITCHES_ONLY.computeIfAbsent(compiled, TimeSwitches::switchesOnly);
    if (switches.isEmpty()) {
      return Double.POSITIVE_INFINITY;
    }
    List<Relation> found = switches.get();
    List<String> parameterIds = compiled.layout().parameterIds();
    double last = Double.NEGATIVE_INFINITY;
    for (Relation r : found) {
      double g0 = difference(r.lhs(), r.rhs(), parameterIds, p, 0);
      double g1 = difference(r.lhs(), r.rhs(), parameterIds, p, 1);
      double g2 = difference(r.lhs(), r.rhs(), parameterIds, p, 2);
      double scale = Math.abs(g0) + Math.abs(g1) + Math.abs(g2);
      if (!Double.isFinite(scale) || Math.abs(g2 - 2 * g1 + g0) > 1e-12 * scale) {
        return Double.POSITIVE_INFINITY; // not linear in time: no single switch
      }
      if (g1 != g0) {
        last = Math.max(last, -g0 / (g1 - g0));
      }
    }
    return last;
  }

  /** Per compiled model, its comparisons of time if time is read only in them, else empty (found once). */
  private static final Map<CompiledModel, java.util.Optional<List<Relation>>> SWITCHES_ONLY = Collections.synchronizedMap(new WeakHashMap<>());

  private static java.util.Optional<List<Relation>> switchesOnly(CompiledModel compiled) {
    Model model = compiled.model();
    if (compiled.hasDelays() || model.functions().stream().anyMatch(f -> readsTime(f.body()))) {
      return java.util.Optional.empty();
    }
    Set<String> changing = changing(compiled);
    Set<String> ids = new HashSet<>(compiled.layout().parameterIds());
    List<Relation> found = new ArrayList<>();
    for (Expr rate : rates(model)) {
      if (readsTimeOutsideRelations(rate, ids, changing, found)) {
        return java.util.Optional.empty();
      }
    }
    return java.util.Optional.of(List.copyOf(found));
  }

  /** True if {@code e} reads time other than inside candidate comparisons, which it adds to {@code found}. */
  private static boolean readsTimeOutsideRelations(Expr e, Set<String> ids, Set<String> changing, List<Relation> found) {
    if (e instanceof Expr.Apply a && RELATIONS.contains(a.fn()) && a.args().size() == 2) {
      List<Relation> one = new ArrayList<>();
      collectOne(a, ids, changing, one);
      if (!one.isEmpty()) {
        found.addAll(one);
        return false;
      }
    }
    return switch (e) {
      case Expr.Time t -> true;
      case Expr.Apply a -> a.args().stream().anyMatch(x -> readsTimeOutsideRelations(x, ids, changing, found));
      case Expr.Piecewise pw -> pw.values().stream().anyMatch(x -> readsTimeOutsideRelations(x, ids, changing, found))
          || pw.conditions().stream().anyMatch(x -> readsTimeOutsideRelations(x, ids, changing, found))
          || readsTimeOutsideRelations(pw.otherwise(), ids, changing, found);
      case Expr.Call c -> c.args().stream().anyMatch(x -> readsTimeOutsideRelations(x, ids, changing, found));
      default -> false;
    };
  }

  private static Set<String> changing(CompiledModel compiled) {
    // the parameter vector also holds the states' initial values under their ids: a state is not constant
    Set<String> changing = new HashSet<>(compiled.layout().stateIds());
    compiled.model().rules().forEach(r -> changing.add(r.variable()));
    for (Event e : compiled.model().events()) {
      e.assignments().forEach(a -> changing.add(a.variable()));
    }
    return changing;
  }

  private static List<Expr> rates(Model model) {
    List<Expr> rates = new ArrayList<>();
    model.reactions().stream().map(Reaction::kineticLaw).forEach(rates::add);
    model.rules().stream().map(Rule::math).forEach(rates::add);
    return rates;
  }

  private static List<Relation> relations(CompiledModel compiled) {
    Set<String> changing = changing(compiled);
    Set<String> ids = new HashSet<>(compiled.layout().parameterIds());
    List<Relation> out = new ArrayList<>();
    for (Expr rate : rates(compiled.model())) {
      collect(rate, ids, changing, out);
    }
    return List.copyOf(out);
  }

  /** Adds {@code a} to {@code out} if it compares time with constants only. */
  private static void collectOne(Expr.Apply a, Set<String> ids, Set<String> changing, List<Relation> out) {
    Expr lhs = a.args().get(0);
    Expr rhs = a.args().get(1);
    Set<String> symbols = new HashSet<>(Expr.symbols(lhs));
    symbols.addAll(Expr.symbols(rhs));
    if ((readsTime(lhs) || readsTime(rhs)) && symbols.stream().allMatch(s -> ids.contains(s) && !changing.contains(s))) {
      out.add(new Relation(lhs, rhs));
    }
  }

  private static void collect(Expr e, Set<String> ids, Set<String> changing, List<Relation> out) {
    if (e instanceof Expr.Apply a && RELATIONS.contains(a.fn()) && a.args().size() == 2) {
      collectOne(a, ids, changing, out);
    }
    switch (e) {
      case Expr.Apply a -> a.args().forEach(x -> collect(x, ids, changing, out));
      case Expr.Piecewise pw -> {
        pw.values().forEach(x -> collect(x, ids, changing, out));
        pw.conditions().forEach(x -> collect(x, ids, changing, out));
        collect(pw.otherwise(), ids, changing, out);
      }
      case Expr.Call c -> c.args().forEach(x -> collect(x, ids, changing, out));
      default -> {
      }
    }
  }

  /** Where lhs - rhs, linear in time, is 0; null if it is not linear in time. */
  private static Double root(Expr lhs, Expr rhs, List<String> ids, double[] p) {
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
