package org.limbic.stochastic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The stochastic methods by registry name, in the same shape as {@link org.limbic.solve.Integrators};
 * {@link #create(String)} makes a fresh instance each call.
 */
public final class StochasticMethods {

  private static final Map<String, Supplier<StochasticMethod>> METHODS = new LinkedHashMap<>();

  static {
    METHODS.put(GillespieDirect.NAME, GillespieDirect::new);
    METHODS.put(NextReactionMethod.NAME, NextReactionMethod::new);
    METHODS.put(TauLeaping.NAME, TauLeaping::new);
  }

  private StochasticMethods() {
  }

  /** The registered names, in registration order. */
  public static List<String> names() {
    return List.copyOf(METHODS.keySet());
  }

  /**
   * A fresh method.
   *
   * @throws IllegalArgumentException naming the known methods, if {@code name} is not one of them
   */
  public static StochasticMethod create(String name) {
    Supplier<StochasticMethod> factory = METHODS.get(name);
    if (factory == null) {
      throw new IllegalArgumentException("unknown stochastic method '" + name + "'; known: "
          + String.join(", ", METHODS.keySet()));
    }
    return factory.get();
  }

  /** A factory of fresh instances of the method named {@code name} (checked now). */
  public static Supplier<StochasticMethod> factory(String name) {
    create(name);
    return METHODS.get(name);
  }
}
