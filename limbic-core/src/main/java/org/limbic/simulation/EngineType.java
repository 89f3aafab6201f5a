package org.limbic.simulation;

import java.util.List;
import org.limbic.compile.CompiledModel;

/**
 * A registered engine: its name, kind and description, the methods it runs (integrators or
 * stochastic methods, by their registry names, the default first) and how it binds a compiled model.
 */
public record EngineType(String name, EngineKind kind, String description, List<String> methods, Factory factory) {

  public EngineType {
    methods = List.copyOf(methods);
  }

  /** Binds a compiled model, the variables to record and the options (method, tolerances) into an engine. */
  @FunctionalInterface
  public interface Factory {
    /**
     * @throws org.limbic.model.ModelException if the model cannot run on this engine or a variable is unknown
     * @throws IllegalArgumentException if the method is not one of the engine's
     */
    Engine create(EngineType type, CompiledModel model, List<String> variables, SimulationOptions options);
  }

  /** An engine of this type for {@code model}; see {@link Factory#create}. */
  public Engine create(CompiledModel model, List<String> variables, SimulationOptions options) {
    if (!methods.contains(options.method())) {
      throw new IllegalArgumentException("engine '" + name + "' has no method '" + options.method() + "'; its methods: "
          + String.join(", ", methods));
    }
    return factory.create(this, model, variables, options);
  }
}
