package org.limbic.models.gutbrain;

import java.util.List;
import org.limbic.model.ModelBuilder;

/**
 * The gut community of Stein et al. 2013 (PLoS Comput Biol 9:e1003388) as generalized
 * Lotka–Volterra equations on the engine: x_i' = x_i (μ_i + Σ_j M_ij x_j + ε_i u(t)), 10 genera plus
 * C. difficile, densities in 10^11 16S copies/cm³, time in days, u the clindamycin signal (0/1).
 * The published parameters ({@link SteinData}) become model parameters, so a scenario can vary any.
 */
public final class SteinCommunity {

  static final String SOURCE = "Stein et al. 2013 PLoS Comput Biol 9:e1003388, supplement (fitted to 16S time series of mice)";

  private SteinCommunity() {
  }

  /** Species id of a published genus, e.g. "Clostridium_difficile". */
  public static String species(String genus) {
    return genus;
  }

  /**
   * Adds the genera as species in {@code compartment}, starting from mouse {@code mouse}'s day-0
   * community, driven by the parameter {@code clindamycin} (0 off, 1 the published pulse signal).
   */
  public static ModelBuilder addTo(ModelBuilder b, String compartment, int mouse) {
    SteinData.Parameters p = SteinData.parameters();
    double[] x0 = SteinData.sample(mouse, 0).density();
    List<String> g = p.genera();
    b.parameter("clindamycin", 0, "1 (signal u(t): 1 while dosing)", SOURCE + ": antibiotic input u(t)");
    for (int i = 0; i < g.size(); i++) {
      b.parameter("mu_" + g.get(i), p.growth()[i], "1/day", SOURCE + ", growth rate of " + g.get(i));
      b.parameter("eps_" + g.get(i), p.susceptibility()[i], "1/day", SOURCE + ", clindamycin susceptibility of " + g.get(i));
      for (int j = 0; j < g.size(); j++) {
        b.parameter(interaction(i, j), p.interactions()[i][j], "1/(day*1e11 copies/cm3)",
            SOURCE + ", effect of " + g.get(j) + " on " + g.get(i));
      }
      // the unit of the interactions' denominator, as Stein et al. give densities
      b.species(species(g.get(i)), compartment, x0[i], "1e11 copies/cm3");
    }
    for (int i = 0; i < g.size(); i++) {
      StringBuilder rate = new StringBuilder("mu_" + g.get(i));
      for (int j = 0; j < g.size(); j++) {
        rate.append(" + ").append(interaction(i, j)).append(" * ").append(species(g.get(j)));
      }
      rate.append(" + eps_").append(g.get(i)).append(" * clindamycin");
      b.reaction("glv_" + g.get(i), "-> " + species(g.get(i)), species(g.get(i)) + " * (" + rate + ") * " + compartment);
    }
    return b;
  }

  private static String interaction(int i, int j) {
    return "M_" + (i + 1) + "_" + (j + 1);
  }
}
