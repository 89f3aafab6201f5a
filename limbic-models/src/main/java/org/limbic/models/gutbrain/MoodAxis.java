package org.limbic.models.gutbrain;

import java.util.List;
import org.limbic.model.ModelBuilder;
import org.limbic.models.hpa.HpaAxis;

/**
 * The mood-relevant extension of the gut model as ODEs (time in days), the same equations as
 * {@link PatientDynamics} with the fast parts dynamic instead of quasi-steady:
 *
 * <ul>
 *   <li>Guilds (relative to the median): fiber degraders, butyrate producers (cross-fed), pathobionts
 *       (held down by colonization resistance), dopamine/NE producers, GABA producers; logistic growth
 *       with diet-dependent capacities, antibiotic kill, re-seeding; a probiotic load fed by CFU/day
 *       and washed out.</li>
 *   <li>SCFA: plasma butyrate from fermented fiber and the butyrate share (60:25:15); a lactulose
 *       bolus (species {@code lactulose_small_bowel}, g) passes to the colon and is fermented with
 *       Michaelis–Menten kinetics scaled by the degrader guild, and its acetate appears in plasma
 *       (Pomare et al. 1985).</li>
 *   <li>Barrier and immune (quasi-steady, hours): permeability, LPS, IL-6, TNF-α, CRP; IDO and the
 *       kynurenine/tryptophan ratio; serotonin tone = synthesis × (1 + SSRI gain × SSRI effect).</li>
 *   <li>Vagus: afferent tone from butyrate, GABA producers and a vagal strain; {@code vagus_intact} 0
 *       is vagotomy (the microbial modulation is cut, the reference tone remains).</li>
 *   <li>HPA: the shared {@link HpaAxis} (Karin et al. 2020) with rates scaled to days, driven by
 *       stress, IL-6 and vagal tone; a stressor's drive is amplified while {@code hpa_maturity} is
 *       low, and hpa_maturity follows colonization only while a developmental window is open
 *       (Sudo et al. 2004; the mechanism is assumed: microbial signals early in life set PVN stress
 *       reactivity).</li>
 *   <li>Mood: latent depression (HAMD-17 points) and anxiety (HAMA points) relax to targets set by
 *       serotonin tone, expectancy and the gut inputs, the latter weighted by plasticity (raised by
 *       SSRIs, Branchi 2011); serum BDNF follows serotonin, butyrate and cortisol.</li>
 * </ul>
 */
final class MoodAxis {

  private MoodAxis() {
  }

  static ModelBuilder addTo(ModelBuilder b) {
    for (Parameter p : GutBrainParameters.all()) {
      b.parameter(p.id(), p.value(), p.unit(), p.source());
    }
    for (PatientTraits.Trait t : PatientTraits.ALL) {
      if (!List.of("habitual_fiber", "habitual_polyphenols", "fmt_engraftment", "on_ssri_at_baseline").contains(t.id())) {
        b.parameter(t.id(), t.reference(), t.unit(), "patient trait, population reference value (GutBrainPatients draws it): " + t.meaning());
      }
    }
    inputs(b);
    guilds(b);
    metabolitesAndImmune(b);
    hpa(b);
    mood(b);
    return b;
  }

