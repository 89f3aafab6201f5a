package org.limbic.models.gutbrain.trials;

import static org.limbic.models.gutbrain.trials.Trials.p;

import java.util.List;
import org.limbic.experiment.claims.ClaimOutcome;
import org.limbic.models.gutbrain.GutBrainVariant;
import org.limbic.experiment.figure.Figure;
import org.limbic.experiment.trial.TrialAnalysis;
import org.limbic.experiment.spec.TrialDesign;
import org.limbic.experiment.trial.TrialResult;

/**
 * GUT-3, SMILES (Jacka et al. 2017): Mediterranean diet support versus social support for 12
 * weeks, n = 67, completers analysed; remission (MADRS < 10) 32.3 % versus 8.0 %.
 */
final class DietTrialClaim {

  /** Published remission among completers (Jacka et al. 2017): 10 of 31 on diet support, 2 of 25 on social support. */
  static final double DIET = 10.0 / 31;
  static final double CONTROL = 2.0 / 25;
  static final int DIET_N = 31;
  static final int CONTROL_N = 25;

  private DietTrialClaim() {
  }

  static ClaimOutcome check(GutBrainVariant model, long seed) {
    return check(model, TrialFile.load("smiles-2017"), seed);
  }

  static ClaimOutcome check(GutBrainVariant model, TrialDesign design, long seed) {
    TrialResult r = Trials.run(model, design, seed);
    TrialAnalysis.Comparison c = r.analysis().comparison("diet", "MADRS");
    TrialAnalysis.Remission rem = c.remission().orElseThrow();
    double diet = rem.rateArm().value();
    double control = rem.rateControl().value();
    // tolerances: 2 binomial SE of the published rates at the published completer numbers (Jacka 2017: 10/31, 2/25), so
    // a virtual trial whose true rates were the published ones would land inside each about 95 % of the time
    double dietSe = Math.sqrt(DIET * (1 - DIET) / DIET_N);
    double controlSe = Math.sqrt(CONTROL * (1 - CONTROL) / CONTROL_N);
    double diffSe = Math.hypot(dietSe, controlSe);
    double difference = diet - control;
    boolean pass = Math.abs(diet - DIET) <= 2 * dietSe && Math.abs(control - CONTROL) <= 2 * controlSe
        && Math.abs(difference - (DIET - CONTROL)) <= 2 * diffSe && difference > 0;
    return new ClaimOutcome(pass, "remission (MADRS <= 9) diet " + rem.remittedArm() + "/" + rem.nArm() + " = " + rem.rateArm().format("%.3f")
        + " vs social support " + rem.remittedControl() + "/" + rem.nControl() + " = " + rem.rateControl().format("%.3f") + " ("
        + p(rem.test().p()) + ", " + rem.nnt().format() + "); difference " + String.format(java.util.Locale.ROOT, "%.1f", 100 * difference)
        + " points; MADRS SMD " + c.smd().format("%.2f"),
        String.format(java.util.Locale.ROOT, "diet 32.3 %% (%.1f-%.1f %%), control 8.0 %% (%.1f-%.1f %%), difference 24.3 points "
            + "(%.1f-%.1f) and > 0: each 2 binomial SE at the published 31 and 25 completers; published MADRS d = -1.16, NNT 4.1",
            100 * (DIET - 2 * dietSe), 100 * (DIET + 2 * dietSe), 100 * Math.max(0, CONTROL - 2 * controlSe),
            100 * (CONTROL + 2 * controlSe), 100 * (DIET - CONTROL - 2 * diffSe), 100 * (DIET - CONTROL + 2 * diffSe)),
        List.of(TrialAnalysis.trajectories(r, "MADRS", "points"),
            new Figure.Bars("GUT-3: remission at 12 weeks (completers), virtual SMILES", "remission (fraction)",
                List.of("diet (published 0.323)", "social support (published 0.080)"), new double[] {diet, control},
                new double[] {rem.rateArm().upper() - diet, rem.rateControl().upper() - control}, java.util.Optional.empty()),
            r.flow().figure("GUT-3: CONSORT flow of the virtual SMILES trial")));
  }
}
