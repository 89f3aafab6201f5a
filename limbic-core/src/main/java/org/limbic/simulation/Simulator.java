package org.limbic.simulation;

import java.util.ArrayList;
import java.util.List;
import org.limbic.compile.CompiledModel;
import org.limbic.compile.DelayHistory;
import org.limbic.compile.SymbolRead;
import org.limbic.model.ModelException;
import org.limbic.model.Suggestions;
import org.limbic.solve.Integrator;
import org.limbic.solve.IntegratorOptions;
import org.limbic.solve.Integrators;
import org.limbic.solve.SolverException;

/**
 * Deterministic simulation of a compiled model: integrates between discontinuities, locates event
 * triggers by root finding on the integrator's dense output, applies events with SBML Level 3
 * semantics (see {@link EventEngine}) and records the requested variables at the output times.
 * Thread-safe: every {@link #run} works on its own arrays.
 */
public final class Simulator {

  private final CompiledModel model;
  private final SimulationOptions options;

  public Simulator(CompiledModel model, SimulationOptions options) {
    this.model = model;
    this.options = options;
  }

  public Simulator(CompiledModel model) {
    this(model, SimulationOptions.DEFAULTS);
  }

  /** Simulates with the default parameters from t0 to tEnd, recording every variable at {@code points} evenly spaced times. */
  public SimulationResult run(double t0, double tEnd, int points) {
    return run(model.newParameters(), evenlySpaced(t0, tEnd, points), allVariables());
  }

  /**
   * Simulates from {@code outputTimes[0]} with parameter vector {@code p} (a copy is used), recording
   * {@code variables} (ids of species, compartments, parameters, reactions) at each output time.
   */
  public SimulationResult run(double[] p, double[] outputTimes, List<String> variables) {
    Engines.checkRun(model, p, outputTimes);
    return new Run(model, p.clone(), null, options, outputTimes, variables, readers(variables)).execute();
  }

  /**
   * The same from a given state {@code y0} (amounts, in the layout's state order) instead of the
   * model's initial values and initial assignments: a run that continues another, as after a
   * pre-equilibration (PEtab). Events start afresh: each trigger takes its initialValue at the start.
   */
  public SimulationResult run(double[] p, double[] y0, double[] outputTimes, List<String> variables) {
    Engines.checkRun(model, p, outputTimes);
    if (y0.length != model.layout().stateCount()) {
      throw new IllegalArgumentException("initial state has " + y0.length + " entries; model '" + model.model().id() + "' has "
          + model.layout().stateCount() + " states " + model.layout().stateIds());
    }
    for (int i = 0; i < y0.length; i++) {
      if (!Double.isFinite(y0[i])) {
        throw new IllegalArgumentException("initial state of " + model.layout().stateIds().get(i) + " is not finite: " + y0[i]);
      }
    }
    return new Run(model, p.clone(), y0.clone(), options, outputTimes, variables, readers(variables)).execute();
  }

  /**
   * The states (amounts, in the layout's state order) at each of {@code times}, in one run from
   * {@code y0} at {@code times[0]} (the model's initial values when null): for a steady state, whose
   * events must run on as in one simulation, not start afresh at every check.
   */
  public double[][] statesAt(double[] p, double[] y0, double[] times) {
    Engines.checkRun(model, p, times);
    Run run = new Run(model, p.clone(), y0 == null ? null : y0.clone(), options, times, List.of(), List.of());
    run.keepStates();
    run.execute();
    return run.states;
  }

  /**
   * Checks that every one of {@code variables} can be recorded, before any run.
   *
   * @throws ModelException naming the first unknown variable and the closest known one
   */
  public void checkVariables(List<String> variables) {
    readers(variables);
  }

  private List<SymbolRead> readers(List<String> variables) {
    List<SymbolRead> readers = new ArrayList<>();
    for (String v : variables) {
      var read = model.layout().reads().get(v);
      if (read == null) {
        throw new ModelException(v, "cannot output: model '" + model.model().id() + "' has no such symbol"
            + Suggestions.closest(v, model.layout().reads().keySet()));
      }
      readers.add(read);
    }
    return readers;
  }

