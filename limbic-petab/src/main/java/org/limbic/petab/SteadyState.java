package org.limbic.petab;

import org.limbic.compile.CompiledModel;
import org.limbic.simulation.Simulator;
import org.limbic.solve.SolverException;

/**
 * A steady state by simulation: the model is run on from its state at t = 0 over decades of time
 * (10, 100, ... 10^10) until every component of the right-hand side is negligible:
 * |f_i| <= ATOL + RTOL |y_i|, AMICI's default steady-state test with its tolerances. Newton's
 * method on the compiled Jacobian is the faster way and comes with the estimation work; simulation
 * is the fallback that always applies (conservation laws make the Jacobian singular).
 */
final class SteadyState {

  static final double RTOL = 1e-8;
  static final double ATOL = 1e-12;
  private static final double LAST = 1e10;

  private SteadyState() {
  }

  /** The steady state reached from {@code y0}; throws with the residual when there is none by {@value #LAST}. */
  static double[] reach(CompiledModel model, Simulator simulator, double[] p, double[] y0, String condition) {
    // one run over the decades, so that events go on as in one simulation (a restart per decade
    // would re-arm every trigger), checked at each decade
    int decades = (int) Math.round(Math.log10(LAST));
    double[] times = new double[decades + 1];
    for (int k = 1; k <= decades; k++) {
      times[k] = Math.pow(10, k);
    }
    double[][] states = simulator.statesAt(p, y0, times);
    double[] f = new double[y0.length];
    CompiledModel.ModelOde ode = model.odeSystem(p);
    double worst = 0;
    int at = -1;
    for (int k = 1; k <= decades; k++) {
      double[] y = states[k];
      ode.rhs(times[k], y, f);
      worst = 0;
      at = -1;
      for (int i = 0; i < y.length; i++) {
        double ratio = Math.abs(f[i]) / (ATOL + RTOL * Math.abs(y[i]));
        if (!(ratio <= worst)) {
          worst = ratio;
          at = i;
        }
      }
      if (worst <= 1) {
        return y;
      }
    }
    throw new SolverException("condition '" + condition + "' reaches no steady state by t = " + LAST + ": d"
        + model.layout().stateIds().get(at) + "/dt is " + f[at] + " at " + states[decades][at], LAST, "",
        "check that the pre-equilibration condition has a steady state");
  }
}
