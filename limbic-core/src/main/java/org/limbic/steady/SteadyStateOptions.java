package org.limbic.steady;

import org.limbic.simulation.SimulationOptions;

/**
 * How to look for a steady state. Immutable; change with the {@code withX} copies.
 *
 * @param rtol, atol the steady-state test |f_i| <= atol + rtol |y_i| on every state (AMICI's
 *     default test and tolerances, 1e-8 and 1e-12: what PEtab's pre-equilibration is judged by);
 *     the conserved totals must hold to atol + rtol sum_j |g_j y_j|
 * @param strategy Newton first with simulation as the fallback, or one of them alone
 * @param maxNewtonIterations Newton steps before giving up (each with a line search)
 * @param lastTime the simulation's horizon: it is checked at t0 + 10, 100, ..., up to t0 + lastTime
 * @param simulation the integrator and its tolerances for the simulation
 */
public record SteadyStateOptions(double rtol, double atol, Strategy strategy, int maxNewtonIterations, double lastTime,
                                 SimulationOptions simulation) {

  /** Which methods to try, in order. */
  public enum Strategy { NEWTON_THEN_SIMULATION, NEWTON, SIMULATION }

  public static final SteadyStateOptions DEFAULTS = new SteadyStateOptions(1e-8, 1e-12, Strategy.NEWTON_THEN_SIMULATION,
      100, 1e10, SimulationOptions.DEFAULTS);

  public SteadyStateOptions {
    if (!(rtol >= 0 && rtol < 1) || !(atol >= 0) || rtol + atol == 0) {
      throw new IllegalArgumentException("need 0 <= rtol < 1, atol >= 0 and not both 0; got rtol " + rtol + ", atol " + atol);
    }
    if (maxNewtonIterations < 1) {
      throw new IllegalArgumentException("maxNewtonIterations must be at least 1, not " + maxNewtonIterations);
    }
    if (!(lastTime >= 10) || Double.isInfinite(lastTime)) {
      throw new IllegalArgumentException("lastTime must be finite and at least 10 (the first check), not " + lastTime);
    }
    java.util.Objects.requireNonNull(strategy, "strategy");
    java.util.Objects.requireNonNull(simulation, "simulation");
  }

  public SteadyStateOptions withTolerances(double rtol, double atol) {
    return new SteadyStateOptions(rtol, atol, strategy, maxNewtonIterations, lastTime, simulation);
  }

  public SteadyStateOptions withStrategy(Strategy strategy) {
    return new SteadyStateOptions(rtol, atol, strategy, maxNewtonIterations, lastTime, simulation);
  }

  public SteadyStateOptions withMaxNewtonIterations(int iterations) {
    return new SteadyStateOptions(rtol, atol, strategy, iterations, lastTime, simulation);
  }

  public SteadyStateOptions withLastTime(double lastTime) {
    return new SteadyStateOptions(rtol, atol, strategy, maxNewtonIterations, lastTime, simulation);
  }

  public SteadyStateOptions withSimulation(SimulationOptions simulation) {
    return new SteadyStateOptions(rtol, atol, strategy, maxNewtonIterations, lastTime, simulation);
  }
}
