package org.limbic.models.gutbrain.trials;

import java.util.List;
import java.util.Map;
import org.limbic.experiment.claims.ClaimKind;
import org.limbic.experiment.claims.Claim;
import org.limbic.models.gutbrain.GutBrainPatients;
import org.limbic.models.gutbrain.Removals;

/**
 * The trial claims of ../shared/domain/BRIEF.md §3, each a virtual trial at the real trial's size
 * where one exists, otherwise at a size chosen by simulated power (TrialSizingTest). Kinds (issue
 * #13): GUT-1 (both subgroups) and GUT-3 are calibrated, GUT-6 and GUT-13 structural (one term's
 * form implies them), the others predicted, with the model's own calibrations (GutBrainParameters,
 * Populations) named where they bear on a claim. Every claim has a removal test: the same check on
 * {@link org.limbic.models.gutbrain.GutBrainVariant} without the mechanism the claim is about, which
 * must fail ({@link Removals}). For the two negative claims the mechanism is what makes the null
 * true: GUT-1/alone's the probiotic's dependence on the antidepressant, GUT-7's the biomarkers'
 * measurement noise; removing it must make the null false.
 */
public final class GutBrainTrialClaims {

  private GutBrainTrialClaims() {
  }

  public static List<Claim> all() {
    return List.of(
        Removals.claim("GUT-1/add-on", "Probiotic added to an antidepressant improves depression versus placebo (SMD ~0.8), in a "
            + "virtual meta-analysis of 4 trials (n = 221; Nikolova 2021: 7 trials, n = 404, both subgroups).",
            "Nikolova et al. 2021 (meta-analysis of 7 RCTs)",
            ClaimKind.calibrated("plasticity_ssri (8: how much an SSRI opens plasticity, Branchi 2011, which gives no number) "
                + "was fitted to this SMD, together with the depressed trait plasticity 0.3; split of the patients into trials "
                + "assumed"), MetaAnalysisClaim::addOn,
            "the plasticity an SSRI opens, through which the probiotic's gut signal moves mood (plasticity_now = plasticity + "
                + "plasticity_ssri x ssri_effect)", Map.of("plasticity_ssri", 0.0)),
        Removals.claim("GUT-1/alone", "Probiotic alone does not improve depression versus placebo (SMD ~0), in a virtual "
            + "meta-analysis of 3 trials (n = 183; Nikolova 2021: 7 trials, n = 404, both subgroups).",
            "Nikolova et al. 2021 (meta-analysis of 7 RCTs)",
            ClaimKind.calibrated("the depressed trait plasticity 0.3 was chosen with GUT-1's SMDs (this one too) in view; the "
                + "verdict does not rest on it: the model's true SMD is 0.04, 0.09, 0.15 and 0.20 at depressed plasticity 0.1, 0.4, "
                + "0.7 and 1 (PlasticitySensitivityTest, 20,000 patients each), inside the published CI up to the healthy value; "
                + "plasticity_ssri, the fitted value, plays no part without an SSRI"),
            MetaAnalysisClaim::alone,
            // the null rests on the probiotic acting on mood mainly with an antidepressant: without that dependence (every
            // patient with the plasticity the mdd population has on an SSRI, 0.3 + 8 x mean efficacy 4/7 = 4.87) the
            // stand-alone SMD is 0.64 (0.62-0.67) at 20,000 patients, so the claim must fail
            "the probiotic's dependence on the antidepressant (its gut signal moves a depressed mood much only through the "
                + "plasticity an SSRI opens), removed by giving everyone the mdd population's mean plasticity on an SSRI",
            Map.of("plasticity", GutBrainPatients.plasticityOnSsri("mdd"))),
        Removals.claim("GUT-2", "In incomplete responders, 8 weeks of add-on multi-strain probiotic (8e9 CFU/day) lowers HAMD-17 and "
            + "HAMA more than placebo.", "Nikolova et al. 2023, JAMA Psychiatry", ClaimKind.predicted(
                "dose-response half-maximum assumed at the trial's 8e9 CFU/day (GutBrainParameters); placebo response calibrated to "
                + "Rief 2009 placebo arms (Populations); the add-on effect size rests on plasticity_ssri, fitted to GUT-1/add-on's "
                + "meta-analysis (other trials); nothing fitted to this trial"),
            PilotTrialClaims::gut2, "the plasticity an SSRI opens (fitted on GUT-1/add-on), which amplifies the probiotic's "
                + "barrier signal in patients on an antidepressant", Map.of("plasticity_ssri", 0.0)),
        Removals.claim("GUT-3", "Mediterranean diet support lowers depressive symptoms: remission ~32 % vs 8 % over 12 weeks (n = 67).",
            "Jacka et al. 2017, SMILES", ClaimKind.calibrated("the population is defined from what SMILES enrolled "
                + "(mdd-usual-care: 46 of 67 on an antidepressant, MADRS >= 18), and its placebo response (mean 4 HAMD-17 points, "
                + "as for treated incomplete responders, instead of 7 for untreated MDD) was chosen after the social-support arm "
                + "fell too far (about -9 vs SMILES -4.2 MADRS); the diet arm's mean adherence (0.4 of the prescribed "
                + "change) was fitted to its remission 32.3 %; diet strengths themselves not fitted"),
            // the diet acts on the community, butyrate, the barrier and inflammation, and reaches mood through the gut signals
            // of the depression target (expectancy is in both arms); they are cut where they enter it. Left: IDO's lowering of
            // serotonin synthesis by IL-6, a small route (the removed check's diet arm remits in none)
            DietTrialClaim::check, "the gut's signals to depression (IL-6, cortisol, catecholamine and vagal inputs of the "
                + "depression target), through which the diet acts on mood",
            Map.of("w_il6", 0.0, "w_cortisol", 0.0, "w_catecholamine", 0.0, "w_vagus", 0.0)),
        Removals.claim("GUT-5", "FMT response varies strongly between patients and depends on donor and recipient; the mean effect "
            + "is positive in treatment-resistant depression.", "Makin 2025 (source article [A]); Kootte 2017; Wilson 2019",
            ClaimKind.predicted("engraftment share and donor profiles assumed (Transplant); no FMT outcome fitted; that "
                + "responses vary more than on sham follows from the per-patient engraftment and donor draws by their form"),
            FmtClaim::check, "engraftment of the donor community (the recipient's guilds move the share fmt_engraftment of the "
                + "way to the donor's)", Map.of("fmt_engraftment", 0.0)),
        Removals.claim("GUT-6", "A dopamine/noradrenaline-producing strain adds to an SSRI more than a strain without that function.",
            "Makin 2025 (source article [A])", ClaimKind.structural("catecholamine_signal = dopamine_producers + probiotic_catecholamine x probiotic_effect x "
                + "dopamine_strain, entering the depression target as -w_catecholamine (catecholamine_signal - 1): only the "
                + "dopamine strain has the term, so it adds more by construction; what the check adds is that the difference is "
                + "detectable in 300 patients (both weights assumed)"),
            AdjunctClaims::gut6, "the strain's own dopamine/noradrenaline", Map.of("probiotic_catecholamine", 0.0)),
        Removals.claim("GUT-7", "In trials of realistic size, cytokine and BDNF changes are often not significant even where symptoms "
            + "improve.", "Romijn et al. 2017; Makin 2025 [A]", ClaimKind.predicted("follows from the probiotic's IL-6 effect (perm_probiotic, "
                + "set to Milajerdi 2020's pooled IL-6 SMD of probiotic RCTs) and the measured within-person IL-6 variation "
                + "(Knudsen 2008, CV 29 %), BDNF's from its assumed CV (GutBrainPatients), at n = 49; nothing fitted to this claim"),
            // a negative claim: the biomarker changes are 'often not significant' because they are small against their
            // within-person variation; measured without it they are significant in every pilot, so the claim must fail
            PilotTrialClaims::gut7, "the within-person variation of the biomarkers (IL-6 CV 29 %, Knudsen 2008; BDNF CV 20 %), "
                + "against which the probiotic's small biomarker changes are lost at n = 49", Map.of("cv_IL6", 0.0, "cv_BDNF", 0.0)),
        Removals.claim("GUT-8", "Same intervention, different baseline microbiome, different response; a multi-omic stratifier predicts "
            + "responders better than chance (AUC > 0.5 with CI).", "Makin 2025 (source article [A])",
            ClaimKind.predicted("follows from person-specific engraftment of the strains, decided by how full the residents "
                + "keep their niche (Maldonado-Gomez 2016, Zmora 2018; engraftment_steepness assumed a priori, not fitted to the "
                + "AUC); the stratifier is fitted on a training half only, AUC judged out of sample; trial size from a power "
                + "calculation (TrialSizingTest)"),
            StratifierClaim::check, "person-specific engraftment decided by the resident community (engraftment = 2 / (1 + "
                + "occupancy^h); h = 0 lets the strain settle alike in every gut)", Map.of("engraftment_steepness", 0.0)),
        Removals.claim("GUT-13", "Stopping the antidepressant while adding a probiotic worsens outcomes versus continuing both.",
            "Makin 2025 (source article [A])", ClaimKind.structural("serotonin_tone = synthesis x (1 + ssri_gain x ssri_effect) and plasticity_now = plasticity + "
                + "plasticity_ssri x ssri_effect, with ssri_effect relaxing to 0 (tau_ssri) once the SSRI stops: whatever the drug "
                + "does in the model is lost when it is stopped, and the probiotic has no term that could replace it"),
            AdjunctClaims::gut13, "the antidepressant's action (its serotonergic effect and the plasticity it opens)",
            Map.of("plasticity_ssri", 0.0, "ssri_gain", 0.0)));
  }
}
