package org.limbic.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.limbic.compile.CompiledModel;
import org.limbic.compile.KernelArray;
import org.limbic.compile.ModelLayout;
import org.limbic.solve.Integrator;
import org.limbic.solve.SolverException;

/**
 * Events with SBML Level 3 Version 2 semantics (section 4.11): an event triggers when its trigger
 * goes from false to true; it executes after its delay, with assignment values computed at trigger
 * time or at execution time; events due at the same time execute one at a time in order of
 * decreasing priority, re-evaluating triggers after each (so one event can trigger another, and a
 * non-persistent event whose trigger turned false is dropped). Events with equal explicit priorities
 * execute in random order, as SBML L3V2 section 4.11.5 requires (the suite checks that neither
 * starves the other), drawn from a generator with a fixed seed so that runs are reproducible; other
 * ties go to the event triggered first.
 *
 * <p>Triggers are watched at four points of every step (a quarter, half, three quarters, end) on
 * the integrator's dense output, so a trigger that turns on and off again within a step is caught
 * unless both switches fall between two of those points; set a smaller max step for faster pulses.
 * A trigger that is a fixed time ({@link TimedTrigger}: {@code time >= c}, c a number or a parameter
 * no event changes, read at each start) is not watched: the
 * simulators stop at c as at a delayed event's time ({@link #nextDelayedTime}) and it turns true
 * there, so 100,000 doses cost their own executions, not 100,000 triggers at every step.
 *
 * <p>The trajectory between two points is a {@link StatePath}: the integrator's dense output for
 * the ODE simulator, a state held fixed for a jump process between reactions
 * ({@link StochasticEventSimulation}), where only a trigger that reads time can change.
 */
final class EventEngine {

  /** Bisection/Illinois stop: the bracket is narrower than this fraction of the interval (plus a few ulps). */
  private static final double LOCATION_TOLERANCE = 1e-13;
  private static final int MAX_ITERATIONS = 200;
  /** Watch points per step, as fractions of the step. */
  private static final double[] WATCH = {0.25, 0.5, 0.75, 1.0};
  /** Executions at one instant beyond which events are taken to re-trigger each other forever. */
  private static final int MAX_EXECUTIONS_AT_ONE_TIME = 100_000;

  private final ModelLayout.EventLayout[] layouts;
  private final CompiledModel.ModelOde ode;
  private final boolean[] triggerBefore;
  private final double[] rootBefore;
  private final double[] rootAtWatch;
  private final double[] rootEnd;
  private final List<Pending> pending = new ArrayList<>();
  private final List<Pending> ready = new ArrayList<>();
  private final List<SimulationResult.FiredEvent> log = new ArrayList<>();
  /** The events whose triggers are watched, in index order. */
  private final int[] watched;
  /** Per event, the time of its fixed-time trigger, NaN for a watched one. */
  private final double[] timedAt;
  /** Per event, its fixed-time trigger ({@link TimedTrigger#NONE} for a watched one). */
  private final TimedTrigger[] timedTriggers;
  /** Whether some fixed time is a parameter, so that {@link #start} reads the times and sorts again. */
  private final boolean timesFromParameters;
  /** The fixed-time events by time (then index), and the first of them not yet reached. */
  private final int[] timed;
  private int nextTimed;
  /** Fixed-time events reached at one update, sorted by index to be merged with the watched ones. */
  private final List<Integer> reached = new ArrayList<>();
  private final boolean logging;
  private long sequence;
  /** Fixed seed by default: the same model and parameters always resolve their ties the same way. */
  private RandomGenerator ties = new SplittableRandom(0x5BB1_7E57L);

  /** The state along a stretch of time, for locating trigger changes in it. */
  interface StatePath {
    /** Writes the state at t into y. */
    void stateAt(double t, double[] y);

    /** The state at a watch point (the ODE reads its step's end exactly rather than interpolated). */
    default void watchStateAt(double t, double[] y) {
      stateAt(t, y);
    }

    /** The integrator's dense output. */
    static StatePath of(Integrator integrator) {
      return new StatePath() {
        @Override
        public void stateAt(double t, double[] y) {
          integrator.interpolate(t, y);
        }

        @Override
        public void watchStateAt(double t, double[] y) {
          if (t == integrator.time()) {
            System.arraycopy(integrator.state(), 0, y, 0, y.length);
          } else {
            integrator.interpolate(t, y);
          }
        }
      };
    }
  }

