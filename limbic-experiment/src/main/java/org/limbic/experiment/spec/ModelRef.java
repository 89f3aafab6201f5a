package org.limbic.experiment.spec;

import java.nio.file.Path;

/** The model of an experiment: a built-in model by id ({@code limbic models} lists them) or an SBML file. */
public sealed interface ModelRef {

  record BuiltIn(String id) implements ModelRef {
  }

  /** @param file resolved against the experiment file's directory */
  record Sbml(Path file) implements ModelRef {
  }
}
