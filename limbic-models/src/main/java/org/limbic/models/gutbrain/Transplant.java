package org.limbic.models.gutbrain;

import static org.limbic.models.gutbrain.PatientDynamics.*;
import static org.limbic.models.gutbrain.PatientTraits.*;

import java.util.SplittableRandom;
import org.limbic.experiment.spec.TreatmentComponent;

/**
 * Fecal microbiota transplantation as a "hard reset": the recipient's guilds and their carrying
 * capacities move, in log space, the share {@code fmt_engraftment} (the recipient's) of the way to
 * a donor's. A donor of quality q has beneficial guilds e^(0.4 q) and pathobionts e^(-0.7 q) times
 * the median, each with donor-to-donor variation (SD 0.3 in ln; assumed: donor and recipient both
 * matter, Kootte 2017, Wilson 2019 [verify]).
 */
final class Transplant {

  private static final int[] GUILDS = {FD, BU, PB, DA, GA};
  private static final int[] CAPACITIES = {K_FD, K_BU, K_PB, K_DA, K_GA};

  private Transplant() {
  }

  static void apply(double[] traits, double[] y, TreatmentComponent fmt, SplittableRandom random) {
    double q = fmt.parameter("donorQuality", 0.7);
    if (!(q >= 0 && q <= 1)) {
      throw new IllegalArgumentException("fmt: donorQuality " + q + " must be within 0..1");
    }
    double e = traits[FMT_ENGRAFTMENT] * fmt.adherence();
    for (int i = 0; i < GUILDS.length; i++) {
      double logDonor = (CAPACITIES[i] == K_PB ? -0.7 * q : 0.4 * q) + 0.3 * Gaussian.next(random);
      traits[CAPACITIES[i]] = Math.exp((1 - e) * Math.log(traits[CAPACITIES[i]]) + e * logDonor);
      y[GUILDS[i]] = Math.exp((1 - e) * Math.log(y[GUILDS[i]]) + e * logDonor);
    }
  }
}
