package org.limbic.models.vole;

import java.util.Arrays;

/**
 * The learned social value of every animal a vole has huddled with, by animal id; unknown animals
 * are worth 0. Few partners per animal, so a linear scan over small arrays (allocation-free on the
 * hot path).
 */
final class SocialMemory {

  private int[] ids = new int[4];
  private double[] values = new double[4];
  private boolean[] touched = new boolean[4];
  private int count;

  double value(int id) {
    for (int k = 0; k < count; k++) {
      if (ids[k] == id) {
        return values[k];
      }
    }
    return 0;
  }

  void set(int id, double value) {
    for (int k = 0; k < count; k++) {
      if (ids[k] == id) {
        values[k] = value;
        return;
      }
    }
    if (count == ids.length) {
      ids = Arrays.copyOf(ids, 2 * count);
      values = Arrays.copyOf(values, 2 * count);
      touched = Arrays.copyOf(touched, 2 * count);
    }
    ids[count] = id;
    values[count++] = value;
  }

  /** The highest value held: the strength of the animal's best bond. */
  double bond() {
    double best = 0;
    for (int k = 0; k < count; k++) {
      best = Math.max(best, values[k]);
    }
    return best;
  }

  /**
   * One minute-step of learning from contact with {@code id}: the Rescorla-Wagner update of
   * {@link SocialLearning#afterHuddle}; the value is marked as in contact for this step.
   */
  void reinforce(int id, double reward, double rate, double dt) {
    set(id, SocialLearning.afterHuddle(value(id), reward, rate, dt));
    for (int k = 0; k < count; k++) {
      if (ids[k] == id) {
        touched[k] = true;
      }
    }
  }

  /** Ends a step: every value not reinforced in it is multiplied by {@code factor} (forgetting without contact). */
  void endStep(double factor) {
    for (int k = 0; k < count; k++) {
      if (!touched[k]) {
        values[k] *= factor;
      }
      touched[k] = false;
    }
  }
}
