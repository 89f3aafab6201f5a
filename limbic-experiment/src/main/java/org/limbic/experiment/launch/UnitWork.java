package org.limbic.experiment.launch;

import java.io.Serializable;
import java.nio.file.Path;
import org.limbic.experiment.file.ModelResolver;
import org.limbic.experiment.results.CanonicalText;
import org.limbic.experiment.run.ExperimentUnits;
import org.limbic.model.Model;

/**
 * What a distributed engine sends to its workers so that each can compute any of an experiment's
 * units: the experiment file's text (with its seed), the directory its relative paths (an SBML file)
 * resolve against, and the hash of the model the driver resolved. A worker rebuilds the experiment
 * from these ({@link #prepare}) and computes units by number: a unit's rows depend on the text, the
 * model and the unit's number only, so a task that is retried, or split otherwise, gives the same bytes.
 *
 * @param text the experiment file's text, as recorded in the run catalog
 * @param directory where its relative paths resolve, as a string (paths are not serializable)
 * @param modelSha256 {@link CanonicalText#sha256(Model)} of the model on the driver: a worker whose
 *     build resolves another model (an older jar on a cluster) refuses to compute rather than mix results
 */
public record UnitWork(String text, String directory, String modelSha256) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The work of an experiment read on the driver. */
  public static UnitWork of(ExperimentSource source) {
    return new UnitWork(source.text(), source.directory() == null ? null : source.directory().toString(),
        CanonicalText.sha256(source.model()));
  }

  /**
   * Rebuilds the experiment on a worker: parses the text, resolves the model through {@code models}
   * and checks it is the driver's.
   *
   * @throws IllegalStateException if the model here is not the one the driver resolved
   */
  public ExperimentUnits prepare(ModelResolver models) {
    ExperimentSource source = ExperimentSource.parse(text, "the experiment file (as sent to this worker)",
        directory == null ? null : Path.of(directory), models);
    String here = CanonicalText.sha256(source.model());
    if (!here.equals(modelSha256)) {
      throw new IllegalStateException("model " + source.model().id() + " resolves here to another model (sha256 " + here
          + ") than on the driver (" + modelSha256 + "): give the workers the same Limbic build as the driver");
    }
    return ExperimentUnits.of(source.spec(), source.model());
  }
}
