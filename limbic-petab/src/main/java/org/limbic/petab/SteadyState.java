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
    double[] y = y0.clone();
    double[] f = new double[y.length];
    CompiledModel.ModelOde ode = model.odeSystem(p);
    double t = 0;
    for (double end = 10; ; end *= 10) {
      y = simulator.stateAt(p, y, t, end);
      t = end;
      ode.rhs(t, y, f);
      double worst = 0;
      int at = -1;
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
      if (end >= LAST) {
        throw new SolverException("condition '" + condition + "' reaches no steady state by t = " + LAST + ": d"
            + model.layout().stateIds().get(at) + "/dt is " + f[at] + " at " + y[at], t, "",
            "check that the pre-equilibration condition has a steady state");
      }
    }
  }
}
