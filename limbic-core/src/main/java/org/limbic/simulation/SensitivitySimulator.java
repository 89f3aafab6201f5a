package org.limbic.simulation;

import org.limbic.compile.CompiledModel;
import org.limbic.compile.SensitivityModel;
import org.limbic.solve.RosenbrockIntegrator;
import org.limbic.solve.RosenbrockTableau;
import org.limbic.solve.SolverException;

/**
 * Integrates a model with its forward sensitivities ({@link SensitivityModel}) by Rodas5P, the
 * sensitivities inside the error control (as CVODES with errconS, AMICI's default), and returns the
 * augmented states at the output times. Switches of the rates by comparisons of time
 * ({@link TimeSwitches}) end a step as in {@link Simulator}; where a switch time τ depends on the
 * parameters, the sensitivities jump there by (f⁻ − f⁺) dτ/dθ (the state is continuous, but a later
 * τ keeps the old rates dτ longer). Models with events or delays are refused by the compiler.
 * Thread-safe: every run works on its own arrays.
 */
public final class SensitivitySimulator {

  private final SensitivityModel model;
  private final SimulationOptions options;

  public SensitivitySimulator(SensitivityModel model, SimulationOptions options) {
    this.model = model;
    this.options = options;
  }

  /**
   * The augmented states [y, s_0, s_1, ...] at each of {@code times} (non-decreasing), in one run
   * from {@code start} at {@code times[0]}, or from the model's initial values and their
   * sensitivities when {@code start} is null.
   *
   * @param parameters augmented parameters ({@link SensitivityModel#parameters}); seeds of
   *     parameters set by initial assignments are updated when {@code start} is null
   */
  public double[][] statesAt(double[] parameters, double[] start, double[] times) {
    CompiledModel base = model.base();
    int n = model.stateCount();
    int directions = model.directions();
    int count = base.layout().parameterCount();
    double t = times[0];
    // the initialization may set parameters (initial assignments) and their seeds: read p after it
    double[] y = start != null ? start.clone() : model.initialState(t, parameters);
    double[] p = java.util.Arrays.copyOf(parameters, count);
    Engines.checkRun(base, p, times);
    SensitivityModel.Ode ode = model.odeSystem(parameters);
    RosenbrockIntegrator integrator = new RosenbrockIntegrator(RosenbrockTableau.RODAS5P, options.integrator());
    double tEnd = times[times.length - 1];
    double[] switches = TimeSwitches.of(base, p, t, tEnd);
    double[][] switchSlopes = switches.length == 0 ? new double[0][] : switchSlopes(base, p, parameters, t, tEnd, switches);
    CompiledModel.ModelOde plain = switches.length == 0 ? null : base.odeSystem(p.clone());

    double[][] out = new double[times.length][];
    int next = 0;
    while (next < times.length && times[next] == t) {
      out[next++] = y.clone();
    }
    int nextSwitch = 0;
    integrator.reset(ode, t, y);
    long steps = 0;
    long maxSteps = options.integrator().maxSteps();
    while (next < times.length) {
      while (nextSwitch < switches.length && switches[nextSwitch] <= t) {
        nextSwitch++;
      }
      double toSwitch = nextSwitch < switches.length ? switches[nextSwitch] : Double.POSITIVE_INFINITY;
      double tStop = Math.min(times[next], toSwitch);
      ode.holdBelow(tStop == toSwitch ? toSwitch : Double.POSITIVE_INFINITY);
      double tNew = integrator.step(tStop);
      if (++steps > maxSteps) {
        throw new SolverException("more than " + maxSteps + " steps in this sensitivity simulation", t, "",
            "raise maxSteps or loosen the tolerances");
      }
      while (next < times.length && times[next] <= tNew) {
        double[] row = new double[y.length];
        if (times[next] == tNew) {
          System.arraycopy(integrator.state(), 0, row, 0, row.length);
        } else {
          integrator.interpolate(times[next], row);
        }
        out[next++] = row;
      }
      t = tNew;
      if (t == toSwitch) {
        System.arraycopy(integrator.state(), 0, y, 0, y.length);
        jump(plain, y, n, directions, t, switchSlopes[nextSwitch]);
        ode.holdBelow(Double.POSITIVE_INFINITY);
        integrator.reset(ode, t, y);
        // an output exactly at the switch sees the state after it
        for (int k = next - 1; k >= 0 && times[k] == t; k--) {
          out[k] = y.clone();
        }
        nextSwitch++;
      }
    }
    return out;
  }

  /** s_j += (f⁻ − f⁺) dτ/dθ_j at a switch τ whose time depends on the parameters. */
  private static void jump(CompiledModel.ModelOde plain, double[] y, int n, int directions, double tau, double[] slopes) {
    boolean moves = false;
    for (double s : slopes) {
      moves |= s != 0.0;
    }
    if (!moves) {
      return;
    }
    double[] state = java.util.Arrays.copyOf(y, n);
    double[] before = new double[n];
    double[] after = new double[n];
    plain.rhs(Math.nextDown(tau), state, before);
    plain.rhs(tau, state, after);
    for (int j = 0; j < directions; j++) {
      for (int i = 0; i < n; i++) {
        y[n + j * n + i] += (before[i] - after[i]) * slopes[j];
      }
    }
  }

  /**
   * dτ/dθ_j of each switch, by a central difference of the switch times along the direction's
   * seed. The switch times are roots of comparisons linear in time whose coefficients are
   * parameters (τ = t_on, typically), so the difference is exact up to rounding; a direction
   * that changes the number of switches in the window is refused rather than guessed.
   */
  private double[][] switchSlopes(CompiledModel base, double[] p, double[] augmented, double t0, double tEnd,
                                  double[] switches) {
    int count = p.length;
    double[][] slopes = new double[switches.length][model.directions()];
    for (int j = 0; j < model.directions(); j++) {
      double[] seed = seedOf(augmented, j, count);
      double scale = 0;
      for (int k = 0; k < count; k++) {
        if (seed[k] != 0) {
          scale = Math.max(scale, Math.abs(p[k]) / Math.abs(seed[k]));
        }
      }
      if (java.util.Arrays.stream(seed).allMatch(v -> v == 0)) {
        continue; // the direction moves no parameter the switch times could read
      }
      double h = 1e-6 * Math.max(scale, 1e-3);
      double[] up = p.clone();
      double[] down = p.clone();
      for (int k = 0; k < count; k++) {
        up[k] += h * seed[k];
        down[k] -= h * seed[k];
      }
      double[] tu = TimeSwitches.of(base, up, t0, tEnd);
      double[] td = TimeSwitches.of(base, down, t0, tEnd);
      if (tu.length != switches.length || td.length != switches.length) {
        throw new UnsupportedOperationException("a switch of the rates in time moves in or out of [" + t0 + ", " + tEnd
            + "] under a small change of direction " + j + "; its sensitivity is not defined there");
      }
      for (int i = 0; i < switches.length; i++) {
        slopes[i][j] = (tu[i] - td[i]) / (2 * h);
      }
    }
    return slopes;
  }

  /** The seed of direction j over the whole parameter vector (zero for parameters not seeded). */
  private double[] seedOf(double[] augmented, int j, int count) {
    double[] seed = new double[count];
    model.seeds(augmented, j, seed);
    return seed;
  }
}
