package org.limbic.models.gutbrain.trials;

import java.util.List;
import org.limbic.experiment.claims.ClaimKind;
import org.limbic.experiment.claims.Claim;
import org.limbic.models.gutbrain.GutBrainVariant;

/**
 * The trial claims of ../shared/domain/BRIEF.md §3, each a virtual trial at the real trial's size
 * where one exists, otherwise at a size chosen by simulated power (TrialSizingTest). Calibration
 * labels: GUT-1's add-on SMD is calibrated (plasticity_ssri fitted to it), its stand-alone SMD is
 * predicted (it holds whatever the depressed plasticity, PlasticitySensitivityTest), and GUT-3 is
 * calibrated (the SMILES population's placebo response); the others are predicted, with the model's
 * own calibrations (GutBrainParameters, Populations) named where they bear on a claim.
 */
public final class GutBrainTrialClaims {

  private GutBrainTrialClaims() {
  }

  public static List<Claim> all() {
    return List.of(
        new Claim("GUT-1/add-on", "Probiotic added to an antidepressant improves depression versus placebo (SMD ~0.8), in a "
            + "virtual meta-analysis of 4 trials (n = 221; Nikolova 2021: 7 trials, n = 404, both subgroups).",
            "Nikolova et al. 2021 (meta-analysis of 7 RCTs)",
            ClaimKind.calibrated("plasticity_ssri (8: how much an SSRI opens plasticity, Branchi 2011, which gives no number) "
                + "was fitted to this SMD, together with the depressed trait plasticity 0.3; split of the patients into trials "
                + "assumed"), seed -> MetaAnalysisClaim.addOn(GutBrainVariant.DEFAULT, seed)),
        new Claim("GUT-1/alone", "Probiotic alone does not improve depression versus placebo (SMD ~0), in a virtual "
            + "meta-analysis of 3 trials (n = 183; Nikolova 2021: 7 trials, n = 404, both subgroups).",
            "Nikolova et al. 2021 (meta-analysis of 7 RCTs)",
            ClaimKind.predicted("follows from the probiotic's gut signal times the depressed trait plasticity (no SSRI, so "
                + "plasticity_ssri plays no part): the model's true SMD is 0.04, 0.09, 0.15 and 0.20 at depressed plasticity "
                + "0.1, 0.4, 0.7 and 1 (PlasticitySensitivityTest, 20,000 patients each), inside the published CI whatever the "
                + "plasticity up to the healthy value, so the verdict does not rest on the value 0.3, which was chosen with this "
                + "SMD in view"), seed -> MetaAnalysisClaim.alone(GutBrainVariant.DEFAULT, seed)),
        new Claim("GUT-2", "In incomplete responders, 8 weeks of add-on multi-strain probiotic (8e9 CFU/day) lowers HAMD-17 and "
            + "HAMA more than placebo.", "Nikolova et al. 2023, JAMA Psychiatry", ClaimKind.predicted(
                "dose-response half-maximum assumed at the trial's 8e9 CFU/day (GutBrainParameters); placebo response calibrated to "
                + "Rief 2009 placebo arms (Populations); the add-on effect size rests on plasticity_ssri, fitted to GUT-1/add-on's "
                + "meta-analysis (other trials); nothing fitted to this trial"), seed -> PilotTrialClaims.gut2(GutBrainVariant.DEFAULT, seed)),
        new Claim("GUT-3", "Mediterranean diet support lowers depressive symptoms: remission ~32 % vs 8 % over 12 weeks (n = 67).",
            "Jacka et al. 2017, SMILES", ClaimKind.calibrated("the population is defined from what SMILES enrolled "
                + "(mdd-usual-care: 46 of 67 on an antidepressant, MADRS >= 18), and its placebo response (mean 4 HAMD-17 points, "
                + "as for treated incomplete responders, instead of 7 for untreated MDD) was chosen after the social-support arm "
                + "fell too far (about -9 vs SMILES -4.2 MADRS); the diet arm's mean adherence (0.4 of the prescribed "
                + "change) was fitted to its remission 32.3 %; diet strengths themselves not fitted"), seed -> DietTrialClaim.check(GutBrainVariant.DEFAULT, seed)),
        new Claim("GUT-5", "FMT response varies strongly between patients and depends on donor and recipient; the mean effect "
            + "is positive in treatment-resistant depression.", "Makin 2025 (source article [A]); Kootte 2017; Wilson 2019",
            ClaimKind.predicted("engraftment share and donor profiles assumed (Transplant); no FMT outcome fitted"), seed -> FmtClaim.check(GutBrainVariant.DEFAULT, seed)),
        new Claim("GUT-6", "A dopamine/noradrenaline-producing strain adds to an SSRI more than a strain without that function.",
            "Makin 2025 (source article [A])", ClaimKind.predicted("catecholamine term of the depression target, assumed weight"),
            seed -> AdjunctClaims.gut6(GutBrainVariant.DEFAULT, seed)),
        new Claim("GUT-7", "In trials of realistic size, cytokine and BDNF changes are often not significant even where symptoms "
            + "improve.", "Romijn et al. 2017; Makin 2025 [A]", ClaimKind.predicted("follows from the probiotic's IL-6 effect (perm_probiotic, "
                + "set to Milajerdi 2020's pooled IL-6 SMD of probiotic RCTs) and the measured within-person IL-6 variation "
                + "(Knudsen 2008, CV 29 %), BDNF's from its assumed CV (GutBrainPatients), at n = 49; nothing fitted to this claim"), seed -> PilotTrialClaims.gut7(GutBrainVariant.DEFAULT, seed)),
        new Claim("GUT-8", "Same intervention, different baseline microbiome, different response; a multi-omic stratifier predicts "
            + "responders better than chance (AUC > 0.5 with CI).", "Makin 2025 (source article [A])",
            ClaimKind.predicted("follows from person-specific engraftment of the strains, decided by how full the residents "
                + "keep their niche (Maldonado-Gomez 2016, Zmora 2018; engraftment_steepness assumed a priori, not fitted to the "
                + "AUC); the stratifier is fitted on a training half only, AUC judged out of sample; trial size from a power "
                + "calculation (TrialSizingTest)"), seed -> StratifierClaim.check(GutBrainVariant.DEFAULT, seed)),
        new Claim("GUT-13", "Stopping the antidepressant while adding a probiotic worsens outcomes versus continuing both.",
            "Makin 2025 (source article [A])", ClaimKind.predicted("follows from SSRI washout in the model; nothing fitted"),
            seed -> AdjunctClaims.gut13(GutBrainVariant.DEFAULT, seed)));
  }
}
