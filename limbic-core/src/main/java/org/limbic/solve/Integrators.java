package org.limbic.solve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.limbic.model.Suggestions;

/**
 * The integrators by registry name, as models and experiment files choose them. The same shape as
 * {@link org.limbic.stochastic.StochasticMethods} and {@link org.limbic.simulation.Engines}: a map
 * from name to factory, {@link #names()} in registration order, {@link #create} for a fresh instance.
 */
public final class Integrators {

  /** The stiff default: chosen by measurement, see {@link RosenbrockIntegrator}. */
  public static final String STIFF_DEFAULT = "rodas5p";
  /** The default for models: starts explicit and switches when the problem turns stiff. */
  public static final String DEFAULT = "auto";

  private static final Map<String, Function<IntegratorOptions, Integrator>> INTEGRATORS = new LinkedHashMap<>();

  static {
    INTEGRATORS.put(DEFAULT, AutoSwitchingIntegrator::new);
    INTEGRATORS.put("dopri5", DormandPrince54::new);
    INTEGRATORS.put(STIFF_DEFAULT, options -> new RosenbrockIntegrator(RosenbrockTableau.RODAS5P, options));
    INTEGRATORS.put("rodas4", options -> new RosenbrockIntegrator(RosenbrockTableau.RODAS4, options));
  }

  private Integrators() {
  }

  /** The registered names, the default first. */
  public static List<String> names() {
    return List.copyOf(INTEGRATORS.keySet());
  }

  /** A new integrator; throws IllegalArgumentException naming the known integrators for an unknown name. */
  public static Integrator create(String name, IntegratorOptions options) {
    Function<IntegratorOptions, Integrator> factory = INTEGRATORS.get(name.toLowerCase(Locale.ROOT));
    if (factory == null) {
      throw new IllegalArgumentException("unknown integrator '" + name + "'; known integrators: "
          + String.join(", ", INTEGRATORS.keySet()) + Suggestions.closest(name, INTEGRATORS.keySet()));
    }
    return factory.apply(options);
  }
}
