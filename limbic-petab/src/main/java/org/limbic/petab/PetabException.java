package org.limbic.petab;

import java.nio.file.Path;

/**
 * A fault in a PEtab problem: {@code FILE:LINE:COLUMN: what is wrong; what to do}. An
 * IllegalArgumentException, so that the command line exits with 2 (bad input) and writes nothing.
 */
public final class PetabException extends IllegalArgumentException {

  public PetabException(Path file, int line, int column, String message) {
    super(file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + message);
  }
}
