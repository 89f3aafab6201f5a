package org.limbic.experiment.file;

/**
 * Where something is in an experiment file: the source name as the user wrote it, and the 1-based
 * line and column of the YAML token. Prints as {@code experiment.yaml:12:5}.
 */
public record SourceLocation(String source, int line, int column) {

  @Override
  public String toString() {
    return source + ":" + line + ":" + column;
  }
}
