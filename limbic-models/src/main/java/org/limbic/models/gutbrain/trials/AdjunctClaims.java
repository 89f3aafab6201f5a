package org.limbic.models.gutbrain.trials;

import static org.limbic.models.gutbrain.trials.Trials.p;

import java.util.List;
import org.limbic.experiment.claims.ClaimOutcome;
import org.limbic.models.gutbrain.GutBrainVariant;
import org.limbic.experiment.stats.Ancova;
import org.limbic.experiment.stats.TestResult;
import org.limbic.experiment.trial.Participant;
import org.limbic.experiment.trial.TrialAnalysis;
import org.limbic.experiment.spec.TrialDesign;
import org.limbic.experiment.trial.TrialResult;

/**
 * GUT-6 (a dopamine/noradrenaline-producing strain adds more to an SSRI than a strain without that
 * function) and GUT-13 (stopping the antidepressant while adding a probiotic does worse than
 * continuing both): claims about what a probiotic adds to an antidepressant.
 */
final class AdjunctClaims {

  private AdjunctClaims() {
  }

  static ClaimOutcome gut6(GutBrainVariant model, long seed) {
    return gut6(model, TrialFile.load("dopamine-strain"), seed);
  }

  static ClaimOutcome gut6(GutBrainVariant model, TrialDesign design, long seed) {
    TrialResult r = Trials.run(model, design, seed);
    List<Participant> da = r.analysed("dopamine-strain");
    List<Participant> plain = r.analysed("plain-strain");
    TestResult daVsPlain = Ancova.treatmentEffect(baseline(da), last(da), baseline(plain), last(plain));
    TrialAnalysis a = r.analysis();
    boolean pass = daVsPlain.significant(0.05) && daVsPlain.effect().value() < 0;
    return new ClaimOutcome(pass, "change in HAMD-17, dopamine strain - plain strain (both + SSRI) " + daVsPlain.effect().format("%.2f")
        + " (" + p(daVsPlain.p()) + "); vs placebo: dopamine strain " + a.comparison("dopamine-strain", "HAMD17").ancova().effect().format("%.2f")
        + ", plain " + a.comparison("plain-strain", "HAMD17").ancova().effect().format("%.2f") + " (n = " + r.participants().size() + ")",
        "dopamine strain lowers HAMD-17 more than the plain strain: ANCOVA difference < 0, p < 0.05",
        List.of(TrialAnalysis.trajectories(r, "HAMD17", "points")));
  }

  static ClaimOutcome gut13(GutBrainVariant model, long seed) {
    return gut13(model, TrialFile.load("stop-antidepressant"), seed);
  }

  static ClaimOutcome gut13(GutBrainVariant model, TrialDesign design, long seed) {
    TrialResult r = Trials.run(model, design, seed);
    TestResult stop = r.analysis().comparison("probiotic-stop-ssri", "HAMD17").ancova();
    boolean pass = stop.significant(0.05) && stop.effect().value() > 0;
    return new ClaimOutcome(pass, "change in HAMD-17 at 12 weeks, probiotic with SSRI stopped - probiotic with SSRI continued: "
        + stop.effect().format("%.2f") + " (" + p(stop.p()) + ", n = " + r.participants().size() + ")",
        "stopping the SSRI does worse: ANCOVA difference > 0, p < 0.05",
        List.of(TrialAnalysis.trajectories(r, "HAMD17", "points")));
  }

  private static double[] baseline(List<Participant> ps) {
    return ps.stream().mapToDouble(p -> p.course().endpoint("HAMD17")[0]).toArray();
  }

  private static double[] last(List<Participant> ps) {
    return ps.stream().mapToDouble(p -> p.lastObserved("HAMD17")).toArray();
  }
}
