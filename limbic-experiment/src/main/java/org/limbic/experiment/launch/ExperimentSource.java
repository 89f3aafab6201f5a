package org.limbic.experiment.launch;

import java.nio.file.Path;
import org.limbic.experiment.file.ExperimentFiles;
import org.limbic.experiment.file.ModelResolver;
import org.limbic.experiment.spec.ExperimentSpec;
import org.limbic.model.Model;

/**
 * An experiment ready to run, as read from its file or from the run catalog: the validated spec, the
 * model it names, the text recorded with the run, and the directory its relative paths (an SBML
 * file) resolve against, recorded too so that a re-run from elsewhere finds the same files.
 */
public record ExperimentSource(ExperimentSpec spec, Model model, String text, Path directory) {

  /**
   * Reads an experiment file; {@code models} finds its model (SBML through {@link ModelResolver#withSbml}).
   *
   * @throws org.limbic.experiment.file.ExperimentFileException {@code FILE:LINE:COLUMN: what}, also when the file cannot be read
   * @throws org.limbic.model.ModelException if the model it names cannot be loaded
   */
  public static ExperimentSource read(Path file, ModelResolver models) {
    return parse(ExperimentFiles.text(file), file.toString(), file.toAbsolutePath().getParent(), models);
  }

  /** Parses experiment text named {@code sourceName} in messages, its relative paths resolved against {@code directory}. */
  public static ExperimentSource parse(String text, String sourceName, Path directory, ModelResolver models) {
    ExperimentSpec spec = ExperimentFiles.parse(text, sourceName, directory, models);
    Model model = models.resolve(spec.model()).orElseThrow(() -> new IllegalArgumentException(sourceName + ": model "
        + spec.model() + " cannot be loaded here (SBML needs ModelResolver.withSbml)"));
    return new ExperimentSource(spec, model, text, directory);
  }
}
