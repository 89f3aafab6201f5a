package org.limbic.experiment.claims;

/**
 * A published finding a model claims to reproduce, as an executable check.
 *
 * @param id the id of ../shared/domain/BRIEF.md (VOLE-n, OXT-n, GUT-n)
 * @param statement the finding in one sentence
 * @param source the citation
 * @param calibration whether a parameter was fitted to this finding
 * @param check runs the claim's experiments and judges the result
 */
public record Claim(String id, String statement, String source, Calibration calibration, ClaimCheck check) {
}
