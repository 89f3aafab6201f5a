package org.limbic.models.gutbrain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Every number of the mood-relevant extension, once: the ODE model ({@link GutBrainModel}) declares
 * them as model parameters and the patient-level form ({@link PatientDynamics}) reads the same
 * values, so the two cannot drift apart. Relative quantities are 1 at the population reference
 * (habitual fiber, median guilds, no treatment). Time in days.
 */
final class GutBrainParameters {

  private static final List<Parameter> ALL = new ArrayList<>();

  // --- diet and guilds (guild abundances relative to the population median, 1) ---
  static final Parameter FIBER_REF = p("fiber_ref", 18, "g/day", "typical Western fiber intake ~15-20 g/day (Stephen et al. 2017 Nutr Res Rev) [verify]");
  static final Parameter GUILD_GROWTH = p("guild_growth", 0.5, "1/day",
      "assumed: guild-level net regrowth after perturbation takes days to weeks (Dethlefsen & Relman 2011); range 0.2-1");
  static final Parameter GUILD_SEEDING = p("guild_seeding", 0.002, "1/day",
      "assumed: re-seeding from diet and environment lets a depleted guild recover; range 0.0005-0.01");
  static final Parameter FIBER_EXPONENT = p("fiber_exponent", 0.5, "1",
      "assumed: carrying capacity of fiber degraders ~ sqrt(fiber intake); fiber raises saccharolytic taxa (So et al. 2018 meta-analysis) [verify]; range 0.3-1");
  static final Parameter CROSS_FEEDING = p("cross_feeding", 0.5, "1",
      "assumed: butyrate producers live on degradation products of fiber degraders (Louis & Flint 2017); exponent range 0.3-1");
  static final Parameter POLYPHENOL_REF = p("polyphenol_ref", 0.3, "1 (index 0-1)",
      "assumed: habitual polyphenol intake of the reference population on a 0-1 index (1 = a polyphenol-rich diet)");
  static final Parameter POLYPHENOL_BUTYRATE = p("polyphenol_butyrate", 0.4, "1/(polyphenol index)",
      "assumed: polyphenols raise butyrate producers and Akkermansia-like taxa (Cardona et al. 2013) [verify]; range 0.2-0.8");
  static final Parameter MEDITERRANEAN_BUTYRATE = p("mediterranean_butyrate", 0.3, "1",
      "assumed: a Mediterranean pattern raises SCFA producers beyond its fiber (De Filippis et al. 2016 Gut) [verify]; range 0.1-0.5");
  static final Parameter COLONIZATION_RESISTANCE = p("colonization_resistance", 2.0, "1",
      "assumed: commensal SCFA producers hold pathobionts down (Buffie & Pamer 2013); range 1-4");
  static final Parameter POLYPHENOL_PATHOBIONT = p("polyphenol_pathobiont", 0.3, "1/(polyphenol index)",
      "assumed: polyphenols are antimicrobial for some pathobionts (Cardona et al. 2013) [verify]");
  static final Parameter ABX_KILL = p("abx_kill", 2.0, "1/day",
      "assumed: broad-spectrum antibiotic removes ~85 % of commensal guilds per day of dosing, like Stein's clindamycin epsilons (~1-3/day)");
  static final Parameter ABX_KILL_PATHOBIONT = p("abx_kill_pathobiont", -0.5, "1/day",
      "Stein et al. 2013: Enterobacteriaceae/Enterococcus have positive clindamycin response (they bloom); sign from there, size assumed");
  // --- probiotic ---
  static final Parameter PROBIOTIC_SURVIVAL = p("probiotic_survival", 0.1, "1",
      "assumed: fraction of ingested CFU reaching the colon alive; range 0.01-0.5");
  static final Parameter ENGRAFTMENT_STEEPNESS = p("engraftment_steepness", 4, "1",
      "assumed: ingested strains settle in some guts and not in others, decided by whether residents already fill their "
          + "saccharolytic niche: B. longum AH1206 persisted in 30 % of people, those with few resident B. longum and "
          + "carbohydrate-utilization genes (Maldonado-Gomez et al. 2016 Cell Host Microbe 20:515); mucosal colonization by a "
          + "multi-strain probiotic was 'permissive' or 'resistant' per person, predicted by the baseline microbiome (Zmora et "
          + "al. 2018 Cell 174:1388). Engraftment 2 / (1 + occupancy^h), occupancy = mean of fiber degraders and butyrate "
          + "producers (1 at the median, where half the people are permissive); h sets how all-or-none it is, range 2-8");
  static final Parameter PROBIOTIC_WASHOUT = p("probiotic_washout", 0.35, "1/day",
      "assumed: transient colonization, strain shed within ~1-2 weeks after stopping (Zmora et al. 2018 Cell) [verify]; half-life 2 days");
  static final Parameter PROBIOTIC_HALF = p("probiotic_half", 2.3, "1e9 CFU in gut",
      "assumed: half-maximal host effect at the colonic load of 8e9 CFU/day (Nikolova et al. 2023 dose)");
  // --- SCFA (Pomare et al. 1985: fasting acetate 54 uM; 60:25:15) ---
  static final Parameter ACETATE_FASTING = p("acetate_fasting", 54, "uM", "Pomare et al. 1985 J Clin Invest 75:1448: fasting venous acetate");
  static final Parameter SCFA_ACETATE_SHARE = p("scfa_acetate_share", 0.60, "1", "Cummings et al. 1987 Gut 28:1221: acetate:propionate:butyrate ~60:25:15");
  static final Parameter SCFA_BUTYRATE_SHARE = p("scfa_butyrate_share", 0.15, "1", "Cummings et al. 1987: butyrate ~15 % of colonic SCFA");
  static final Parameter SCFA_YIELD = p("scfa_yield", 10, "mmol/g",
      "stoichiometry of hexose fermentation ~1.7 mol SCFA/hexose (Miller & Wolin 1996), 5.85 mmol hexose/g lactulose");
  static final Parameter FIBER_FERMENTABLE = p("fiber_fermentable", 0.6, "1",
      "assumed: fermentable fraction of mixed dietary fiber; range 0.4-0.8");
  static final Parameter OROCAECAL_RATE = p("orocaecal_rate", 20, "1/day",
      "lactulose orocaecal transit ~70 min (breath-test literature) [verify]: 1/(1.2 h)");
  static final Parameter FERMENTATION_VMAX = p("fermentation_vmax", 186, "g/day",
      "calibrated to Pomare et al. 1985 acetate peaks at 5/10/20 g lactulose (7.7 g/h at median fiber degraders)");
  static final Parameter FERMENTATION_KM = p("fermentation_km", 10, "g",
      "calibrated to Pomare et al. 1985 (sublinear dose-peak relation)");
  static final Parameter ACETATE_SYSTEMIC = p("acetate_systemic", 0.17, "1",
      "calibrated to Pomare et al. 1985: fraction of colonic acetate reaching peripheral blood (rest taken up by colonocytes and liver)");
  static final Parameter ACETATE_VOLUME = p("acetate_volume", 15, "L", "extracellular fluid volume of an adult [verify]");
  static final Parameter ACETATE_CLEARANCE = p("acetate_clearance", 48, "1/day",
      "assumed: excess plasma acetate cleared with ~20 min half-life; with Pomare's peaks at 2-4 h; range 24-200");
  static final Parameter FERMENT_HALF = p("ferment_half", 0.3, "1 (relative fiber degraders)",
      "assumed: fermentation of dietary fiber saturates in the degrader guild; at the median guild ~77 % of capacity; range 0.1-1");
  static final Parameter MEDITERRANEAN_INFLAMMATION = p("mediterranean_inflammation", 0.15, "1",
      "assumed: a Mediterranean pattern lowers inflammatory markers ~10-20 % (Estruch 2006, PREDIMED) [verify]");
  static final Parameter BUTYRATE_REF = p("butyrate_ref", 2.0, "uM",
      "peripheral venous butyrate ~1-4 uM (Cummings et al. 1987) [verify]: value at reference fiber and guilds");
  // --- barrier and immune ---
  static final Parameter PERM_PATHOBIONT = p("perm_pathobiont", 0.5, "1",
      "assumed: pathobionts loosen tight junctions (exponent on relative abundance); range 0.2-1");
  static final Parameter PERM_BUTYRATE = p("perm_butyrate", 0.4, "1",
      "assumed: butyrate tightens the epithelial barrier (Peng et al. 2009 J Nutr); exponent range 0.2-0.8");
  static final Parameter PERM_PROBIOTIC = p("perm_probiotic", 1.0, "1",
      "calibrated: probiotic strains reduce permeability/LPS (Stevens et al. 2018); 1.0 gives IL-6 SMD 0.37 (probiotic vs "
          + "placebo, Nikolova 2023 design, 20,000 patients), the pooled IL-6 SMD -0.37 (-0.51 to -0.24) of 42 probiotic RCTs in "
          + "adults (Milajerdi et al. 2020, Eur J Nutr 59:633; mixed conditions and strains, not depression alone); range 0.5-3");
  static final Parameter LPS_REF = p("lps_ref", 0.3, "EU/mL", "plasma LPS in healthy adults ~0.1-0.5 EU/mL [verify]");
  static final Parameter IL6_REF = p("il6_ref", 1.5, "pg/mL", "healthy serum IL-6 ~1-2 pg/mL (Haapakoski et al. 2015 controls) [verify]");
  static final Parameter IL6_PER_LPS = p("il6_per_lps", 0.5, "1", "assumed: IL-6 rises with endotoxemia (exponent); range 0.3-1");
  static final Parameter TNF_REF = p("tnf_ref", 5.0, "pg/mL", "healthy serum TNF-a ~2-10 pg/mL (Dowlati et al. 2010) [verify]");
  static final Parameter CRP_REF = p("crp_ref", 1.0, "mg/L", "median hs-CRP in healthy adults ~1 mg/L [verify]");
  static final Parameter CRP_PER_IL6 = p("crp_per_il6", 1.2, "1", "assumed: hepatic CRP output ~ IL-6^1.2 (IL-6 drives CRP synthesis); range 0.8-1.5");
  static final Parameter VAGAL_ANTI_INFLAMMATORY = p("vagal_anti_inflammatory", 0.5, "1",
      "assumed: cholinergic anti-inflammatory reflex (Tracey 2002), exponent of vagal tone on cytokines; range 0-1");
  // --- tryptophan, serotonin, kynurenine, catecholamines ---
  static final Parameter IDO_INDUCTION = p("ido_induction", 0.5, "1",
      "assumed: IL-6/IFN induce IDO, diverting tryptophan to kynurenine (Dantzer et al. 2008); range 0.2-1");
  static final Parameter KYN_TRP_REF = p("kyn_trp_ref", 30, "umol/mol", "kynurenine/tryptophan ratio x1000 in healthy ~25-35 [verify]");
  static final Parameter SSRI_GAIN = p("ssri_gain", 3.0, "1",
      "SSRIs raise extracellular 5-HT several-fold in microdialysis (Bel & Artigas 1992) [verify]; range 2-5");
  static final Parameter PROBIOTIC_CATECHOLAMINE = p("probiotic_catecholamine", 1.0, "1",
      "assumed: a dopamine/NE-producing strain (e.g. Bacillus) adds to the catecholamine signal at half-maximal load; range 0.3-2");
  // --- vagus ---
  static final Parameter VAGAL_BUTYRATE = p("vagal_butyrate", 0.3, "1", "assumed: SCFA activate vagal afferents (Goswami et al. 2018); range 0.1-0.5");
  static final Parameter VAGAL_GABA = p("vagal_gaba", 0.3, "1", "assumed: GABA producers signal via vagal afferents (Bravo et al. 2011); range 0.1-0.5");
  static final Parameter VAGAL_PROBIOTIC = p("vagal_probiotic", 1.0, "1",
      "assumed: a vagally acting strain (L. rhamnosus JB-1, Bravo et al. 2011) raises afferent firing (Perez-Burgos 2013) at half-maximal load; range 0.5-2");
  // --- HPA (Karin et al. 2020 via HpaAxis) ---
  static final Parameter HPA_PER_IL6 = p("hpa_per_il6", 0.3, "1", "assumed: IL-6 stimulates the HPA axis (Mastorakos 1993), exponent; range 0.1-0.5");
  static final Parameter HPA_PER_VAGUS = p("hpa_per_vagus", 0.5, "1", "assumed: vagal afferent tone calms the PVN (Bravo 2011: lower corticosterone); range 0.2-1");
  static final Parameter CORTISOL_REF = p("cortisol_ref", 350, "nmol/L", "morning serum cortisol ~140-690 nmol/L, mid-range [verify]");
  // --- mood (latent scores in HAMD-17 / HAMA points) ---
  static final Parameter TAU_MOOD = p("tau_mood", 10, "day", "assumed: depressive symptoms follow their drivers over ~1-2 weeks; range 5-20");
  static final Parameter TAU_SSRI = p("tau_ssri", 14, "day",
      "SSRI onset of action 2-4 weeks (receptor desensitization; Taylor et al. 2006 meta-analysis: early onset) [verify]");
  static final Parameter TAU_PLACEBO = p("tau_placebo", 10, "day", "assumed: placebo response builds over the first 2-4 weeks (Rief et al. 2009) [verify]");
  static final Parameter TAU_BDNF = p("tau_bdnf", 21, "day", "assumed: serum BDNF changes over weeks of treatment (Molendijk et al. 2014) [verify]");
  static final Parameter W_SEROTONIN = p("w_serotonin", 1.0, "HAMD-17 points per unit tone",
      "calibrated: drug-placebo difference ~2-3 HAMD points (SMD ~0.3, Cipriani et al. 2018)");
  static final Parameter W_IL6 = p("w_il6", 4.0, "HAMD-17 points per ln(IL-6 fold)",
      "assumed: inflammation raises depressive symptoms (Haapakoski 2015; Dantzer 2008); range 1-5");
  static final Parameter W_CORTISOL = p("w_cortisol", 3.0, "HAMD-17 points per unit cortisol", "assumed: hypercortisolemia in depression (Pariante & Lightman 2008); range 1-5");
  static final Parameter W_CATECHOLAMINE = p("w_catecholamine", 2.5, "HAMD-17 points per unit signal",
      "assumed: microbial dopamine/NE reach mood circuits indirectly (Makin 2025 [A]; Valles-Colomer 2019 DOPAC synthesis); range 1-4");
  static final Parameter W_VAGUS = p("w_vagus", 1.0, "HAMD-17 points per unit tone", "assumed: vagal afferent tone lowers depressive symptoms (VNS literature); range 0.5-2");
  static final Parameter PLASTICITY_SSRI = p("plasticity_ssri", 8.0, "1",
      "calibrated: SSRIs open plasticity and amplify how bodily/environmental inputs shape mood (Branchi 2011 'undirected "
          + "susceptibility'; Alboni 2017); no source gives a number: 8 (with the depressed trait plasticity 0.3) was fitted to "
          + "the add-on SMD 0.83 of GUT-1 (Nikolova 2021; model 0.83 at 20,000 patients) after perm_probiotic was set from "
          + "Milajerdi 2020; it plays no part without an SSRI, so not in GUT-1/alone; range 2-10");
  static final Parameter A_CORTISOL = p("a_cortisol", 4.0, "HAMA points per unit cortisol", "assumed: HPA activity and anxiety (Bravo 2011 corticosterone and anxiety move together); range 2-6");
  static final Parameter A_IL6 = p("a_il6", 1.0, "HAMA points per ln(IL-6 fold)", "assumed: inflammation relates more to depressive than anxious symptoms; range 0.5-3");
  static final Parameter A_VAGUS = p("a_vagus", 6.0, "HAMA points per unit tone",
      "assumed: vagal afferents carry the anxiolytic effect of L. rhamnosus (Bravo et al. 2011); range 3-10");
  static final Parameter A_SEROTONIN = p("a_serotonin", 1.5, "HAMA points per unit tone", "assumed: SSRIs are anxiolytic (Baldwin 2005); range 1-3");
  static final Parameter A_PLACEBO = p("a_placebo", 0.7, "1", "assumed: expectancy lowers HAMA about 70 % as much as HAMD points; range 0.5-1");
  static final Parameter BDNF_SEROTONIN = p("bdnf_serotonin", 0.08, "1 per unit tone", "assumed: antidepressants raise serum BDNF modestly (Molendijk 2014) [verify]");
  static final Parameter BDNF_CORTISOL = p("bdnf_cortisol", 0.15, "1 per unit cortisol", "assumed: glucocorticoids lower BDNF (Duman & Monteggia 2006)");
  static final Parameter BDNF_BUTYRATE = p("bdnf_butyrate", 0.05, "1", "assumed: butyrate raises BDNF in rodents (Stilling 2016) [verify]; small");
  // --- developmental window of HPA feedback (Sudo et al. 2004) ---
  static final Parameter HPA_MATURATION = p("hpa_maturation", 1.0, "1/day",
      "assumed: microbial signals set the stress reactivity of the HPA axis within days to weeks while the window is open (Sudo et al. 2004); range 0.3-2");
  static final Parameter WINDOW_CLOSURE = p("window_closure", 21, "day",
      "assumed: plasticity of the HPA set point decays with age as e^(-age/21 d): open at 6 weeks, shut by 14 (Sudo 2004: early but not late reconstitution normalizes); range 14-28");
  static final Parameter GERM_FREE_STRESS_GAIN = p("germ_free_stress_gain", 2.5, "1",
      "calibrated: an immature (never colonized) axis turns a stressor into 2.5x the CRH drive, giving Sudo et al. 2004's ~2x ACTH response to restraint");

  private GutBrainParameters() {
  }

  private static Parameter p(String id, double value, String unit, String source) {
    Parameter parameter = new Parameter(ALL.size(), id, value, unit, source);
    ALL.add(parameter);
    return parameter;
  }

  static List<Parameter> all() {
    return Collections.unmodifiableList(ALL);
  }
}
