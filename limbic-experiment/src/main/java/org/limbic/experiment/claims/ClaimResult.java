package org.limbic.experiment.claims;

/**
 * A claim with its outcome (a check that threw is a failed outcome whose measured value is the error)
 * and the outcome of its removal test, null where the claim has none (validation claims).
 */
public record ClaimResult(String model, Claim claim, ClaimOutcome outcome, ClaimOutcome removalOutcome, double seconds) {

  public String verdict() {
    return outcome.pass() ? "PASS" : "FAIL";
  }

  /**
   * The check's verdict with the claim's mechanism removed: FAIL for a claim that tests its
   * mechanism, PASS for one that survives the removal (a defect), n/a for validation claims.
   */
  public String removalVerdict() {
    if (removalOutcome != null) {
      return removalOutcome.pass() ? "PASS" : "FAIL";
    }
    return "n/a";
  }

  /** True if the claim passes and, where it has a removal test, fails without its mechanism. */
  public boolean sound() {
    return outcome.pass() && (removalOutcome == null || !removalOutcome.pass());
  }
}
