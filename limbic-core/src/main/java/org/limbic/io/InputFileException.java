package org.limbic.io;

import java.nio.file.Path;

/** An input file that cannot be read as text: where (file, and line:column when known) and what to do. */
public final class InputFileException extends IllegalArgumentException {

  private final Path file;
  private final int line;
  private final int column;
  private final String problem;

  InputFileException(Path file, int line, int column, String problem) {
    super(file + ":" + line + ":" + column + ": " + problem);
    this.file = file;
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  public Path file() {
    return file;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  /** The message without the location. */
  public String problem() {
    return problem;
  }
}
