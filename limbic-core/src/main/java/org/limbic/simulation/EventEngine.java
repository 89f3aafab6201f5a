package org.limbic.simulation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.limbic.compile.CompiledModel;
import org.limbic.compile.ModelLayout;
import org.limbic.solve.Integrator;

/**
 * Events with SBML Level 3 Version 2 semantics (section 4.11): an event triggers when its trigger
 * goes from false to true; it executes after its delay, with assignment values computed at trigger
 * time or at execution time; events due at the same time execute one at a time in order of
 * decreasing priority, re-evaluating triggers after each (so one event can trigger another, and a
 * non-persistent event whose trigger turned false is dropped). Events with equal explicit priorities
 * execute in random order, as SBML L3V2 section 4.11.5 requires (the suite checks that neither
 * starves the other), drawn from a generator with a fixed seed so that runs are reproducible; other
 * ties go to the event triggered first, then to the one declared first.
 */
final class EventEngine {

  /** Bisection/Illinois stop: the bracket is narrower than this fraction of the step (plus a few ulps). */
  private static final double LOCATION_TOLERANCE = 1e-13;
  private static final int MAX_ITERATIONS = 200;

  private final ModelLayout.EventLayout[] layouts;
  private final CompiledModel.ModelOde ode;
  private final boolean[] triggerBefore;
  private final double[] rootBefore;
  private final List<Pending> pending = new ArrayList<>();
  private final List<SimulationResult.FiredEvent> log = new ArrayList<>();
  private long sequence;
  /** Fixed seed: the same model and parameters always resolve their ties the same way. */
  private final SplittableRandom ties = new SplittableRandom(0x5BB1_7E57L);

  /** A triggered event waiting to execute. */
  private record Pending(int event, double time, double[] values, long sequence) {
  }

  EventEngine(ModelLayout layout, CompiledModel.ModelOde ode) {
    this.layouts = layout.events().toArray(ModelLayout.EventLayout[]::new);
    this.ode = ode;
    this.triggerBefore = new boolean[layouts.length];
    this.rootBefore = new double[layouts.length];
  }

  List<SimulationResult.FiredEvent> log() {
    return log;
  }

  /** At the start time the trigger's "previous" value is its declared initial value. */
  void start(double t0, double[] y) {
    for (int e = 0; e < layouts.length; e++) {
      triggerBefore[e] = layouts[e].initialValue();
    }
    processAt(t0, y);
  }

  double nextDelayedTime() {
    double next = Double.POSITIVE_INFINITY;
    for (Pending p : pending) {
      next = Math.min(next, p.time);
    }
    return next;
  }

  /**
   * The earliest time in (tStart, tEnd] at which some trigger differs from its value at tStart, or
   * NaN if none does. Uses the sign of each trigger's root function (Illinois on the dense output),
   * then the boolean itself (bisection), so discontinuous triggers are found too.
   */
  double locateTransition(Integrator integrator, double tStart, double tEnd, double[] scratch) {
    if (layouts.length == 0) {
      return Double.NaN;
    }
    double earliest = Double.NaN;
    double[] yEnd = integrator.state();
    ode.updateWork(tEnd, yEnd);
    for (int e = 0; e < layouts.length; e++) {
      boolean triggerEnd = trigger(e, tEnd, yEnd);
      double rootEnd = ode.scalar(layouts[e].rootIndex(), tEnd, yEnd);
      boolean rootCrossed = Math.signum(rootEnd) != Math.signum(rootBefore[e]);
      if (triggerEnd == triggerBefore[e] && !rootCrossed) {
        continue;
      }
      double limit = Double.isNaN(earliest) ? tEnd : earliest;
      double found = locate(e, integrator, tStart, limit, scratch);
      if (!Double.isNaN(found) && (Double.isNaN(earliest) || found < earliest)) {
        earliest = found;
      }
      ode.updateWork(tEnd, yEnd);
    }
    return earliest;
  }

  private double locate(int e, Integrator integrator, double a, double b, double[] y) {
    boolean before = triggerBefore[e];
    double upper = b;
    double tolerance = LOCATION_TOLERANCE * (b - a);
    double ga = rootBefore[e];
    double gb = root(e, integrator, b, y);
    if (Math.signum(gb) != Math.signum(ga) && ga != 0) {
      // Illinois (modified regula falsi) on the root function: keeps a bracket [a, b].
      int side = 0;
      for (int i = 0; i < MAX_ITERATIONS && b - a > tolerance + 4 * Math.ulp(b); i++) {
        double m = (a * gb - b * ga) / (gb - ga);
        if (!(m > a && m < b)) {
          m = 0.5 * (a + b);
        }
        double gm = root(e, integrator, m, y);
        if (Math.signum(gm) == Math.signum(ga) && gm != 0) {
          a = m;
          ga = gm;
          if (side == -1) {
            gb *= 0.5;
          }
          side = -1;
        } else {
          b = m;
          gb = gm;
          if (side == 1) {
            ga *= 0.5;
          }
          side = 1;
        }
      }
      if (triggerAt(e, integrator, b, y) != before) {
        return b;
      }
      // The root function reached 0 where a strict relation still fails (x > c at x = c): the
      // trigger switches just after the root, possibly only for a short pulse within this step.
      double probe = b;
      for (double delta = tolerance + 4 * Math.ulp(b); probe < upper; delta *= 2) {
        probe = Math.min(upper, b + delta);
        if (triggerAt(e, integrator, probe, y) != before) {
          break;
        }
      }
      a = b;
      b = probe;
    }
    if (triggerAt(e, integrator, b, y) == before) {
      return Double.NaN; // crossed and came back, or a root without a change of the trigger
    }
    for (int i = 0; i < MAX_ITERATIONS && b - a > tolerance + 4 * Math.ulp(b); i++) {
      double m = 0.5 * (a + b);
      if (triggerAt(e, integrator, m, y) != before) {
        b = m;
      } else {
        a = m;
      }
    }
    return b;
  }