  /** Every species, compartment, parameter and reaction id, in layout order. */
  public List<String> allVariables() {
    return List.copyOf(model.layout().reads().keySet());
  }

  public static double[] evenlySpaced(double t0, double tEnd, int points) {
    if (points < 2 || !(tEnd > t0)) {
      throw new IllegalArgumentException("need tEnd > t0 and at least 2 points, got [" + t0 + ", " + tEnd + "] with " + points);
    }
    double[] times = new double[points];
    for (int i = 0; i < points; i++) {
      // as written (exact grid points such as 1860 stay exact), the fraction first only where
      // (tEnd - t0) * i overflows to infinity, for spans near Double.MAX_VALUE
      double v = t0 + (tEnd - t0) * i / (points - 1);
      times[i] = i == points - 1 ? tEnd : Double.isFinite(v) ? v : t0 + (tEnd - t0) * ((double) i / (points - 1));
    }
    return times;
  }

  /**
   * The model's system with time held just below a switch: the step that ends at a switch sees the
   * rates from before it at every stage, including its last, at the switch itself.
   */
  private static final class LeftLimit implements org.limbic.solve.OdeSystem {
    private final CompiledModel.ModelOde ode;
    private double below = Double.POSITIVE_INFINITY;

    LeftLimit(CompiledModel.ModelOde ode) {
      this.ode = ode;
    }

    void holdBelow(double time) {
      below = time == Double.POSITIVE_INFINITY ? time : Math.nextDown(time);
    }

    @Override
    public int dimension() {
      return ode.dimension();
    }

    @Override
    public void rhs(double t, double[] y, double[] dydt) {
      ode.rhs(Math.min(t, below), y, dydt);
    }

    @Override
    public void jacobian(double t, double[] y, double[] jac) {
      ode.jacobian(Math.min(t, below), y, jac);
    }

    @Override
    public String variableName(int i) {
      return ode.variableName(i);
    }

    @Override
    public boolean autonomous() {
      return ode.autonomous();
    }
  }

  /** One simulation's mutable state. */
  private static final class Run {
    private final CompiledModel.ModelOde ode;
    private final Integrator integrator;
    private final EventEngine events;
    private final EventEngine.StatePath path;
    private final double[] outputTimes;
    private final List<String> variables;
    private final List<SymbolRead> readers;
    private final double[][] rows;
    private final double[] y;
    private final double[] buffer;
    private final long maxSteps;
    private long stepsTaken;
    /** The past, for models with the delay function; null without. */
    private final DelayHistory history;
    private static final int MAX_BREAKPOINTS_PER_DELAY = 10_000;
    /**
     * Steps per shortest delay at least: the past between two records is a cubic Hermite interpolant
     * whose error (h^4/384 times y's fourth derivative) the integrator's error control does not see;
     * 16 steps per delay keep it near 1e-7 relative on the suite's delay equations (case 01480: one
     * step per delay was off by 1e-4).
     */
    private static final int DELAY_STEPS = 16;
    private final double[] breakpoints;
    private int nextBreakpoint;
    /** The system the integrator sees: the model's, with time held below a switch for the step that ends there. */
    private final LeftLimit leftLimit;
    /** The raw states at the output times, when asked for ({@link #keepStates}). */
    private double[][] states;
    /** Times where a rate switches by a comparison of time ({@link TimeSwitches}). */
    private final double[] switches;
    private int nextSwitch;
    private int nextOutput;
    private double t;

