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

  /** Multiplies every value but that of {@code inContact} by {@code factor} (forgetting without contact, one step). */
  void decayExcept(int inContact, double factor) {
    for (int k = 0; k < count; k++) {
      if (ids[k] != inContact) {
        values[k] *= factor;
      }
    }
  }
}