  private static void inputs(ModelBuilder b) {
    b.parameter("fiber", 18, "g/day", "input: dietary fiber intake (reference 18 g/day)")
        .parameter("polyphenols", 0.3, "1 (index 0-1)", "input: polyphenol intake")
        .parameter("mediterranean", 0, "1 (0/1)", "input: Mediterranean dietary pattern (Jacka et al. 2017)")
        .parameter("antibiotic", 0, "1 (0/1)", "input: broad-spectrum antibiotic course")
        .parameter("cfu_per_day", 0, "CFU/day", "input: probiotic dose (Nikolova et al. 2023: 8e9 CFU/day)")
        .parameter("dopamine_strain", 0, "1 (0/1)", "input: the probiotic makes dopamine/noradrenaline (Makin 2025 [A])")
        .parameter("vagal_strain", 0, "1 (0/1)", "input: the probiotic acts through vagal afferents (Bravo et al. 2011)")
        .parameter("vagus_intact", 1, "1 (0/1)", "input: 0 after subdiaphragmatic vagotomy (Bravo et al. 2011)")
        .parameter("ssri", 0, "1 (0-1, adherence)", "input: SSRI taken")
        .parameter("in_trial", 0, "1 (0/1)", "input: expectancy of a trial participant")
        .parameter("stress", 0, "1 (added HPA drive)", "input: acute stressor (restraint: Sudo et al. 2004)")
        .parameter("colonization_age", 0, "day", "input: age at which microbes colonize (0 from birth; 1e9 germ-free; Sudo et al. 2004)")
        .parameter("age_at_start", 10000, "day", "input: age at time 0 (adult by default; mice in GUT-10 start at birth)")
        .parameter("restraint_age", -1, "day", "input: age at which an acute restraint stress starts (-1: none; Sudo et al. 2004)")
        .parameter("restraint_duration", 1.0 / 24, "day", "Sudo et al. 2004: 1 h restraint [verify]")
        .parameter("restraint_drive", 2, "1 (added HPA drive)", "assumed: restraint triples the CRH drive; range 1-4")
        .variable("age", 10000).assignmentRule("age", "age_at_start + time")
        .variable("restraint", 0).assignmentRule("restraint",
            "piecewise(restraint_drive, age >= restraint_age && age < restraint_age + restraint_duration && restraint_age >= 0, 0)");
  }

  private static void guilds(ModelBuilder b) {
    b.variable("k_fiber_degraders", 1).assignmentRule("k_fiber_degraders", "K_fd * pow(fiber / fiber_ref, fiber_exponent)")
        .variable("k_butyrate_producers", 1).assignmentRule("k_butyrate_producers",
            "K_bu * pow(fiber_degraders, cross_feeding) * (1 + polyphenol_butyrate * (polyphenols - polyphenol_ref) + mediterranean_butyrate * mediterranean)")
        .variable("k_pathobionts", 1).assignmentRule("k_pathobionts",
            "K_pb * (1 + colonization_resistance) / (1 + colonization_resistance * (fiber_degraders + butyrate_producers) / 2)"
                + " / (1 + polyphenol_pathobiont * (polyphenols - polyphenol_ref))");
    logistic(b, "fiber_degraders", "k_fiber_degraders", "abx_kill");
    logistic(b, "butyrate_producers", "k_butyrate_producers", "abx_kill");
    logistic(b, "pathobionts", "k_pathobionts", "abx_kill_pathobiont");
    logistic(b, "dopamine_producers", "K_da", "abx_kill");
    logistic(b, "gaba_producers", "K_ga", "abx_kill");
    b.variable("probiotic_engraftment", 1).assignmentRule("probiotic_engraftment",
            "2 / (1 + pow((fiber_degraders + butyrate_producers) / 2, engraftment_steepness))");
    b.species("probiotic_load", "gut", 0, "1e9 CFU") // fed by cfu_per_day / 1e9
        .reaction("probiotic_intake", "-> probiotic_load", "cfu_per_day / 1e9 * probiotic_survival * probiotic_colonization * probiotic_engraftment * gut")
        .reaction("probiotic_washout_flux", "probiotic_load ->", "probiotic_washout * probiotic_load * gut")
        .variable("probiotic_effect", 0).assignmentRule("probiotic_effect", "probiotic_load / (probiotic_load + probiotic_half)");
  }

  private static void logistic(ModelBuilder b, String guild, String capacity, String kill) {
    b.species(guild, "gut", 1, "1 (relative)") // its capacity K_* is relative to the reference community
        .initialAssignment(guild, capacity)
        .reaction(guild + "_growth", "-> " + guild,
            "(guild_growth * " + guild + " * (1 - " + guild + " / " + capacity + ") - " + kill + " * antibiotic * " + guild
                + " + guild_seeding * " + capacity + ") * gut");
  }

