package org.limbic.sbml;

import java.io.IOException;
import java.nio.file.Path;
import org.limbic.io.InputFileException;
import org.limbic.model.Model;
import org.limbic.model.ModelException;

/**
 * SBML files as the models of experiments (an experiment file's {@code model: {sbml: FILE}}): every
 * way the file fails to be a model is one {@link ModelException} naming the file, bad input for
 * whoever runs the experiment.
 */
public final class SbmlModels {

  private SbmlModels() {
  }

  /**
   * The model in an SBML file.
   *
   * @throws ModelException naming the file if it cannot be read or its model is not supported
   */
  public static Model load(Path file) {
    try {
      return SbmlImporter.read(file);
    } catch (IOException | InputFileException e) {
      throw new ModelException(file.toString(), "cannot read the SBML file: " + e.getMessage());
    } catch (ModelException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new ModelException(file.toString(), "cannot use this SBML model: " + e.getMessage());
    }
  }
}
