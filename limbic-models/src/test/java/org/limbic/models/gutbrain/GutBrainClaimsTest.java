package org.limbic.models.gutbrain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.limbic.experiment.claims.Claim;
import org.limbic.experiment.claims.ClaimOutcome;

/** The mechanistic claims with the suite's seed, each printed (AllClaimsTest runs them too, with every other model's). */
class GutBrainClaimsTest {

  @Test
  void everyMechanisticClaimPasses() {
    for (Claim c : GutBrainClaims.all()) {
      long start = System.nanoTime();
      ClaimOutcome o = c.check().run(20261123L);
      System.out.printf("%s %s (%.1f s): measured %s | expected %s%n", c.id(), o.pass() ? "PASS" : "FAIL",
          (System.nanoTime() - start) / 1e9, o.measured(), o.expected());
    }
    for (Claim c : GutBrainClaims.all()) {
      assertThat(c.check().run(20261123L).pass()).as(c.id()).isTrue();
    }
  }

  @Test
  void cohortClaimsAreReproducibleFromTheSeedAndMoveWithIt() {
    for (Claim c : CohortClaims.all()) {
      assertThat(c.check().run(7L).measured()).as(c.id()).isEqualTo(c.check().run(7L).measured());
      assertThat(c.check().run(7L).measured()).as(c.id()).isNotEqualTo(c.check().run(8L).measured());
    }
  }
}