  /** A triggered event waiting to execute. */
  private record Pending(int event, double time, double[] values, long sequence) {
  }

  EventEngine(ModelLayout layout, CompiledModel.ModelOde ode) {
    this(layout, ode, true);
  }

  /** @param logging whether to keep the log of executions (a stochastic ensemble does not) */
  EventEngine(ModelLayout layout, CompiledModel.ModelOde ode, boolean logging) {
    this.logging = logging;
    this.layouts = layout.events().toArray(ModelLayout.EventLayout[]::new);
    this.ode = ode;
    this.triggerBefore = new boolean[layouts.length];
    this.rootBefore = new double[layouts.length];
    this.rootAtWatch = new double[layouts.length];
    this.rootEnd = new double[layouts.length];
    this.timedAt = new double[layouts.length];
    this.timedTriggers = new TimedTrigger[layouts.length];
    java.util.Set<Integer> assigned = new java.util.HashSet<>();
    for (ModelLayout.EventLayout e : layouts) {
      e.targets().stream().filter(t -> t.array() == KernelArray.PARAMETER).forEach(t -> assigned.add(t.index()));
    }
    List<Integer> watching = new ArrayList<>();
    List<Integer> timing = new ArrayList<>();
    boolean fromParameters = false;
    for (int e = 0; e < layouts.length; e++) {
      timedTriggers[e] = TimedTrigger.of(layout.scalarSources().get(layouts[e].triggerIndex()), assigned);
      timedAt[e] = timedTriggers[e].isTimed() ? timedTriggers[e].at(ode.parameters()) : Double.NaN;
      fromParameters |= timedTriggers[e].parameter() >= 0;
      (timedTriggers[e].isTimed() ? timing : watching).add(e);
    }
    this.timesFromParameters = fromParameters;
    this.watched = watching.stream().mapToInt(Integer::intValue).toArray();
    this.timed = timing.stream().mapToInt(Integer::intValue).toArray();
    sortTimed();
  }

  /** The fixed-time events by time, then index (the order in which those due together trigger). */
  private void sortTimed() {
    Integer[] order = java.util.Arrays.stream(timed).boxed().toArray(Integer[]::new);
    java.util.Arrays.sort(order, (a, b) -> timedAt[a] != timedAt[b] ? Double.compare(timedAt[a], timedAt[b]) : Integer.compare(a, b));
    for (int i = 0; i < order.length; i++) {
      timed[i] = order[i];
    }
  }

  boolean hasEvents() {
    return layouts.length > 0;
  }

  List<SimulationResult.FiredEvent> log() {
    return log;
  }

  /** Ties between equal explicit priorities are drawn from {@code random} from now on. */
  void breakTiesWith(RandomGenerator random) {
    this.ties = random;
  }

  /**
   * At the start time the trigger's "previous" value is its declared initial value. Forgets what a
   * previous run left pending.
   */
  void start(double t0, double[] y) {
    pending.clear();
    ready.clear();
    nextTimed = 0;
    if (timesFromParameters) {
      // the parameters may differ from those of the last run (a scan point, a replicate's restored vector)
      for (int e : timed) {
        timedAt[e] = timedTriggers[e].at(ode.parameters());
      }
      sortTimed();
    }
    for (int e = 0; e < layouts.length; e++) {
      // a fixed-time trigger after t0 is false at t0 whatever its initial value, as a watched one would be found
      triggerBefore[e] = !timedTriggers[e].isTimed() || timedAt[e] <= t0 ? layouts[e].initialValue() : false;
    }
    processAt(t0, y);
  }

  /** The next time after the last processed one at which a delayed event is due or a fixed-time trigger turns true. */
  double nextDelayedTime() {
    double next = nextTimed < timed.length ? timedAt[timed[nextTimed]] : Double.POSITIVE_INFINITY;
    for (Pending p : pending) {
      next = Math.min(next, p.time);
    }
    return next;
  }

