package org.limbic.math;

/** Infix text that is not a well-formed expression; the message starts with {@code line:column: }. */
public final class ExprParseException extends IllegalArgumentException {

  private final int line;
  private final int column;

  public ExprParseException(int line, int column, String problem) {
    super(line + ":" + column + ": " + problem);
    this.line = line;
    this.column = column;
  }

  /** 1-based line of the offending token or character. */
  public int line() {
    return line;
  }

  /** 1-based column of the offending token or character. */
  public int column() {
    return column;
  }
}
