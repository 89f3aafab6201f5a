package org.limbic.experiment.claims;

import java.util.Locale;

/**
 * What kind of result a claim's pass is, so that a reader can weigh it: a {@code predicted} one
 * follows from mechanisms not fitted to it; a {@code calibrated} one had parameters fitted to its
 * numbers; a {@code structural} one is implied by the form of a term; a {@code validation} one
 * compares with published data that nothing was fitted to.
 *
 * @param detail what it follows from (predicted), the data and the parameters fitted to them
 *     (calibrated), the term that implies it (structural), or the data compared (validation)
 */
public record ClaimKind(Kind kind, String detail) {

  /** The kinds, written in lower case in tables and reports. */
  public enum Kind {
    PREDICTED, CALIBRATED, STRUCTURAL, VALIDATION;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public ClaimKind {
    if (kind == null || detail == null || detail.isBlank()) {
      throw new IllegalArgumentException("a claim's kind needs a kind and a detail that says why");
    }
  }

  public static ClaimKind predicted(String reason) {
    return new ClaimKind(Kind.PREDICTED, reason);
  }

  /** @param fitted the data fitted to and the parameters fitted */
  public static ClaimKind calibrated(String fitted) {
    return new ClaimKind(Kind.CALIBRATED, fitted);
  }

  /** @param term the term of the model whose form implies the claim */
  public static ClaimKind structural(String term) {
    return new ClaimKind(Kind.STRUCTURAL, term);
  }

  /** @param data the published data compared with, fitted to nothing */
  public static ClaimKind validation(String data) {
    return new ClaimKind(Kind.VALIDATION, data);
  }

  public String label() {
    return kind.label();
  }
}
