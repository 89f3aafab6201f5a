package org.limbic.experiment.claims;

/** Runs a claim's experiments (with the given seed) and judges their outcome. Must be deterministic given the seed. */
@FunctionalInterface
public interface ClaimCheck {

  ClaimOutcome run(long seed);
}
