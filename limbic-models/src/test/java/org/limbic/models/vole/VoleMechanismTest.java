package org.limbic.models.vole;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.limbic.experiment.claims.ClaimCheck;
import org.limbic.experiment.claims.ClaimOutcome;

/** A removal takes a mechanism out for one check only, and only that mechanism. */
class VoleMechanismTest {

  @Test
  void aRemovalHoldsForItsCheckOnlyAndOnlyForTheMechanismsNamed() {
    double[] seen = new double[2];
    ClaimCheck probe = seed -> {
      seen[0] = VoleMechanism.OXTR_LEARNING.factor();
      seen[1] = VoleMechanism.DOPAMINE_LEARNING.factor();
      return new ClaimOutcome(true, "", "", List.of());
    };
    VoleMechanism.removal(probe, VoleMechanism.OXTR_LEARNING).check().run(1);
    assertThat(seen).containsExactly(0, 1);
    assertThat(VoleMechanism.OXTR_LEARNING.factor()).as("after the check").isEqualTo(1);
  }

  /** The learning rate without OXTR's gain is the OXTR-independent rate plus dopamine's, as the model's formula says. */
  @Test
  void removingTheOxtrGainLeavesTheOtherRoutesOfLearning() {
    double signal = 0.8;
    double dopamine = 0.01;
    double[] rate = new double[1];
    VoleMechanism.removal(seed -> {
      rate[0] = SocialLearning.learningRate(signal, dopamine);
      return new ClaimOutcome(true, "", "", List.of());
    }, VoleMechanism.OXTR_LEARNING).check().run(1);
    assertThat(rate[0]).isEqualTo(VoleParameters.ALPHA_BASE + VoleParameters.ALPHA_DA * dopamine);
    assertThat(SocialLearning.learningRate(signal, dopamine)).isEqualTo(
        VoleParameters.ALPHA_BASE + VoleParameters.ALPHA_OT * signal + VoleParameters.ALPHA_DA * dopamine);
  }
}