  /**
   * The earliest time in (tStart, tEnd] at which some trigger differs from its value at tStart, or
   * NaN if none does. The dense output must cover [tStart, tEnd]. When NaN is returned the roots at
   * tEnd are kept for {@link #advanceWithoutChange()}.
   */
  double locateTransition(StatePath path, double tStart, double tEnd, double[] y) {
    if (watched.length == 0) {
      return Double.NaN;
    }
    copyWatched(rootBefore, rootAtWatch);
    double watchStart = tStart;
    for (double fraction : WATCH) {
      double t = fraction == 1.0 ? tEnd : tStart + fraction * (tEnd - tStart);
      if (!(t > watchStart)) {
        continue;
      }
      path.watchStateAt(t, y);
      ode.updateWork(t, y);
      double earliest = Double.NaN;
      for (int e : watched) {
        boolean trigger = trigger(e, t, y);
        rootEnd[e] = ode.scalar(layouts[e].rootIndex(), t, y);
        boolean rootCrossed = Math.signum(rootEnd[e]) != Math.signum(rootAtWatch[e]);
        if (trigger == triggerBefore[e] && !rootCrossed) {
          continue;
        }
        double found = locate(e, path, watchStart, Double.isNaN(earliest) ? t : earliest, rootAtWatch[e], y);
        if (!Double.isNaN(found) && (Double.isNaN(earliest) || found < earliest)) {
          earliest = found;
        }
      }
      if (!Double.isNaN(earliest)) {
        return earliest;
      }
      copyWatched(rootEnd, rootAtWatch);
      watchStart = t;
    }
    return Double.NaN;
  }

  /** The watched events' entries only: a step must not cost the fixed-time events. */
  private void copyWatched(double[] from, double[] to) {
    for (int e : watched) {
      to[e] = from[e];
    }
  }

  /** After a located-free step: the roots at its end become the reference for the next. */
  void advanceWithoutChange() {
    copyWatched(rootAtWatch, rootBefore);
  }

