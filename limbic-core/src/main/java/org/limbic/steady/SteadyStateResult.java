package org.limbic.steady;

import java.util.List;

/**
 * A steady state found: the state (amounts, in the layout's state order) and how it was found.
 *
 * @param method Newton's method or simulation
 * @param iterations Newton steps taken, or the decades of simulated time checked
 * @param residual the largest |f_i| / (atol + rtol |y_i|) at the state (at most 1: the test passed)
 * @param worstVariable the state where that largest ratio is
 * @param time for a simulation, the time at which the test passed; NaN for Newton
 * @param conservationLaws the laws the Newton solution was held to and checked against (also found
 *     for a simulation, whose totals may drift by the integrator's tolerances or change at events)
 * @param note why Newton's method was not used or did not succeed, or "" when it did
 */
public record SteadyStateResult(List<String> stateIds, double[] state, Method method, int iterations, double residual,
                                String worstVariable, double time, ConservationLaws conservationLaws, String note) {

  /** How a steady state was found. */
  public enum Method { NEWTON, SIMULATION }

  public SteadyStateResult {
    stateIds = List.copyOf(stateIds);
    state = state.clone();
  }

  @Override
  public double[] state() {
    return state.clone();
  }

  public double value(String stateId) {
    int i = stateIds.indexOf(stateId);
    if (i < 0) {
      throw new IllegalArgumentException("no state '" + stateId + "'; states are " + stateIds);
    }
    return state[i];
  }
}
