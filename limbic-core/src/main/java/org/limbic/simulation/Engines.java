package org.limbic.simulation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.limbic.compile.CompiledModel;
import org.limbic.model.Suggestions;
import org.limbic.solve.Integrators;
import org.limbic.stochastic.StochasticMethods;

/**
 * The engines by registry name, in the shape of {@link Integrators} and {@link StochasticMethods}.
 * {@link #forMethod} is the one place that turns a method name, as experiment files give it, into
 * an engine: callers never tell deterministic from stochastic runs themselves.
 */
public final class Engines {

  public static final String ODE = "ode";
  public static final String SSA = "ssa";
  public static final String SSA_EVENTS = "ssa-events";

  private static final Map<String, EngineType> ENGINES = new LinkedHashMap<>();

  static {
    register(new EngineType(ODE, EngineKind.DETERMINISTIC,
        "ODE integration with event location by root finding (SBML L3 event semantics), delays and algebraic rules",
        Integrators.names(), OdeEngine::new));
    register(new EngineType(SSA, EngineKind.STOCHASTIC,
        "stochastic simulation of a model of reactions only (no events), species counts",
        StochasticMethods.names(), SsaEngine::new));
    register(new EngineType(SSA_EVENTS, EngineKind.STOCHASTIC,
        "stochastic simulation with SBML events between reactions; records any variable",
        StochasticMethods.names(), SsaEventsEngine::new));
  }

  private Engines() {
  }

  private static void register(EngineType type) {
    ENGINES.put(type.name(), type);
  }

  /** Every registered engine, in registration order. */
  public static List<EngineType> all() {
    return List.copyOf(ENGINES.values());
  }

  /** The engine named {@code name}; throws IllegalArgumentException naming the known ones. */
  public static EngineType get(String name) {
    EngineType type = ENGINES.get(name);
    if (type == null) {
      throw new IllegalArgumentException("unknown engine '" + name + "'; known engines: " + String.join(", ", ENGINES.keySet())
          + Suggestions.closest(name, ENGINES.keySet()));
    }
    return type;
  }

  /** Every method name some engine runs: the integrators, then the stochastic methods. */
  public static List<String> methods() {
    return ENGINES.values().stream().flatMap(t -> t.methods().stream()).distinct().toList();
  }

  /**
   * The engine that runs {@code options.method()} on {@code model}: an integrator runs on {@value #ODE};
   * a stochastic method on {@value #SSA}, or {@value #SSA_EVENTS} when the model has events.
   *
   * @throws IllegalArgumentException for a method no engine runs, naming the known ones
   */
  public static Engine forMethod(CompiledModel model, List<String> variables, SimulationOptions options) {
    String method = options.method();
    EngineType type;
    if (Integrators.names().contains(method)) {
      type = get(ODE);
    } else if (StochasticMethods.names().contains(method)) {
      type = get(model.model().events().isEmpty() ? SSA : SSA_EVENTS);
    } else {
      throw new IllegalArgumentException("unknown solver method '" + method + "'; known: " + Integrators.names()
          + " and the stochastic " + StochasticMethods.names() + Suggestions.closest(method, methods()));
    }
    return type.create(model, variables, options);
  }

  /** What every engine checks before a run: a parameter vector of the model's length and usable output times. */
  static void checkRun(CompiledModel model, double[] parameters, double[] times) {
    if (parameters.length != model.layout().parameterCount()) {
      throw new IllegalArgumentException("parameter vector has " + parameters.length + " entries; model '"
          + model.model().id() + "' has " + model.layout().parameterCount() + " (start from CompiledModel.newParameters())");
    }
    if (times.length == 0) {
      throw new IllegalArgumentException("no output times given");
    }
    for (int i = 0; i < times.length; i++) {
      if (!Double.isFinite(times[i])) {
        throw new IllegalArgumentException("output time " + i + " is not finite: " + times[i]);
      }
      if (i > 0 && times[i] < times[i - 1]) {
        throw new IllegalArgumentException("output times must not decrease: " + times[i - 1] + " then " + times[i]);
      }
    }
  }
}
