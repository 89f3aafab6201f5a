package org.limbic.experiment.claims;

/**
 * A claim's removal test: the same check with the mechanism the claim is about taken out of the
 * model. A claim that still passes without its mechanism tests nothing, so the expected verdict of
 * the removed check is FAIL. Validation claims compare with data and have none ({@link #notApplicable}).
 *
 * @param mechanism what is removed and how (e.g. "stretch-driven release: k_ferguson = 0")
 * @param check the claim's check on the model without it, or null where not applicable
 */
public record Removal(String mechanism, ClaimCheck check) {

  public Removal {
    if (mechanism == null || mechanism.isBlank()) {
      throw new IllegalArgumentException("a removal names the mechanism it removes");
    }
  }

  public static Removal of(String mechanism, ClaimCheck checkWithoutIt) {
    if (checkWithoutIt == null) {
      throw new IllegalArgumentException("the removal of '" + mechanism + "' needs its check");
    }
    return new Removal(mechanism, checkWithoutIt);
  }

  /** For a validation claim: a comparison with data has no mechanism of its own to remove. */
  public static Removal notApplicable(String why) {
    return new Removal(why, null);
  }

  public boolean applicable() {
    return check != null;
  }
}