  private double root(int e, Integrator integrator, double t, double[] y) {
    integrator.interpolate(t, y);
    ode.updateWork(t, y);
    return ode.scalar(layouts[e].rootIndex(), t, y);
  }

  private boolean triggerAt(int e, Integrator integrator, double t, double[] y) {
    integrator.interpolate(t, y);
    ode.updateWork(t, y);
    return trigger(e, t, y);
  }

  /** Caller has brought the work array up to date for (t, y). */
  private boolean trigger(int e, double t, double[] y) {
    return ode.scalar(layouts[e].triggerIndex(), t, y) != 0.0;
  }

  /**
   * Handles trigger changes and due delayed events at {@code t}, changing {@code y} and the
   * parameters in place. Returns whether any event executed.
   */
  boolean processAt(double t, double[] y) {
    if (layouts.length == 0) {
      return false;
    }
    List<Pending> ready = new ArrayList<>();
    ode.updateWork(t, y);
    updateTriggers(t, y, ready);
    for (int i = pending.size() - 1; i >= 0; i--) {
      if (pending.get(i).time <= t) {
        ready.add(pending.remove(i));
      }
    }
    boolean executed = false;
    while (!ready.isEmpty()) {
      ode.updateWork(t, y);
      Pending next = highestPriority(ready, t, y);
      ready.remove(next);
      execute(next, t, y);
      executed = true;
      ode.updateWork(t, y);
      updateTriggers(t, y, ready);
    }
    ode.updateWork(t, y);
    for (int e = 0; e < layouts.length; e++) {
      rootBefore[e] = ode.scalar(layouts[e].rootIndex(), t, y);
    }
    return executed;
  }

  private void updateTriggers(double t, double[] y, List<Pending> ready) {
    for (int e = 0; e < layouts.length; e++) {
      boolean now = trigger(e, t, y);
      if (now && !triggerBefore[e]) {
        schedule(e, t, y, ready);
      } else if (!now && triggerBefore[e] && !layouts[e].persistent()) {
        int event = e;
        ready.removeIf(p -> p.event == event);
        pending.removeIf(p -> p.event == event);
      }
      triggerBefore[e] = now;
    }
  }

  private void schedule(int e, double t, double[] y, List<Pending> ready) {
    ModelLayout.EventLayout layout = layouts[e];
    double delay = layout.delayIndex() < 0 ? 0.0 : ode.scalar(layout.delayIndex(), t, y);
    if (!(delay >= 0)) {
      throw new IllegalStateException("event '" + layout.id() + "' has a negative or undefined delay (" + delay + ") at t = " + t
          + "; delays must be >= 0");
    }
    double[] values = layout.useValuesFromTriggerTime() ? values(layout, t, y) : null;
    Pending p = new Pending(e, t + delay, values, sequence++);
    if (delay == 0.0) {
      ready.add(p);
    } else {
      pending.add(p);
    }
  }

  private Pending highestPriority(List<Pending> ready, double t, double[] y) {
    Comparator<Pending> order = Comparator.comparingDouble((Pending p) -> -priority(p.event, t, y))
        .thenComparingLong(p -> p.sequence);
    Pending first = ready.stream().min(order).orElseThrow();
    if (layouts[first.event].priorityIndex() < 0) {
      return first;
    }
    double top = priority(first.event, t, y);
    List<Pending> tied = ready.stream().filter(p -> layouts[p.event].priorityIndex() >= 0 && priority(p.event, t, y) == top)
        .sorted(Comparator.comparingLong(Pending::sequence)).toList();
    return tied.size() < 2 ? first : tied.get(ties.nextInt(tied.size()));
  }

  private double priority(int e, double t, double[] y) {
    int index = layouts[e].priorityIndex();
    return index < 0 ? Double.NEGATIVE_INFINITY : ode.scalar(index, t, y);
  }

  /** Assignment values, and for concentration targets the compartment size, all before any is applied. */
  private double[] values(ModelLayout.EventLayout layout, double t, double[] y) {
    List<ModelLayout.Target> targets = layout.targets();
    double[] v = new double[targets.size()];
    for (int i = 0; i < v.length; i++) {
      ModelLayout.Target target = targets.get(i);
      v[i] = ode.scalar(target.valueIndex(), t, y);
    }
    return v;
  }

  private void execute(Pending p, double t, double[] y) {
    ModelLayout.EventLayout layout = layouts[p.event];
    double[] v = p.values != null ? p.values : values(layout, t, y);
    List<ModelLayout.Target> targets = layout.targets();
    double[] sizes = new double[targets.size()];
    for (int i = 0; i < sizes.length; i++) {
      int sizeIndex = targets.get(i).sizeIndex();
      sizes[i] = sizeIndex < 0 ? 1.0 : ode.scalar(sizeIndex, t, y);
    }
    double[] parameters = ode.parameters();
    for (int i = 0; i < v.length; i++) {
      ModelLayout.Target target = targets.get(i);
      if (target.kind() == 'y') {
        y[target.index()] = v[i] * sizes[i];
      } else {
        parameters[target.index()] = v[i];
      }
    }
    log.add(new SimulationResult.FiredEvent(layout.id(), t));
  }
}
