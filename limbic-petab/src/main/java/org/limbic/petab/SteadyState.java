package org.limbic.petab;

import org.limbic.compile.CompiledModel;
import org.limbic.simulation.SimulationOptions;
import org.limbic.steady.SteadyStateException;
import org.limbic.steady.SteadyStateOptions;
import org.limbic.steady.SteadyStateResult;
import org.limbic.steady.SteadyStateSolver;

/**
 * PEtab's pre- and post-equilibration: the steady state reached from a state at t = 0, judged by
 * AMICI's default test with its tolerances, |f_i| <= ATOL + RTOL |y_i| on every state. Newton's
 * method on the compiled Jacobian first (reduced by the conservation laws), its root taken only where
 * {@link SteadyStateSolver} can tell it is the one the flow from the start reaches (regular, stable,
 * the start in its linear regime), then simulation over decades of time (10, 100, ... 10^10) until
 * the test passes, with Newton tried again from each decade's state ({@link SteadyStateSolver} says
 * when each applies: with events, only simulation). Before those checks, Newton's root was taken on
 * the test suite's case 0018 at k2 = 0.5995, where a conservation law hidden in rate rules let it
 * land in another stoichiometric class (llh -50.15 instead of -6.3946).
 */
final class SteadyState {

  static final double RTOL = 1e-8;
  static final double ATOL = 1e-12;
  static final double LAST = 1e10;

  private SteadyState() {
  }

  /**
   * The steady state reached from {@code y0} at t = 0, with the time at which the test passed;
   * throws with the residual when there is none by {@value #LAST}, the message beginning with
   * {@code where} (which equilibration of which condition).
   */
  static SteadyStateResult reach(CompiledModel model, SimulationOptions simulation, double[] p, double[] y0, String where) {
    SteadyStateOptions options = SteadyStateOptions.DEFAULTS.withTolerances(RTOL, ATOL).withLastTime(LAST)
        .withSimulation(simulation);
    try {
      return new SteadyStateSolver(model, options).solve(p, y0, 0);
    } catch (SteadyStateException e) {
      throw e.in(where + ": ");
    }
  }
}
