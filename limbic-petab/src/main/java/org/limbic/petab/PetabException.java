package org.limbic.petab;

import java.nio.file.Path;

/**
 * A fault in a PEtab problem: {@code FILE:LINE:COLUMN: what is wrong; what to do}. An
 * IllegalArgumentException, so that the command line exits with 2 (bad input) and writes nothing.
 */
public final class PetabException extends IllegalArgumentException {

  private final boolean unsupported;

  public PetabException(Path file, int line, int column, String message) {
    this(file, line, column, message, false);
  }

  private PetabException(Path file, int line, int column, String message, boolean unsupported) {
    super(file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + message);
    this.unsupported = unsupported;
  }

  /** A feature of PEtab this reader does not support yet (PEtab 2.0): not a fault of the problem. */
  static PetabException unsupported(Path file, int line, int column, String message) {
    return new PetabException(file, line, column, message, true);
  }

  /** Whether this refuses a feature not supported yet, rather than a fault. */
  public boolean isUnsupported() {
    return unsupported;
  }
}
