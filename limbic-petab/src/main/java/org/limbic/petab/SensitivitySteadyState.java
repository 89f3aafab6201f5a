package org.limbic.petab;

import org.limbic.compile.SensitivityModel;
import org.limbic.simulation.SensitivitySimulator;
import org.limbic.simulation.SimulationOptions;
import org.limbic.solve.SolverException;

/**
 * A steady state with its sensitivities, by simulation as {@link SteadyState}: the augmented system
 * is run over decades until every component of its right-hand side, the sensitivities' too, meets
 * |f_i| <= ATOL + RTOL |y_i|, and none is still moving by the solver's second test (at its rate
 * it would have changed by more than 1 % of |y_i| + ATOL/RTOL over the time simulated: a linear
 * growth passes the first test once y is large, at t ≈ 1/RTOL). At a stable steady state the sensitivities converge to the implicit
 * function theorem's −J⁻¹ (∂f/∂p) ṗ, which is what a pre-equilibration hands on and what a
 * measurement at t = inf (post-equilibration) sees.
 */
final class SensitivitySteadyState {

  private SensitivitySteadyState() {
  }

  /** {@link org.limbic.steady.SteadyStateSolver}'s test that the state is still moving, on every component. */
  private static boolean moving(double[] y, double[] f, double elapsed) {
    for (int i = 0; i < y.length; i++) {
      if (Math.abs(f[i]) * elapsed * SteadyState.RTOL > 0.01 * (SteadyState.RTOL * Math.abs(y[i]) + SteadyState.ATOL)) {
        return true;
      }
    }
    return false;
  }

  /** The augmented state [y, s_0, s_1, ...] at the steady state, and the time at which the test passed. */
  record Reached(double[] state, double time) {
  }

  /**
   * The steady state reached from the augmented state {@code start} at t = 0 (the model's initial
   * values and their sensitivities when null); throws with the residual when there is none by
   * {@link SteadyState#LAST}, the message beginning with {@code where}.
   */
  static Reached reach(SensitivityModel model, SimulationOptions options, double[] p, double[] start, String where) {
    int decades = (int) Math.round(Math.log10(SteadyState.LAST));
    double[] times = new double[decades + 1];
    for (int k = 1; k <= decades; k++) {
      times[k] = Math.pow(10, k);
    }
    double[][] states = new SensitivitySimulator(model, options).statesAt(p, start, times);
    SensitivityModel.Ode ode = model.odeSystem(p);
    double[] f = new double[ode.dimension()];
    double worst = 0;
    int at = -1;
    for (int k = 1; k <= decades; k++) {
      double[] y = states[k];
      ode.rhs(times[k], y, f);
      worst = 0;
      at = -1;
      for (int i = 0; i < y.length; i++) {
        double ratio = Math.abs(f[i]) / (SteadyState.ATOL + SteadyState.RTOL * Math.abs(y[i]));
        if (!(ratio <= worst)) {
          worst = ratio;
          at = i;
        }
      }
      if (worst <= 1 && !moving(y, f, times[k])) {
        return new Reached(y, times[k]);
      }
    }
    throw new SolverException(where + " reaches no steady state of its sensitivities by t = " + SteadyState.LAST
        + ": d" + ode.variableName(at) + "/dt is " + f[at] + " at " + states[decades][at]
        + (worst <= 1 ? " (residual " + worst + " within the test, but still moving)" : " (residual " + worst + ")"),
        SteadyState.LAST, "",
        "check that the condition has a steady state for these parameters");
  }
}
