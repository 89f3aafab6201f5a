package org.limbic.models.vole;

import static org.limbic.models.vole.VoleParameters.SLICE_NOISE;
import static org.limbic.models.vole.VoleParameters.SLICE_PEAK_OT;

import java.util.SplittableRandom;
import org.limbic.abm.SimState;

/**
 * NAc slices with the near-infrared OT nanosensor (Black et al. 2025; Adams et al. 2024): an
 * electrical stimulation train evokes OT release, read as the sensor's dF/F (saturating at high
 * OT). The peak local concentration scales with the animal's evoked release
 * ({@link NaccOxytocin#evokedRelease}), which includes OXTR autofacilitation.
 */
final class SliceImaging {

  static final int SLICES_PER_ANIMAL = 3;
  /** Slice-to-slice variation of the local peak (assumed CV 0.2: plane of section, sensor loading). */
  static final double SLICE_CV = 0.2;

  private SliceImaging() {
  }

  /** The animal's mean evoked dF/F over its slices. */
  static double meanResponse(Vole animal, long seed) {
    SplittableRandom random = new SplittableRandom(SimState.derive(seed, 600_000L + animal.id()));
    double release = NaccOxytocin.evokedRelease(animal.traits());
    double sum = 0;
    for (int s = 0; s < SLICES_PER_ANIMAL; s++) {
      double peak = SLICE_PEAK_OT * release * Traits.logNormal(random, SLICE_CV);
      sum += NaccOxytocin.sensorResponse(peak) + SLICE_NOISE * random.nextGaussian();
    }
    return sum / SLICES_PER_ANIMAL;
  }
}
