package org.limbic.experiment.file;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.limbic.experiment.library.ModelLibrary;
import org.limbic.experiment.spec.ModelRef;
import org.limbic.model.Model;
import org.limbic.model.ModelException;

/**
 * Finds the model an experiment file names, so that the ids the file uses can be checked against
 * it. Built-in models come from {@link ModelLibrary}; SBML import lives in another module, so the
 * command line plugs it in with {@link #withSbml(Function)}. Without it, an SBML file is only
 * checked to exist and the ids used with it are checked when the run starts.
 */
@FunctionalInterface
public interface ModelResolver {

  /**
   * The model, or empty when it cannot be loaded here (the file's ids are then not checked).
   *
   * @throws ModelException when the reference is wrong (no such built-in model, an invalid SBML file)
   */
  Optional<Model> resolve(ModelRef ref);

  /** Built-in models through {@link ModelLibrary}; SBML files are not loaded. */
  static ModelResolver builtIns() {
    return ref -> switch (ref) {
      case ModelRef.BuiltIn b -> Optional.of(ModelLibrary.get(b.id()).model());
      case ModelRef.Sbml s -> Optional.empty();
    };
  }

  /** Built-in models, and SBML files through {@code sbmlLoader} (which may throw ModelException). */
  static ModelResolver withSbml(Function<Path, Model> sbmlLoader) {
    ModelResolver builtIns = builtIns();
    return ref -> switch (ref) {
      case ModelRef.BuiltIn b -> builtIns.resolve(b);
      case ModelRef.Sbml s -> Optional.of(sbmlLoader.apply(s.file()));
    };
  }
}
