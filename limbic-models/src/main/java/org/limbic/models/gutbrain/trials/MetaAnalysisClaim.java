package org.limbic.models.gutbrain.trials;

import static org.limbic.models.gutbrain.trials.Trials.f;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.limbic.experiment.claims.ClaimOutcome;
import org.limbic.models.gutbrain.GutBrainVariant;
import org.limbic.experiment.figure.Figure;
import org.limbic.experiment.stats.Estimate;
import org.limbic.experiment.stats.MetaAnalysis;
import org.limbic.experiment.spec.TrialDesign;

/**
 * GUT-1: a virtual replication of Nikolova et al. 2021's meta-analysis: 7 randomized trials, 404
 * patients in all, pooled by random effects separately for probiotics added to an antidepressant and
 * probiotics alone. The split of the 404 into trials is assumed (the brief gives only the total):
 * 4 add-on trials (40, 81, 60, 40) and 3 stand-alone trials (79, 56, 48). The two subgroups are two
 * checks because they differ in calibration: the add-on SMD is fitted, the stand-alone one is not.
 */
final class MetaAnalysisClaim {

  static final int[] ADD_ON = {40, 81, 60, 40};
  static final int[] ALONE = {79, 56, 48};

  private MetaAnalysisClaim() {
  }

  record Pooled(String subgroup, int patients, List<MetaAnalysis.Study> studies, MetaAnalysis.Result result) {
  }

  static Pooled pool(GutBrainVariant model, String file, String label, int[] sizes, long seed, int firstTrial) {
    List<MetaAnalysis.Study> studies = new ArrayList<>();
    for (int k = 0; k < sizes.length; k++) {
      TrialDesign d = TrialFile.load(file).withPatients(sizes[k]);
      Estimate smd = Trials.run(model, d, Trials.seed(seed, firstTrial + k)).analysis().comparison("probiotic", "HAMD17").smd();
      studies.add(MetaAnalysis.Study.of(label + " trial " + (k + 1) + " (n = " + sizes[k] + ")", smd));
    }
    return new Pooled(label, Arrays.stream(sizes).sum(), studies, MetaAnalysis.randomEffects(studies));
  }

  /** GUT-1/add-on: the pooled SMD of the 4 add-on trials (Nikolova 2021: 0.83, 0.49-1.17). */
  static ClaimOutcome addOn(GutBrainVariant model, long seed) {
    Pooled p = pool(model, "probiotic-add-on", "add-on", ADD_ON, seed, 0);
    Estimate e = p.result().pooled();
    return outcome(e.value() >= 0.49 && e.value() <= 1.17 && e.excludes(0), p,
        "0.83 (0.49-1.17): point estimate within the published 95 % CI and own CI excluding 0");
  }

  /**
   * GUT-1/alone: the pooled SMD of the 3 stand-alone trials (Nikolova 2021: -0.02, -0.34-0.30). Its
   * trials take the seeds after the add-on trials', as when both subgroups were one check.
   */
  static ClaimOutcome alone(GutBrainVariant model, long seed) {
    Pooled p = pool(model, "probiotic-alone", "alone", ALONE, seed, ADD_ON.length);
    Estimate e = p.result().pooled();
    return outcome(e.value() >= -0.34 && e.value() <= 0.30 && !e.excludes(0), p,
        "-0.02 (-0.34-0.30): point estimate within the published 95 % CI and own CI including 0");
  }

  private static ClaimOutcome outcome(boolean pass, Pooled p, String expected) {
    List<Figure.Row> rows = new ArrayList<>();
    for (MetaAnalysis.Study s : p.studies()) {
      double se = Math.sqrt(s.variance());
      rows.add(new Figure.Row(s.label(), s.effect(), s.effect() - 1.96 * se, s.effect() + 1.96 * se));
    }
    Estimate e = p.result().pooled();
    rows.add(new Figure.Row("pooled, " + p.subgroup() + " (I2 " + Math.round(100 * p.result().i2()) + " %)", e.value(), e.lower(), e.upper()));
    String trials = p.studies().size() + " virtual trials, n = " + p.patients();
    return new ClaimOutcome(pass, "pooled SMD (HAMD-17 improvement, Hedges' g) " + p.subgroup() + " " + e.format("%.2f") + ", tau2 "
        + f(p.result().tau2()) + " (" + trials + ")", p.subgroup() + " " + expected,
        List.of(new Figure.Forest("GUT-1, " + p.subgroup() + ": virtual meta-analysis of " + trials + " (Nikolova et al. 2021 design)",
            "standardized mean difference, HAMD-17 improvement (Hedges' g; > 0 favours probiotic)", rows, 0)));
  }
}
