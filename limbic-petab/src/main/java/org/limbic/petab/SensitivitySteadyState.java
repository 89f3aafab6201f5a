package org.limbic.petab;

import org.limbic.compile.SensitivityModel;
import org.limbic.simulation.SensitivitySimulator;
import org.limbic.simulation.SimulationOptions;
import org.limbic.solve.SolverException;

/**
 * A steady state with its sensitivities, by simulation as {@link SteadyState}: the augmented system
 * is run over decades until every component of its right-hand side, the sensitivities' too, meets
 * |f_i| <= ATOL + RTOL |y_i|. At a stable steady state the sensitivities converge to the implicit
 * function theorem's −J⁻¹ (∂f/∂p) ṗ, which is what a pre-equilibration hands on.
 */
final class SensitivitySteadyState {

  private static final double LAST = 1e10;

  private SensitivitySteadyState() {
  }

  static double[] reach(SensitivityModel model, SimulationOptions options, double[] p, String condition) {
    int decades = (int) Math.round(Math.log10(LAST));
    double[] times = new double[decades + 1];
    for (int k = 1; k <= decades; k++) {
      times[k] = Math.pow(10, k);
    }
    double[][] states = new SensitivitySimulator(model, options).statesAt(p, null, times);
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
      if (worst <= 1) {
        return y;
      }
    }
    throw new SolverException("condition '" + condition + "' reaches no steady state of its sensitivities by t = " + LAST
        + ": d" + ode.variableName(at) + "/dt is " + f[at] + " at " + states[decades][at], LAST, "",
        "check that the pre-equilibration condition has a steady state");
  }
}
