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
    return Model.builder("robertson").name("Robertson's autocatalytic reactions (stiff)")
        .compartment("c", 1.0)
        .amountSpecies("y1", "c", 1.0).amountSpecies("y2", "c", 0.0).amountSpecies("y3", "c", 0.0)
        .parameter("k1", 0.04, "1/s", "Robertson 1966; Hairer & Wanner II")
        .parameter("k2", 3e7, "1/s", "Robertson 1966; Hairer & Wanner II")
        .parameter("k3", 1e4, "1/s", "Robertson 1966; Hairer & Wanner II")
        .reaction("r1", "y1 -> y2", "k1 * y1")
        .reaction("r2", "2 y2 -> y2 + y3", "k2 * y2^2")
        .reaction("r3", "y2 + y3 -> y1 + y3", "k3 * y2 * y3")
        .build();
  }
}
