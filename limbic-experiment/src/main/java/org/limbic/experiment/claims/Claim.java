package org.limbic.experiment.claims;

/**
 * A published finding a model claims to reproduce, as an executable check.
 *
 * @param id the id of ../shared/domain/BRIEF.md (VOLE-n, OXT-n, GUT-n)
 * @param statement the finding in one sentence
 * @param source the citation
 * @param kind what kind of result a pass is (predicted, calibrated, structural, validation)
 * @param check runs the claim's experiments and judges the result
 * @param removal the same check without the claim's mechanism, which must fail
 */
public record Claim(String id, String statement, String source, ClaimKind kind, ClaimCheck check, Removal removal) {

  public Claim {
    boolean validation = kind.kind() == ClaimKind.Kind.VALIDATION;
    if (validation == removal.applicable()) {
      throw new IllegalArgumentException("claim " + id + ": " + (validation
          ? "a validation claim has no removal test (Removal.notApplicable)"
          : "a " + kind.label() + " claim needs a removal test: the check without its mechanism, which must fail"));
    }
  }
}
