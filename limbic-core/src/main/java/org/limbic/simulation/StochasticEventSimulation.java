package org.limbic.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.limbic.compile.CompiledModel;
import org.limbic.compile.KernelArray;
import org.limbic.compile.ModelReactionNetwork;
import org.limbic.compile.SymbolRead;
import org.limbic.model.ModelException;
import org.limbic.stochastic.Ensemble;
import org.limbic.stochastic.EnsembleMoments;
import org.limbic.stochastic.StochasticMethod;
import org.limbic.stochastic.StochasticMethods;
import org.limbic.stochastic.StepBudget;

/**
 * Stochastic simulation of a compiled model with SBML events, and ensembles of it that record any
 * model variable (species counts, parameters that events assign, assignment-rule values).
 *
 * <p>Between reactions a jump process stands still, so a trigger can change only (a) when a
 * reaction fires, or (b) when it reads time and its root function, with the state held fixed,
 * crosses zero. The driver therefore steps the method with tStop = the earliest of the next sample
 * time, the next delayed execution and the next crossing of (b) (found by the deterministic
 * simulator's {@link EventEngine} on a fixed-state path), and after every step hands the state to
 * the same engine, which executes what is due with SBML Level 3 semantics (priorities, delays,
 * persistence, values from trigger time). When an event executes, the parameters (which events may
 * write, so each block of replicates has its own vector) and counts change, and the method is reset
 * at the current time: exact methods recompute every propensity and, the process being memoryless,
 * draw fresh waiting times. Ties between equal explicit priorities are drawn from the replicate's
 * own random stream, so replicates stay independent and the ensemble deterministic.
 */
public final class StochasticEventSimulation {

  private StochasticEventSimulation() {
  }

  /**
   * R replicates of the model from its initial state at t0, with per-sample means and variances of
   * {@code variables} (in that order, as columns of the result). Bit-identical for any thread count.
   *
   * @param p the parameter vector to start every replicate from (not modified)
   * @throws ModelException if the model cannot be simulated stochastically (rate rules) or a variable is unknown
   */
  public static EnsembleMoments ensemble(CompiledModel compiled, double[] p, double t0, double[] sampleTimes,
                                         List<String> variables, long seed, int replicates, String method, int threads) {
    ModelReactionNetwork.withEvents(compiled, p.clone()); // refuses unsupported models before any thread starts
    double[] start = p.clone();
    double[] x0 = compiled.initialState(t0, start); // initial assignments may set parameters
    List<SymbolRead> readers = readers(compiled, variables);
    double[] times = sampleTimes.clone();
    checkSampleTimes(t0, times);
    Supplier<StochasticMethod> methods = StochasticMethods.factory(method);
    return Ensemble.run(variables.size(), times, seed, replicates,
        () -> new Replicate(compiled, start, x0, t0, times, readers, methods.get()), threads);
  }

  /**
   * Single replicates of one model at fixed sample times, for callers that run many with different
   * parameters (a cohort): the variables are resolved and the times checked once, not per run.
   *
   * @throws ModelException if a variable is unknown
   */
  public static Replicates replicates(CompiledModel compiled, double t0, double[] sampleTimes, List<String> variables,
                                      String method) {
    double[] times = sampleTimes.clone();
    checkSampleTimes(t0, times);
    return new Replicates(compiled, t0, times, readers(compiled, variables), StochasticMethods.factory(method));
  }

  /** See {@link #replicates}. Thread-safe: every run builds its own network, events and method. */
  public static final class Replicates {
    private final CompiledModel compiled;
    private final double t0;
    private final double[] times;
    private final List<SymbolRead> readers;
    private final Supplier<StochasticMethod> methods;

    private Replicates(CompiledModel compiled, double t0, double[] times, List<SymbolRead> readers,
                       Supplier<StochasticMethod> methods) {
      this.compiled = compiled;
      this.t0 = t0;
      this.times = times;
      this.readers = readers;
      this.methods = methods;
    }

    /**
     * One replicate from parameters {@code p} (not modified) with the random stream of {@code seed}:
     * {@code values[k][v]} is variable v at sample time k; the same (p, seed) gives the same values on any thread.
     */
    public double[][] run(double[] p, long seed) {
      double[] start = p.clone();
      double[] x0 = compiled.initialState(t0, start);
      Replicate replicate = new Replicate(compiled, start, x0, t0, times, readers, methods.get());
      int columns = readers.size();
      double[] out = new double[times.length * columns];
      replicate.sample(org.limbic.stochastic.StochasticSimulation.random(seed), out);
      double[][] values = new double[times.length][];
      for (int k = 0; k < times.length; k++) {
        values[k] = java.util.Arrays.copyOfRange(out, k * columns, (k + 1) * columns);
      }
      return values;
    }
  }