    Run(CompiledModel model, double[] p, double[] y0, SimulationOptions options, double[] outputTimes, List<String> variables,
        List<SymbolRead> readers) {
      this.outputTimes = outputTimes;
      this.variables = variables;
      this.readers = readers;
      this.rows = new double[outputTimes.length][];
      this.t = outputTimes[0];
      this.y = y0 != null ? y0 : model.initialState(t, p);
      this.buffer = new double[y.length];
      this.ode = model.odeSystem(p);
      this.history = model.hasDelays() ? new DelayHistory(model, ode) : null;
      IntegratorOptions integratorOptions = options.integrator();
      if (history != null) {
        integratorOptions = integratorOptions.withMaxStep(Math.min(integratorOptions.maxStep(), shortestDelay(model) / DELAY_STEPS));
      }
      this.integrator = y.length == 0 ? new Stateless() : Integrators.create(options.method(), integratorOptions);
      this.breakpoints = history == null ? new double[0] : breakpoints(model, outputTimes[outputTimes.length - 1]);
      this.leftLimit = new LeftLimit(ode);
      this.switches = TimeSwitches.of(model, p, t, outputTimes[outputTimes.length - 1]);
      this.events = new EventEngine(model.layout(), ode);
      this.path = EventEngine.StatePath.of(integrator);
      this.maxSteps = options.integrator().maxSteps();
    }

    /**
     * The shortest positive delay at the start: steps shorter than it read the past only from
     * recorded steps, never from the step being taken. (A delay that shrinks later is read by linear
     * interpolation within the step, second-order accurate.)
     */
    private double shortestDelay(CompiledModel model) {
      ode.updateWork(t, y);
      double shortest = Double.POSITIVE_INFINITY;
      for (int k : model.delayTimeScalars()) {
        double d = ode.scalar(k, t, y);
        if (d > 0 && d < shortest) {
          shortest = d;
        }
      }
      return shortest;
    }

    SimulationResult execute() {
      if (history == null) {
        return simulate();
      }
      history.attach();
      try {
        return simulate();
      } finally {
        history.detach();
      }
    }

    private SimulationResult simulate() {
      remember(); // triggers at the start may read the past
      events.start(t, y);
      integrator.reset(leftLimit, t, y);
      remember();
      recordAt(t);
      while (nextOutput < outputTimes.length) {
        while (nextSwitch < switches.length && switches[nextSwitch] <= t) {
          nextSwitch++;
        }
        double toSwitch = nextSwitch < switches.length ? switches[nextSwitch] : Double.POSITIVE_INFINITY;
        double tStop = Math.min(Math.min(Math.min(outputTimes[nextOutput], events.nextDelayedTime()), nextBreakpoint()), toSwitch);
        leftLimit.holdBelow(tStop == toSwitch ? toSwitch : Double.POSITIVE_INFINITY);
        double tNew = t;
        if (tStop > t) {
          tNew = integrator.step(tStop);
          stepsTaken++; // counted here: the integrators' own counts restart with every event
        }
        if (stepsTaken > maxSteps) {
          throw new SolverException("more than " + maxSteps + " steps in this simulation", t, "",
              "raise maxSteps, loosen the tolerances, or check for events that fire very often");
        }
        scanStep(tNew);
        if (t == toSwitch) {
          // past the switch the rates are the right-hand ones: restart from here with them
          leftLimit.holdBelow(Double.POSITIVE_INFINITY);
          integrator.reset(leftLimit, t, y);
          nextSwitch++;
        }
      }
      return new SimulationResult(variables, outputTimes.clone(), rows, integrator.statistics(), events.log());
    }

    /**
     * Walks the step just taken, (t, tNew], from one trigger change to the next: lands on each,
     * applies what executes there, and restarts the integrator only if the state changed.
     */
    private void scanStep(double tNew) {
      double segmentStart = t;
      while (true) {
        double segmentEnd = Math.min(tNew, events.nextDelayedTime());
        double tEvent = segmentEnd > segmentStart
            ? events.locateTransition(path, segmentStart, segmentEnd, buffer) : Double.NaN;
        double tLand = Double.isNaN(tEvent) ? segmentEnd : tEvent;
        recordBefore(tLand);
        t = tLand;
        if (tLand == integrator.time()) {
          System.arraycopy(integrator.state(), 0, y, 0, y.length);
        } else {
          integrator.interpolate(tLand, y);
        }
        boolean changed = false;
        remember();
        if (!Double.isNaN(tEvent) || events.due(t)) {
          changed = events.processAt(t, y);
        } else {
          events.advanceWithoutChange();
        }
        if (changed) {
          remember();
          integrator.reset(leftLimit, t, y);
        }
        recordAt(t);
        if (changed || tLand >= tNew) {
          return;
        }
        segmentStart = tLand;
      }
    }

