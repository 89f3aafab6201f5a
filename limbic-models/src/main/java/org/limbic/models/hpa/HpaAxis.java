package org.limbic.models.hpa;

import org.limbic.model.ModelBuilder;

/**
 * The hypothalamic–pituitary–adrenal axis in the compact form of Karin et al. 2020 (Mol Syst Biol
 * 16:e9510, eqs. 1–3): CRH → ACTH → cortisol, with cortisol feeding back through the glucocorticoid
 * receptor, GR(x3) = 1 / (1 + (x3/K_GR)^n), on both CRH and ACTH secretion. Shared by every model
 * that needs a stress axis (one implementation, several users: the oxytocin model, in minutes, and
 * the gut–brain model, in days through the time-scaled form and, for cohorts, {@link #steadyCortisol}),
 * so it takes its drive as an expression and owns nothing else.
 *
 * <p>Simplifications, stated: the gland masses P and A of Karin et al. (weeks time scale) are held
 * at their resting value 1, so the module is valid from minutes to days; the MR term is omitted
 * (it matters near the circadian trough). Concentrations are relative to rest: with drive 1 every
 * hormone rests at 1 (the production constants are chosen so, which is Karin's own normalisation).
 */
public final class HpaAxis {

  private HpaAxis() {
  }

  /** Karin et al. 2020, Table 1: GR half-activation at 4x resting cortisol [verify]. */
  public static final double K_GR = 4.0;
  /** The unit of a level scaled so that 1 is its resting value (the axis' hormones, and the host's levels like them). */
  public static final String RELATIVE_TO_REST = "1 (relative to rest)";
  /** Karin et al. 2020, Table 1: GR Hill coefficient [verify]. */
  public static final double N_GR = 3.0;

  /**
   * Adds species {@code CRH}, {@code ACTH}, {@code cortisol} (relative to rest, in {@code compartment})
   * driven by {@code drive} (an expression, 1 = resting input to the PVN's parvocellular CRH cells).
   * Time in minutes, GR feedback as published.
   */
  public static ModelBuilder addTo(ModelBuilder b, String compartment, String drive) {
    return addTo(b, compartment, drive, "1", 1.0);
  }

  /**
   * As {@link #addTo(ModelBuilder, String, String)} for a model whose time unit is
   * {@code minutesPerTimeUnit} minutes (1440 for days: the rates are scaled, the equations are the
   * same), with the GR half-activation multiplied by {@code grResistance} (an expression, 1 = as
   * published; above 1 = weaker feedback, as in GR resistance of depression or an immature axis).
   */
  public static ModelBuilder addTo(ModelBuilder b, String compartment, String drive, String grResistance,
                                   double minutesPerTimeUnit) {
    if (!(minutesPerTimeUnit > 0)) {
      throw new IllegalArgumentException("HPA axis: minutes per time unit must be > 0, not " + minutesPerTimeUnit);
    }
    // a1: the value public implementations use; Karin's table itself was not read. The half-lives (and the Hill
    // coefficient 3) agree with ../shared/domain/BRIEF.md §3
    b.parameter("hpa_a_crh", 0.17, "1/min", "Karin et al. 2020 Mol Syst Biol 16:e9510, Table 1 (a1, as transcribed in public"
            + " implementations): CRH half-life ~4 min")
        .parameter("hpa_a_acth", 0.035, "1/min", "Karin et al. 2020, Table 1 (a2, as transcribed; one later implementation uses 0.07): ACTH half-life ~20 min")
        .parameter("hpa_a_cortisol", 0.0086, "1/min", "Karin et al. 2020, Table 1 (a3, as transcribed): cortisol half-life ~80 min (60-90 min)")
        .parameter("hpa_k_gr", K_GR, "1 (relative cortisol)", "Karin et al. 2020 (K_GR = 4 as transcribed; another public implementation uses 5): GR half-activation at 4x resting cortisol")
        .parameter("hpa_n_gr", N_GR, "1", "Karin et al. 2020, eqs. 1-3: GR(x) = 1/(1 + (x/K_GR)^3), Hill coefficient 3")
        .parameter("hpa_minutes_per_time_unit", minutesPerTimeUnit, "min", "the host model's time unit in minutes (rates above are per minute)")
        .species("CRH", compartment, 1.0, RELATIVE_TO_REST)
        .species("ACTH", compartment, 1.0, RELATIVE_TO_REST)
        .species("cortisol", compartment, 1.0, RELATIVE_TO_REST)
        .function("hpa_gr", java.util.List.of("x", "k", "n"), "1 / (1 + pow(x / k, n))")
        .variable("hpa_k_gr_effective", K_GR)
        .assignmentRule("hpa_k_gr_effective", "hpa_k_gr * (" + grResistance + ")");
    String feedback = "hpa_gr(cortisol, hpa_k_gr_effective, hpa_n_gr) / hpa_gr(1, hpa_k_gr_effective, hpa_n_gr)";
    String scale = "hpa_minutes_per_time_unit * ";
    // production normalised by GR(1) so that drive 1 gives CRH = ACTH = cortisol = 1 at rest
    b.reaction("crh_secretion", "-> CRH", scale + "hpa_a_crh * " + drive + " * " + feedback + " * " + compartment)
        .reaction("crh_clearance", "CRH ->", scale + "hpa_a_crh * CRH * " + compartment)
        .reaction("acth_secretion", "-> ACTH", scale + "hpa_a_acth * CRH * " + feedback + " * " + compartment)
        .reaction("acth_clearance", "ACTH ->", scale + "hpa_a_acth * ACTH * " + compartment)
        .reaction("cortisol_secretion", "-> cortisol", scale + "hpa_a_cortisol * ACTH * " + compartment)
        .reaction("cortisol_clearance", "cortisol ->", scale + "hpa_a_cortisol * cortisol * " + compartment);
    return b;
  }

  /**
   * The steady state of the same equations for a constant drive (relative cortisol): with
   * f = GR(x)/GR(1), CRH = drive·f, ACTH = CRH·f, cortisol = ACTH, so x = drive·f(x)²; solved by
   * safeguarded Newton iteration (the right side falls with x, so the root is unique and bracketed
   * by [0, max(1, drive)]). Used where the axis is fast against the time scale of interest (weeks of
   * mood), instead of integrating minutes; allocation-free, a few iterations.
   */
  public static double steadyCortisol(double drive, double kGr, double nGr) {
    if (!(drive >= 0) || !(kGr > 0)) {
      throw new IllegalArgumentException("HPA steady state needs drive >= 0 and K_GR > 0, not " + drive + ", " + kGr);
    }
    double gr1 = 1 / (1 + Math.pow(1 / kGr, nGr));
    double lo = 0;
    double hi = Math.max(1, drive);
    double x = Math.min(hi, Math.max(1e-9, drive));
    for (int i = 0; i < 100; i++) {
      double q = Math.pow(x / kGr, nGr);
      double f = 1 / (1 + q) / gr1;
      double g = x - drive * f * f;
      if (Math.abs(g) < 1e-12 * Math.max(1, x)) {
        return x;
      }
      if (g < 0) {
        lo = x;
      } else {
        hi = x;
      }
      // d/dx f = -f * n q / (x (1 + q)); g' = 1 - 2 drive f f'
      double fPrime = -f * nGr * q / (x * (1 + q));
      double next = x - g / (1 - 2 * drive * f * fPrime);
      x = next > lo && next < hi ? next : 0.5 * (lo + hi);
    }
    return x;
  }
}