  /** The earliest time in (a, b] where event e's trigger differs from its value at a; NaN if none. */
  private double locate(int e, StatePath path, double a, double b, double ga, double[] y) {
    boolean before = triggerBefore[e];
    double upper = b;
    double tolerance = LOCATION_TOLERANCE * (b - a);
    double gb = root(e, path, b, y);
    if (Math.signum(gb) != Math.signum(ga) && ga != 0) {
      // Illinois (modified regula falsi) on the root function, keeping a bracket [a, b].
      int side = 0;
      for (int i = 0; i < MAX_ITERATIONS && b - a > tolerance + 4 * Math.ulp(b); i++) {
        double m = (a * gb - b * ga) / (gb - ga);
        if (!(m > a && m < b)) {
          m = 0.5 * (a + b);
        }
        double gm = root(e, path, m, y);
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
      if (triggerAt(e, path, b, y) != before) {
        return b;
      }
      // The root function reached 0 where a strict relation still fails (x > c at x = c): the
      // trigger switches just after the root, possibly only for a short pulse within this step.
      double probe = b;
      for (double delta = tolerance + 4 * Math.ulp(b); probe < upper; delta *= 2) {
        probe = Math.min(upper, b + delta);
        if (triggerAt(e, path, probe, y) != before) {
          break;
        }
      }
      a = b;
      b = probe;
    }
    if (triggerAt(e, path, b, y) == before) {
      return Double.NaN; // crossed and came back, or a root without a change of the trigger
    }
    for (int i = 0; i < MAX_ITERATIONS && b - a > tolerance + 4 * Math.ulp(b); i++) {
      double m = 0.5 * (a + b);
      if (triggerAt(e, path, m, y) != before) {
        b = m;
      } else {
        a = m;
      }
    }
    return b;
  }

  private double root(int e, StatePath path, double t, double[] y) {
    path.stateAt(t, y);
    ode.updateWork(t, y);
    return ode.scalar(layouts[e].rootIndex(), t, y);
  }

  private boolean triggerAt(int e, StatePath path, double t, double[] y) {
    path.stateAt(t, y);
    ode.updateWork(t, y);
    return trigger(e, t, y);
  }

  /** Caller has brought the work array up to date for (t, y). */
  private boolean trigger(int e, double t, double[] y) {
    return ode.scalar(layouts[e].triggerIndex(), t, y) != 0.0;
  }

  /** True if a delayed event is due at or before t. */
  boolean due(double t) {
    if (nextTimed < timed.length && timedAt[timed[nextTimed]] <= t) {
      return true;
    }
    for (Pending p : pending) {
      if (p.time <= t) {
        return true;
      }
    }
    return false;
  }

  /**
   * Handles trigger changes and due delayed events at {@code t}, changing {@code y} and the
   * parameters in place. Returns whether any event executed.
   */
  boolean processAt(double t, double[] y) {
    if (layouts.length == 0) {
      return false;
    }
    ready.clear();
    ode.updateWork(t, y);
    updateTriggers(t, y);
    for (int i = pending.size() - 1; i >= 0; i--) {
      if (pending.get(i).time <= t) {
        ready.add(pending.remove(i));
      }
    }
    int executions = 0;
    while (!ready.isEmpty()) {
      if (++executions > MAX_EXECUTIONS_AT_ONE_TIME) {
        throw new SolverException("events keep triggering each other at the same time", t, layouts[ready.getFirst().event].id(),
            "each execution makes another trigger true again; add a condition or a delay that breaks the cycle");
      }
      Pending next = highestPriority(t, y);
      ready.remove(next);
      execute(next, t, y);
      ode.updateWork(t, y);
      updateTriggers(t, y);
    }
    if (executions > 0) {
      ode.updateWork(t, y);
    }
    for (int e : watched) {
      rootBefore[e] = ode.scalar(layouts[e].rootIndex(), t, y);
    }
    return executions > 0;
  }

  /**
   * The watched triggers at t, and the fixed-time ones reached by t, in event index order (the
   * order in which events triggered together are scheduled, and so break ties).
   */
  private void updateTriggers(double t, double[] y) {
    reached.clear();
    while (nextTimed < timed.length && timedAt[timed[nextTimed]] <= t) {
      reached.add(timed[nextTimed++]);
    }
    reached.sort(null);
    int r = 0;
    for (int e : watched) {
      while (r < reached.size() && reached.get(r) < e) {
        updateTrigger(reached.get(r++), true, t, y);
      }
      updateTrigger(e, trigger(e, t, y), t, y);
    }
    while (r < reached.size()) {
      updateTrigger(reached.get(r++), true, t, y);
    }
  }

  private void updateTrigger(int e, boolean now, double t, double[] y) {
    if (now && !triggerBefore[e]) {
      schedule(e, t, y);
    } else if (!now && triggerBefore[e] && !layouts[e].persistent()) {
      ready.removeIf(p -> p.event == e);
      pending.removeIf(p -> p.event == e);
    }
    triggerBefore[e] = now;
  }

  private void schedule(int e, double t, double[] y) {
    ModelLayout.EventLayout layout = layouts[e];
    double delay = layout.delayIndex() < 0 ? 0.0 : ode.scalar(layout.delayIndex(), t, y);
    if (!(delay >= 0)) {
      throw new SolverException("event '" + layout.id() + "' has a negative or undefined delay (" + delay + ")", t,
          layout.id(), "delays must be >= 0; check the delay expression");
    }
    double[] values = layout.useValuesFromTriggerTime() ? values(layout, t, y) : null;
    Pending p = new Pending(e, t + delay, values, sequence++);
    if (delay == 0.0) {
      ready.add(p);
    } else {
      pending.add(p);
    }
  }

  /**
   * Highest priority first (no priority ranks below any); among equal explicit priorities a seeded
   * random choice, otherwise the earliest triggered.
   */
  private Pending highestPriority(double t, double[] y) {
    Pending best = null;
    double bestPriority = 0;
    int tiedExplicit = 0;
    for (Pending p : ready) {
      double priority = priority(p.event, t, y);
      if (best == null || priority > bestPriority || (priority == bestPriority && p.sequence < best.sequence)) {
        tiedExplicit = best != null && priority == bestPriority ? tiedExplicit + 1 : 1;
        best = p;
        bestPriority = priority;
      } else if (priority == bestPriority) {
        tiedExplicit++;
      }
    }
    if (tiedExplicit < 2 || layouts[best.event].priorityIndex() < 0) {
      return best;
    }
    int pick = ties.nextInt(tiedExplicit);
    for (Pending p : ready) {
      if (priority(p.event, t, y) == bestPriority && pick-- == 0) {
        return p;
      }
    }
    return best;
  }

  private double priority(int e, double t, double[] y) {
    int index = layouts[e].priorityIndex();
    return index < 0 ? Double.NEGATIVE_INFINITY : ode.scalar(index, t, y);
  }

  private double[] values(ModelLayout.EventLayout layout, double t, double[] y) {
    List<ModelLayout.Target> targets = layout.targets();
    double[] v = new double[targets.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = ode.scalar(targets.get(i).valueIndex(), t, y);
    }
    return v;
  }

  /** All values and, for concentration targets, compartment sizes are read before any is written. */
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
      if (target.array() == KernelArray.STATE) {
        y[target.index()] = v[i] * sizes[i];
      } else {
        parameters[target.index()] = v[i];
      }
    }
    if (logging) {
      log.add(new SimulationResult.FiredEvent(layout.id(), t));
    }
  }
}
