package org.limbic.models.examples;

import org.limbic.experiment.library.BuiltInModel;
import org.limbic.model.Model;

/**
 * Engine example: molecules bound at a constant rate and released first-order (a birth–death
 * process), whose copy number is exactly Poisson with mean k/mu (1 - e^{-mu t}) from zero.
 */
public final class BirthDeath implements BuiltInModel {

  @Override
  public String id() {
    return "birth_death";
  }

  @Override
  public String title() {
    return "Example: stochastic binding and unbinding, a birth-death process with a Poisson solution";
  }

  @Override
  public Model model() {
    return Model.builder("birth_death").name("Stochastic binding and unbinding (birth-death)").timeUnit("min")
        .compartment("cell", 1.0)
        // a molecule count: k_bind makes molecules per minute
        .species(new org.limbic.model.Species("bound", "cell", 0, false, true, false, false, "molecules"))
        .parameter("k_bind", 20, "1/min", "illustration")
        .parameter("k_unbind", 0.5, "1/min", "illustration")
        .reaction("binding", "-> bound", "k_bind")
        .reaction("unbinding", "bound ->", "k_unbind * bound")
        .build();
  }
}
