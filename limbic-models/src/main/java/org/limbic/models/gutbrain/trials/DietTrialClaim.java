package org.limbic.models.gutbrain.trials;

import static org.limbic.models.gutbrain.trials.Trials.p;

import java.util.List;
import org.limbic.experiment.claims.ClaimOutcome;
import org.limbic.experiment.figure.Figure;
import org.limbic.experiment.trial.TrialAnalysis;
import org.limbic.experiment.trial.TrialResult;

/**
 * GUT-3, SMILES (Jacka et al. 2017): Mediterranean diet support versus social support for 12
 * weeks, n = 67, completers analysed; remission (MADRS < 10) 32.3 % versus 8.0 %.
 */
final class DietTrialClaim {

  private DietTrialClaim() {
  }

  static ClaimOutcome check(long seed) {
    TrialResult r = Trials.run("smiles-2017", seed);
    TrialAnalysis.Comparison c = r.analysis().comparison("diet", "MADRS");
    TrialAnalysis.Remission rem = c.remission().orElseThrow();
    double diet = rem.rateArm().value();
    double control = rem.rateControl().value();
    // tolerances: ±15 points around 32.3 % (about 2 binomial SE at n = 31) and up to 20 % for the control (8 % + 2.4 SE at n = 25)
    boolean pass = diet >= 0.173 && diet <= 0.473 && control <= 0.20 && diet > control;
    return new ClaimOutcome(pass, "remission (MADRS <= 9) diet " + rem.remittedArm() + "/" + rem.nArm() + " = " + rem.rateArm().format("%.3f")
        + " vs social support " + rem.remittedControl() + "/" + rem.nControl() + " = " + rem.rateControl().format("%.3f") + " ("
        + p(rem.test().p()) + ", " + rem.nnt().format() + "); MADRS SMD " + c.smd().format("%.2f"),
        "diet 32.3 % (tolerance 17.3-47.3 %), control 8.0 % (<= 20 %), diet > control; published MADRS d = -1.16, NNT 4.1",
        List.of(TrialAnalysis.trajectories(r, "MADRS", "points"),
            new Figure.Bars("GUT-3: remission at 12 weeks (completers), virtual SMILES", "remission (fraction)",
                List.of("diet (published 0.323)", "social support (published 0.080)"), new double[] {diet, control},
                new double[] {rem.rateArm().upper() - diet, rem.rateControl().upper() - control}, java.util.Optional.empty()),
            r.flow().figure("GUT-3: CONSORT flow of the virtual SMILES trial")));
  }
}
