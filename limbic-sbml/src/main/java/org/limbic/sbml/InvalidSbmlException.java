package org.limbic.sbml;

/**
 * SBML that breaks a rule of the specification, which libSBML's validator calls an error: refused
 * at import, since JSBML would read it with defaults and the simulation would look right and not be.
 * The message names the file, the line where known, the element and the rule.
 */
public final class InvalidSbmlException extends IllegalArgumentException {

  private final String rule;

  public InvalidSbmlException(String source, int line, String element, String rule, String problem) {
    super(source + (line > 0 ? ":" + line : "") + ": " + element + ": " + problem + " (SBML rule " + rule
        + " in libSBML's numbering; fix the file)");
    this.rule = rule;
  }

  /** The SBML validation rule (libSBML's numbering) or the syntax rule broken. */
  public String rule() {
    return rule;
  }
}