  private static void metabolitesAndImmune(ModelBuilder b) {
    b.variable("fermented_fiber", 10.8).assignmentRule("fermented_fiber",
            "fiber_fermentable * fiber * fiber_degraders / (ferment_half + fiber_degraders) * (ferment_half + 1)")
        .variable("butyrate_share", 0.15).assignmentRule("butyrate_share",
            "scfa_butyrate_share * butyrate_producers / ((1 - scfa_butyrate_share) + scfa_butyrate_share * butyrate_producers)")
        .variable("butyrate", 2).assignmentRule("butyrate",
            "butyrate_ref * fermented_fiber / (fiber_fermentable * fiber_ref) * butyrate_share / scfa_butyrate_share")
        .variable("scfa_production", 108).assignmentRule("scfa_production", "scfa_yield * fermented_fiber")
        // lactulose bolus (Pomare et al. 1985), hours within the day time unit
        .species("lactulose_small_bowel", "gut", 0, "g") // fermentation_km and the doses are in g
        .species("colon_lactulose", "gut", 0, "g")
        .species("acetate_excess", "gut", 0, "uM") // added to acetate_fasting (uM)
        .reaction("orocaecal_transit", "lactulose_small_bowel -> colon_lactulose", "orocaecal_rate * lactulose_small_bowel * gut")
        .variable("lactulose_fermentation", 0).assignmentRule("lactulose_fermentation",
            "fermentation_vmax * fiber_degraders * colon_lactulose / (fermentation_km + colon_lactulose)")
        .reaction("colon_fermentation", "colon_lactulose ->", "lactulose_fermentation * gut")
        .reaction("acetate_appearance", "-> acetate_excess",
            "scfa_yield * scfa_acetate_share * acetate_systemic * 1000 / acetate_volume * lactulose_fermentation * gut")
        .reaction("acetate_removal", "acetate_excess ->", "acetate_clearance * acetate_excess * gut")
        .variable("acetate_plasma", 54).assignmentRule("acetate_plasma", "acetate_fasting + acetate_excess")
        // barrier, vagus, cytokines (quasi-steady on the day scale)
        .variable("permeability", 1).assignmentRule("permeability",
            "pow(max(pathobionts, 1e-6), perm_pathobiont) * pow(max(butyrate / butyrate_ref, 0.05), -perm_butyrate)"
                + " / (1 + perm_probiotic * probiotic_effect)")
        .variable("lps", 0.3).assignmentRule("lps", "lps_ref * permeability")
        .variable("vagal_signal", 1).assignmentRule("vagal_signal",
            "1 + vagal_butyrate * (butyrate / butyrate_ref - 1) + vagal_gaba * (gaba_producers - 1)"
                + " + vagal_probiotic * probiotic_effect * vagal_strain")
        .variable("vagal_tone", 1).assignmentRule("vagal_tone", "max(0.1, 1 + vagus_intact * (vagal_signal - 1))")
        .variable("il6_fold", 1).assignmentRule("il6_fold",
            "inflammatory_drive * (1 - mediterranean_inflammation * mediterranean) * pow(permeability, il6_per_lps)"
                + " * pow(vagal_tone, -vagal_anti_inflammatory)")
        .variable("IL6", 1.5).assignmentRule("IL6", "il6_ref * il6_fold")
        .variable("TNF", 5).assignmentRule("TNF", "tnf_ref * il6_fold")
        .variable("CRP", 1).assignmentRule("CRP", "crp_ref * pow(il6_fold, crp_per_il6)")
        .variable("kyn_trp", 30).assignmentRule("kyn_trp", "kyn_trp_ref * pow(il6_fold, ido_induction)")
        .variable("serotonin_synthesis", 1).assignmentRule("serotonin_synthesis", "(1 + ido_induction) / (1 + ido_induction * sqrt(il6_fold))")
        .variable("serotonin_tone", 1).assignmentRule("serotonin_tone", "serotonin_synthesis * (1 + ssri_gain * ssri_effect)")
        .variable("catecholamine_signal", 1).assignmentRule("catecholamine_signal",
            "dopamine_producers + probiotic_catecholamine * probiotic_effect * dopamine_strain");
  }

