package org.limbic.models.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.limbic.experiment.claims.ClaimResult;
import org.limbic.experiment.claims.ClaimRunner;
import org.limbic.experiment.library.ModelLibrary;

/** The test suite runs every claim of every built-in model, as {@code limbic check} does, with its default seed. */
class AllClaimsTest {

  @Test
  void everyClaimOfEveryBuiltInModelPasses() {
    List<ClaimResult> all = ClaimRunner.run(ClaimRunner.select(ModelLibrary.all(), null), 20261123L, 2, done -> { });
    assertThat(all).allSatisfy(r -> assertThat(r.outcome().pass())
        .as("%s (%s): measured %s, expected %s", r.claim().id(), r.model(), r.outcome().measured(), r.outcome().expected())
        .isTrue());
  }
}
