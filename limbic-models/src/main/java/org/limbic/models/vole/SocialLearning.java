package org.limbic.models.vole;

import static org.limbic.models.vole.VoleParameters.ALPHA_BASE;
import static org.limbic.models.vole.VoleParameters.ALPHA_DA;
import static org.limbic.models.vole.VoleParameters.ALPHA_OT;
import static org.limbic.models.vole.VoleParameters.R_BASE;
import static org.limbic.models.vole.VoleParameters.R_OT;

/**
 * How a huddle changes the value of a partner: a Rescorla-Wagner update (Rescorla & Wagner 1972)
 * towards the reward of the contact, V += alpha·dt·(r − V), whose learning rate is gated by OXTR
 * activation in NAc (Ross & Young 2009) and, during mating, by dopamine on D2 receptors (Aragona et
 * al. 2003). Losing OXTR lowers both the gain and the reward but removes neither (alpha_base,
 * r_base remain): bonds come slower, weaker and less selective, not never.
 */
final class SocialLearning {

  private SocialLearning() {
  }

  /** Reward of one huddle, in value units. */
  static double contactReward(double receptorSignal) {
    return R_BASE + R_OT * VoleMechanism.OXTR_REWARD.factor() * receptorSignal;
  }

  /**
   * Learning rate (1/min).
   *
   * @param dopamine NAc dopamine on available D2 receptors (1 = during mating, untreated)
   */
  static double learningRate(double receptorSignal, double dopamine) {
    return ALPHA_BASE * VoleMechanism.OXTR_INDEPENDENT_LEARNING.factor() + ALPHA_OT * VoleMechanism.OXTR_LEARNING.factor()
        * receptorSignal + ALPHA_DA * VoleMechanism.DOPAMINE_LEARNING.factor() * dopamine;
  }

  /** The value after {@code dt} minutes of huddling: the exact solution of dV/dt = alpha (r − V) over dt. */
  static double afterHuddle(double value, double reward, double rate, double dt) {
    return reward + (value - reward) * Math.exp(-rate * dt);
  }
}