  private static void hpa(ModelBuilder b) {
    b.species("hpa_maturity", "gut", 1, "1 (0-1)")
        .reaction("hpa_maturation_flux", "-> hpa_maturity",
            "hpa_maturation * exp(-age / window_closure) * (piecewise(1, age >= colonization_age, 0) - hpa_maturity) * gut")
        .variable("stress_reactivity", 1).assignmentRule("stress_reactivity", "1 + (germ_free_stress_gain - 1) * (1 - hpa_maturity)")
        .variable("hpa_drive", 1).assignmentRule("hpa_drive",
            "(1 + stress_load + (stress + restraint) * stress_reactivity) * pow(il6_fold, hpa_per_il6) * pow(vagal_tone, -hpa_per_vagus)");
    HpaAxis.addTo(b, "gut", "hpa_drive", "gr_resistance", 1440);
    b.variable("cortisol_nmol", 350).assignmentRule("cortisol_nmol", "cortisol_ref * cortisol");
  }

  private static void mood(ModelBuilder b) {
    b.species("ssri_effect", "gut", 0, "1 (0-1)") // relaxes to ssri * ssri_efficacy (0-1)
        .reaction("ssri_onset", "-> ssri_effect", "(ssri * ssri_efficacy - ssri_effect) / tau_ssri * gut")
        .species("placebo_effect", "gut", 0, "HAMD-17 points") // relaxes to placebo_response
        .reaction("expectancy", "-> placebo_effect", "(in_trial * placebo_response - placebo_effect) / tau_placebo * gut")
        .parameter("gut_input_baseline_d", 0, "HAMD-17 points", "the gut input to depression at the person's settled baseline "
            + "(0 at the reference; GutBrainPatients sets it per patient)")
        .parameter("gut_input_baseline_a", 0, "HAMA points", "likewise for anxiety")
        .variable("plasticity_now", 1).assignmentRule("plasticity_now", "plasticity + plasticity_ssri * ssri_effect")
        .variable("gut_input_d", 0).assignmentRule("gut_input_d", "w_il6 * log(il6_fold) + w_cortisol * (cortisol - 1)"
            + " - w_catecholamine * (catecholamine_signal - 1) - w_vagus * (vagal_tone - 1)")
        .variable("gut_input_a", 0).assignmentRule("gut_input_a",
            "a_cortisol * (cortisol - 1) + a_il6 * log(il6_fold) - a_vagus * (vagal_tone - 1)")
        .variable("depression_target", 3).assignmentRule("depression_target",
            "max(0, depression_core - w_serotonin * (serotonin_tone - 1) - placebo_effect + plasticity * gut_input_baseline_d"
                + " + plasticity_now * (gut_input_d - gut_input_baseline_d))")
        .variable("anxiety_target", 3).assignmentRule("anxiety_target",
            "max(0, anxiety_core - a_serotonin * (serotonin_tone - 1) - a_placebo * placebo_effect + plasticity * gut_input_baseline_a"
                + " + plasticity_now * (gut_input_a - gut_input_baseline_a))")
        .variable("bdnf_target", 25).assignmentRule("bdnf_target",
            "bdnf_core * (1 + bdnf_serotonin * (serotonin_tone - 1) + bdnf_butyrate * (butyrate / butyrate_ref - 1)"
                + " - bdnf_cortisol * (cortisol - 1))")
        .species("depression", "gut", 3, "HAMD-17 points").initialAssignment("depression", "depression_core")
        .reaction("depression_relaxation", "-> depression", "(depression_target - depression) / tau_mood * gut")
        .species("anxiety", "gut", 3, "HAMA points").initialAssignment("anxiety", "anxiety_core")
        .reaction("anxiety_relaxation", "-> anxiety", "(anxiety_target - anxiety) / tau_mood * gut")
        .species("bdnf", "gut", 25, "ng/mL").initialAssignment("bdnf", "bdnf_core")
        .reaction("bdnf_relaxation", "-> bdnf", "(bdnf_target - bdnf) / tau_bdnf * gut");
  }
}
