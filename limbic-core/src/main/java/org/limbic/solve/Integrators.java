package org.limbic.solve;

import java.util.List;
import java.util.Locale;

/** The integrators by name, as models and experiment files choose them. */
public final class Integrators {

  /** The stiff default: chosen by measurement, see {@link RosenbrockIntegrator}. */
  public static final String STIFF_DEFAULT = "rodas5p";
  /** The default for models: starts explicit and switches when the problem turns stiff. */
  public static final String DEFAULT = "auto";

  private static final List<String> NAMES = List.of("auto", "dopri5", "rodas5p", "rodas4");

  private Integrators() {
  }

  /** The registered names, the default first. */
  public static List<String> available() {
    return NAMES;
  }

  /** A new integrator; throws IllegalArgumentException naming the known integrators for an unknown name. */
  public static Integrator create(String name, IntegratorOptions options) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "auto" -> new AutoSwitchingIntegrator(options);
      case "dopri5" -> new DormandPrince54(options);
      case "rodas5p" -> new RosenbrockIntegrator(RosenbrockTableau.RODAS5P, options);
      case "rodas4" -> new RosenbrockIntegrator(RosenbrockTableau.RODAS4, options);
      default -> throw new IllegalArgumentException(
          "unknown integrator '" + name + "'; known integrators: " + String.join(", ", NAMES));
    };
  }
}
