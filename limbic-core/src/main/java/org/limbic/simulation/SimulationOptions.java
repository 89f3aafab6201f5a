package org.limbic.simulation;

import org.limbic.solve.IntegratorOptions;

/**
 * How to integrate: the integrator's registry name ("auto" switches between non-stiff and stiff)
 * and its tolerances and limits.
 */
public record SimulationOptions(String method, IntegratorOptions integrator) {

  public static final SimulationOptions DEFAULTS = new SimulationOptions("auto", IntegratorOptions.DEFAULTS);

  public SimulationOptions withMethod(String name) {
    return new SimulationOptions(name, integrator);
  }

  public SimulationOptions withTolerances(double rtol, double atol) {
    return new SimulationOptions(method, integrator.withTolerances(rtol, atol));
  }

  public SimulationOptions withIntegrator(IntegratorOptions options) {
    return new SimulationOptions(method, options);
  }
}
