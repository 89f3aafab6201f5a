package org.limbic.models.hpa;

import org.limbic.model.ModelBuilder;

/**
 * The hypothalamic–pituitary–adrenal axis in the compact form of Karin et al. 2020 (Mol Syst Biol
 * 16:e9510, eqs. 1–3): CRH → ACTH → cortisol, with cortisol feeding back through the glucocorticoid
 * receptor, GR(x3) = 1 / (1 + (x3/K_GR)^n), on both CRH and ACTH secretion. Shared by every model
 * that needs a stress axis (one implementation, several users: the oxytocin model here, the
 * gut–brain model later), so it takes its drive as an expression and owns nothing else.
 *
 * <p>Simplifications, stated: the gland masses P and A of Karin et al. (weeks time scale) are held
 * at their resting value 1, so the module is valid from minutes to days; the MR term is omitted
 * (it matters near the circadian trough). Concentrations are relative to rest: with drive 1 every
 * hormone rests at 1 (the production constants are chosen so, which is Karin's own normalisation).
 */
public final class HpaAxis {

  private HpaAxis() {
  }

  /**
   * Adds species {@code CRH}, {@code ACTH}, {@code cortisol} (relative to rest, in {@code compartment})
   * driven by {@code drive} (an expression, 1 = resting input to the PVN's parvocellular CRH cells).
   */
  public static ModelBuilder addTo(ModelBuilder b, String compartment, String drive) {
    b.parameter("hpa_a_crh", 0.17, "1/min", "Karin et al. 2020 Mol Syst Biol 16:e9510, Table 1 (a1; value as transcribed in public implementations, table not read"
            + " here): CRH half-life ~4 min")
        .parameter("hpa_a_acth", 0.035, "1/min", "Karin et al. 2020, Table 1 (a2, as transcribed; one later implementation uses 0.07): ACTH half-life ~20 min (< 20 min, BRIEF §3)")
        .parameter("hpa_a_cortisol", 0.0086, "1/min", "Karin et al. 2020, Table 1 (a3, as transcribed): cortisol half-life ~80 min (60-90 min, BRIEF §3)")
        .parameter("hpa_k_gr", 4.0, "1 (relative cortisol)", "Karin et al. 2020 (K_GR = 4 as transcribed; another public implementation uses 5): GR half-activation at 4x resting cortisol")
        .parameter("hpa_n_gr", 3.0, "1", "Karin et al. 2020, eqs. 1-3: GR(x) = 1/(1 + (x/K_GR)^3), Hill coefficient 3 (as in BRIEF §3)")
        .species("CRH", compartment, 1.0)
        .species("ACTH", compartment, 1.0)
        .species("cortisol", compartment, 1.0)
        .function("hpa_gr", java.util.List.of("x", "k", "n"), "1 / (1 + pow(x / k, n))")
        // production normalised by GR(1) so that drive 1 gives CRH = ACTH = cortisol = 1 at rest
        .reaction("crh_secretion", "-> CRH",
            "hpa_a_crh * " + drive + " * hpa_gr(cortisol, hpa_k_gr, hpa_n_gr) / hpa_gr(1, hpa_k_gr, hpa_n_gr) * " + compartment)
        .reaction("crh_clearance", "CRH ->", "hpa_a_crh * CRH * " + compartment)
        .reaction("acth_secretion", "-> ACTH",
            "hpa_a_acth * CRH * hpa_gr(cortisol, hpa_k_gr, hpa_n_gr) / hpa_gr(1, hpa_k_gr, hpa_n_gr) * " + compartment)
        .reaction("acth_clearance", "ACTH ->", "hpa_a_acth * ACTH * " + compartment)
        .reaction("cortisol_secretion", "-> cortisol", "hpa_a_cortisol * ACTH * " + compartment)
        .reaction("cortisol_clearance", "cortisol ->", "hpa_a_cortisol * cortisol * " + compartment);
    return b;
  }
}
