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

  /**
   * Why this resolver will not read the SBML file {@code file}, or empty: asked before the file
   * system is touched, so that a resolver that reads only some files (a server, only its uploads)
   * keeps a request from probing which others exist.
   */
  default Optional<String> refusal(Path file) {
    return Optional.empty();
  }

  /** This resolver, refusing the SBML files {@code refusal} gives a reason for, before any is touched. */
  default ModelResolver refusing(Function<Path, Optional<String>> refusal) {
    ModelResolver inner = this;
    return new ModelResolver() {
      @Override
      public Optional<Model> resolve(ModelRef ref) {
        if (ref instanceof ModelRef.Sbml s) {
          refusal.apply(s.file()).ifPresent(reason -> {
            throw new IllegalArgumentException(reason);
          });
        }
        return inner.resolve(ref);
      }

      @Override
      public Optional<String> refusal(Path file) {
        return refusal.apply(file).or(() -> inner.refusal(file));
      }
    };
  }

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
