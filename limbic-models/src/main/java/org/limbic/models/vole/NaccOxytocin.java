package org.limbic.models.vole;

import static org.limbic.models.vole.VoleParameters.K_OXTR;
import static org.limbic.models.vole.VoleParameters.OT_AUTOFEEDBACK;
import static org.limbic.models.vole.VoleParameters.SENSOR_FMAX;
import static org.limbic.models.vole.VoleParameters.SENSOR_KD;

/**
 * Oxytocin in the nucleus accumbens: evoked release, receptor activation and the nanosensor that
 * reads release in slices. Release is facilitated by OT acting on OXTR of the releasing neurons
 * (positive feedback; Ludwig & Leng 2006), so an animal without receptors releases less: no
 * compensation upstream (VOLE-5) follows from the same density that gates learning.
 */
final class NaccOxytocin {

  private NaccOxytocin() {
  }

  /** Evoked OT release relative to the median wild type (1 at capacity 1 and density 1). */
  static double evokedRelease(Traits t) {
    double gain = OT_AUTOFEEDBACK * VoleMechanism.OT_AUTOFEEDBACK.factor();
    return t.otCapacity() * (1 + gain * t.oxtrDensity()) / (1 + gain);
  }

  /** OXTR activation in NAc during social contact: density times receptor occupancy (one-site binding). */
  static double receptorSignal(Traits t) {
    double ot = evokedRelease(t);
    return t.oxtrDensity() * ot / (ot + K_OXTR);
  }

  /** Nanosensor response to an OT concentration (one-site saturation, Kd 4.9 uM, max +172 %; Adams et al. 2024). */
  static double sensorResponse(double concentrationMicromolar) {
    return SENSOR_FMAX * concentrationMicromolar / (concentrationMicromolar + SENSOR_KD);
  }
}
