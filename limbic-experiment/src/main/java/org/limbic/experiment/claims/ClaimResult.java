package org.limbic.experiment.claims;

/** A claim with its outcome (a check that threw is a failed outcome whose measured value is the error). */
public record ClaimResult(String model, Claim claim, ClaimOutcome outcome, double seconds) {

  public String verdict() {
    return outcome.pass() ? "PASS" : "FAIL";
  }
}