  /** Readers of amounts: a species stored as an amount over its compartment is read as the amount. */
  private static List<SymbolRead> readers(CompiledModel compiled, List<String> variables) {
    List<SymbolRead> readers = new ArrayList<>(variables.size());
    for (String v : variables) {
      SymbolRead read = compiled.layout().reads().get(v);
      if (read == null) {
        throw new ModelException(v, "model '" + compiled.model().id() + "' has no variable of that name to record");
      }
      readers.add(new SymbolRead.Stored(read.slot()));
    }
    return readers;
  }

  private static void checkSampleTimes(double t0, double[] times) {
    double previous = t0;
    for (int k = 0; k < times.length; k++) {
      if (!(times[k] >= previous) || Double.isInfinite(times[k])) {
        throw new IllegalArgumentException("sample time " + k + " is " + times[k] + "; sample times must be finite,"
            + " non-decreasing and not before t0 = " + t0);
      }
      previous = times[k];
    }
  }

  /** One block's runner: its own parameters, network, events and method, reused replicate after replicate. */
  private static final class Replicate implements Ensemble.Replicate {
    private final double[] p0;
    private final double[] x0;
    private final double t0;
    private final double[] times;
    private final SymbolRead[] readers;
    private final StochasticMethod method;
    private final double[] p;
    private final double[] x;
    private final double[] scratch;
    private final CompiledModel.ModelOde ode;
    private final ModelReactionNetwork network;
    private final EventEngine events;
    private final boolean timeTriggers;
    private final boolean readsWork;
    /** The state held fixed between reactions, as a path for locating time-driven trigger changes. */
    private final EventEngine.StatePath fixed;

    Replicate(CompiledModel compiled, double[] p0, double[] x0, double t0, double[] times, List<SymbolRead> readers,
              StochasticMethod method) {
      this.p0 = p0;
      this.x0 = x0;
      this.t0 = t0;
      this.times = times;
      this.readers = readers.toArray(SymbolRead[]::new);
      this.method = method;
      this.p = p0.clone();
      this.x = x0.clone();
      this.scratch = new double[x0.length];
      this.ode = compiled.odeSystem(p);
      this.network = ModelReactionNetwork.withEvents(compiled, p);
      this.events = new EventEngine(compiled.layout(), ode, false);
      this.timeTriggers = network.eventTriggersReadTime();
      this.readsWork = readers.stream().anyMatch(r -> r.slot().array() == KernelArray.WORK);
      this.fixed = (t, y) -> System.arraycopy(x, 0, y, 0, y.length);
    }

    /** Allocates nothing between event executions (an execution resets the method, which may allocate). */
    @Override
    public void sample(RandomGenerator random, double[] out) {
      System.arraycopy(p0, 0, p, 0, p.length);
      System.arraycopy(x0, 0, x, 0, x.length);
      double t = t0;
      events.breakTiesWith(random);
      events.start(t, x);
      method.reset(network, t, x, random);
      StepBudget budget = StepBudget.forRun(times.length == 0 ? t : times[times.length - 1]);
      for (int k = 0; k < times.length; k++) {
        double ts = times[k];
        if (!events.hasEvents()) {
          budget.advance(method, ts);
          System.arraycopy(method.state(), 0, x, 0, x.length);
          t = ts;
        }
        while (t < ts) {
          double horizon = Math.min(ts, events.nextDelayedTime());
          double crossing = timeTriggers ? events.locateTransition(fixed, t, horizon, scratch) : Double.NaN;
          budget.step(method, Double.isNaN(crossing) ? horizon : crossing);
          t = method.time();
          System.arraycopy(method.state(), 0, x, 0, x.length);
          if (events.processAt(t, x)) {
            method.reset(network, t, x, random);
          }
        }
        record(t, out, k * readers.length);
      }
    }

    private void record(double t, double[] out, int offset) {
      if (readsWork) {
        ode.updateWork(t, x);
      }
      for (int v = 0; v < readers.length; v++) {
        out[offset + v] = readers[v].value(x, p, ode.work());
      }
    }
  }
}
