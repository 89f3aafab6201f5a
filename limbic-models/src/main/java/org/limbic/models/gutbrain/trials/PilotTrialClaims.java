package org.limbic.models.gutbrain.trials;

import static org.limbic.models.gutbrain.trials.Trials.f;
import static org.limbic.models.gutbrain.trials.Trials.p;
import static org.limbic.models.gutbrain.trials.Trials.pct;

import java.util.List;
import org.limbic.experiment.claims.ClaimOutcome;
import org.limbic.models.gutbrain.GutBrainVariant;
import org.limbic.experiment.figure.Figure;
import org.limbic.experiment.trial.TrialAnalysis;
import org.limbic.experiment.trial.TrialResult;

/**
 * GUT-2 and GUT-7 on the design of Nikolova et al. 2023 (49 incomplete responders, 8 weeks,
 * 8e9 CFU/day add-on): symptoms fall more than on placebo, while in trials of this size the
 * biomarker changes (IL-6, BDNF; Romijn et al. 2017) are often not significant.
 */
final class PilotTrialClaims {

  static final String FILE = "nikolova-2023";
  /**
   * Virtual pilots per GUT-7 check. The claim is about a frequency (how often a pilot with a
   * significant symptom benefit misses the biomarker change), so each check estimates it from many
   * pilots rather than from the luck of a few. With the IL-6 effect set from Milajerdi 2020 and the
   * IL-6 variation from Knudsen 2008 the model's IL-6 frequency is about 0.68 (800 pilots); 200 pilots,
   * of which ~170 significant, know it within +/-0.04 (1 SE), far from the 'often' threshold 0.4.
   */
  static final int PILOTS = 200;
  /** One large trial shows the biomarker effect is there, only too small for 49 patients. */
  static final int LARGE = 600;
  static final double ALPHA = 0.05;

  private PilotTrialClaims() {
  }

  static ClaimOutcome gut2(GutBrainVariant model, long seed) {
    TrialResult r = Trials.run(model, FILE, seed);
    TrialAnalysis a = r.analysis();
    TrialAnalysis.Comparison hamd = a.comparison("probiotic", "HAMD17");
    TrialAnalysis.Comparison hama = a.comparison("probiotic", "HAMA");
    boolean pass = hamd.ancova().significant(ALPHA) && hamd.ancova().effect().value() < 0 && hama.ancova().effect().value() < 0;
    return new ClaimOutcome(pass, "n = " + r.participants().size() + "; probiotic - placebo change, ANCOVA: HAMD-17 "
        + hamd.ancova().effect().format("%.2f") + " (" + p(hamd.ancova().p()) + ", SMD " + f(hamd.smd().value()) + "), HAMA "
        + hama.ancova().effect().format("%.2f") + " (" + p(hama.ancova().p()) + ")",
        "HAMD-17 falls more on probiotic (ANCOVA difference < 0, p < 0.05) and HAMA falls more (difference < 0)",
        List.of(TrialAnalysis.trajectories(r, "HAMD17", "points"), TrialAnalysis.trajectories(r, "HAMA", "points"),
            r.flow().figure("GUT-2: CONSORT flow of the virtual Nikolova et al. 2023 pilot")));
  }

  static ClaimOutcome gut7(GutBrainVariant model, long seed) {
    int symptomsSignificant = 0;
    int il6NotSignificant = 0;
    int bdnfNotSignificant = 0;
    for (int k = 0; k < PILOTS; k++) {
      TrialAnalysis a = Trials.run(model, FILE, Trials.seed(seed, k)).analysis();
      if (!a.comparison("probiotic", "HAMD17").ancova().significant(ALPHA)) {
        continue;
      }
      symptomsSignificant++;
      il6NotSignificant += a.comparison("probiotic", "IL6").ancova().significant(ALPHA) ? 0 : 1;
      bdnfNotSignificant += a.comparison("probiotic", "BDNF").ancova().significant(ALPHA) ? 0 : 1;
    }
    TrialAnalysis large = Trials.run(model, TrialFile.load(FILE).withPatients(LARGE), Trials.seed(seed, PILOTS)).analysis();
    TrialAnalysis.Comparison il6Large = large.comparison("probiotic", "IL6");
    double il6Share = symptomsSignificant == 0 ? 0 : il6NotSignificant / (double) symptomsSignificant;
    double bdnfShare = symptomsSignificant == 0 ? 0 : bdnfNotSignificant / (double) symptomsSignificant;
    boolean pass = symptomsSignificant >= PILOTS / 4 && il6Share >= 0.4 && bdnfShare >= 0.4;
    return new ClaimOutcome(pass, symptomsSignificant + " of " + PILOTS + " virtual pilots (n = 49) show a significant HAMD-17 "
        + "benefit; of these, IL-6 change not significant in " + pct(il6Share) + ", BDNF in " + pct(bdnfShare)
        + "; at n = " + LARGE + " the IL-6 difference is " + il6Large.ancova().effect().format("%.2f") + " pg/mL (" + p(il6Large.ancova().p()) + ")",
        "among pilots with a significant symptom benefit, IL-6 and BDNF differences 'often' not significant: each in >= 40 % "
            + "(and symptoms significant in >= 1/4 of pilots)",
        List.of(new Figure.Bars("GUT-7: pilots (n = 49) with a significant HAMD-17 benefit whose biomarker change is not significant",
            "share of those pilots (1)", List.of("IL-6 not significant", "BDNF not significant"), new double[] {il6Share, bdnfShare},
            null, java.util.Optional.of(new Figure.Band("'often': >= 0.4", 0.4, 1)))));
  }
}