    /**
     * The next time after t where a delay carries the start's discontinuity (t0 + j d for each delay d
     * at the start, Bellen and Zennaro 2003, section 4.1): steps end there, so that no step's
     * interpolant straddles a kink of the solution.
     */
    private double nextBreakpoint() {
      // one within rounding of the current time (t0 + j d summed in floating point) is reached already
      while (nextBreakpoint < breakpoints.length && breakpoints[nextBreakpoint] <= t + 1e-12 * Math.max(1, Math.abs(t))) {
        nextBreakpoint++;
      }
      return nextBreakpoint < breakpoints.length ? breakpoints[nextBreakpoint] : Double.POSITIVE_INFINITY;
    }

    private double[] breakpoints(CompiledModel model, double tEnd) {
      ode.updateWork(t, y);
      java.util.TreeSet<Double> times = new java.util.TreeSet<>();
      for (int k : model.delayTimeScalars()) {
        double d = ode.scalar(k, t, y);
        for (int j = 1; d > 0 && t + j * d <= tEnd && j <= MAX_BREAKPOINTS_PER_DELAY; j++) {
          times.add(t + j * d);
        }
      }
      return times.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Adds the current state to the history of a model with delays. */
    private void remember() {
      if (history != null) {
        history.record(t, y);
      }
    }

    /** Outputs strictly before {@code tLimit}, from the dense output of the last step. */
    private void recordBefore(double tLimit) {
      while (nextOutput < outputTimes.length && outputTimes[nextOutput] < tLimit) {
        double to = outputTimes[nextOutput];
        if (to <= integrator.previousTime()) {
          System.arraycopy(y, 0, buffer, 0, y.length);
        } else {
          integrator.interpolate(to, buffer);
        }
        record(to, buffer);
      }
    }

    /** Outputs at exactly {@code time}, after any events there. */
    private void recordAt(double time) {
      while (nextOutput < outputTimes.length && outputTimes[nextOutput] == time) {
        record(time, y);
      }
    }

    private void record(double time, double[] state) {
      if (states != null) {
        states[nextOutput] = state.clone();
      }
      rows[nextOutput] = read(time, state);
      nextOutput++;
    }

    /** Also keep the raw state at every output time (in {@link #states}). */
    void keepStates() {
      states = new double[outputTimes.length][];
    }

    private double[] read(double time, double[] state) {
      ode.updateWork(time, state);
      double[] row = new double[readers.size()];
      for (int i = 0; i < row.length; i++) {
        row[i] = readers.get(i).value(state, ode.parameters(), ode.work());
      }
      return row;
    }
  }

  /** A model without state variables (only parameters, rules and events): time simply advances. */
  private static final class Stateless implements Integrator {
    private static final double[] EMPTY = new double[0];
    private double time;
    private double previous;
    private long steps;

    @Override
    public String name() {
      return "none";
    }

    @Override
    public void reset(org.limbic.solve.OdeSystem system, double t0, double[] y0) {
      time = t0;
      previous = t0;
    }

    @Override
    public double step(double tStop) {
      previous = time;
      time = tStop;
      steps++;
      return time;
    }

    @Override
    public double time() {
      return time;
    }

    @Override
    public double previousTime() {
      return previous;
    }

    @Override
    public double[] state() {
      return EMPTY;
    }

    @Override
    public void interpolate(double t, double[] out) {
    }

    @Override
    public org.limbic.solve.SolverStatistics statistics() {
      return new org.limbic.solve.SolverStatistics(steps, 0, 0, 0, 0);
    }
  }
}
