package org.limbic.models.examples;

import org.limbic.experiment.library.BuiltInModel;
import org.limbic.model.Model;

/** Engine example: Robertson's autocatalytic reactions, the classic stiff test (Hairer & Wanner II, IV.1). */
public final class Robertson implements BuiltInModel {

  @Override
  public String id() {
    return "robertson";
  }

  @Override
  public String title() {
    return "Example: Robertson's stiff autocatalytic kinetics (Hairer & Wanner, Solving ODEs II)";
  }

  @Override
  public Model model() {
    // dimensionless amounts (k2 y2^2 is in 1/s), time in seconds as the rate constants give it
    return Model.builder("robertson").name("Robertson's autocatalytic reactions (stiff)").timeUnit("s")
        .compartment("c", 1.0)
        .species(amount("y1", 1.0)).species(amount("y2", 0.0)).species(amount("y3", 0.0))
        .parameter("k1", 0.04, "1/s", "Robertson 1966; Hairer & Wanner II")
        .parameter("k2", 3e7, "1/s", "Robertson 1966; Hairer & Wanner II")
        .parameter("k3", 1e4, "1/s", "Robertson 1966; Hairer & Wanner II")
        .reaction("r1", "y1 -> y2", "k1 * y1")
        .reaction("r2", "2 y2 -> y2 + y3", "k2 * y2^2")
        .reaction("r3", "y2 + y3 -> y1 + y3", "k3 * y2 * y3")
        .build();
  }

  private static org.limbic.model.Species amount(String id, double initial) {
    return new org.limbic.model.Species(id, "c", initial, false, true, false, false, "1");
  }
}
