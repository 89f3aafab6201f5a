package org.limbic.models.gutbrain.trials;

import static org.limbic.models.gutbrain.trials.Trials.f;

import java.util.ArrayList;
import java.util.List;
import org.limbic.experiment.claims.ClaimOutcome;
import org.limbic.experiment.figure.Figure;
import org.limbic.experiment.stats.Estimate;
import org.limbic.experiment.stats.MetaAnalysis;
import org.limbic.experiment.trial.TrialDesign;

/**
 * GUT-1: a virtual replication of Nikolova et al. 2021's meta-analysis: 7 randomized trials, 404
 * patients in all, pooled by random effects separately for probiotics added to an antidepressant and
 * probiotics alone. The split of the 404 into trials is assumed (the brief gives only the total):
 * 4 add-on trials (40, 81, 60, 40) and 3 stand-alone trials (79, 56, 48).
 */
final class MetaAnalysisClaim {

  static final int[] ADD_ON = {40, 81, 60, 40};
  static final int[] ALONE = {79, 56, 48};

  private MetaAnalysisClaim() {
  }

  record Pooled(List<MetaAnalysis.Study> studies, MetaAnalysis.Result result) {
  }

  static Pooled pool(String file, String label, int[] sizes, long seed, int firstTrial) {
    List<MetaAnalysis.Study> studies = new ArrayList<>();
    for (int k = 0; k < sizes.length; k++) {
      TrialDesign d = TrialFile.load(file).withPatients(sizes[k]);
      Estimate smd = Trials.run(d, Trials.seed(seed, firstTrial + k)).analysis().comparison("probiotic", "HAMD17").smd();
      studies.add(MetaAnalysis.Study.of(label + " trial " + (k + 1) + " (n = " + sizes[k] + ")", smd));
    }
    return new Pooled(studies, MetaAnalysis.randomEffects(studies));
  }

  static ClaimOutcome check(long seed) {
    Pooled addOn = pool("probiotic-add-on", "add-on", ADD_ON, seed, 0);
    Pooled alone = pool("probiotic-alone", "alone", ALONE, seed, ADD_ON.length);
    Estimate a = addOn.result().pooled();
    Estimate b = alone.result().pooled();
    boolean pass = a.value() >= 0.49 && a.value() <= 1.17 && a.excludes(0)
        && b.value() >= -0.34 && b.value() <= 0.30 && !b.excludes(0);
    List<Figure.Row> rows = new ArrayList<>();
    addRows(rows, addOn, "add-on to an antidepressant");
    addRows(rows, alone, "probiotic alone");
    return new ClaimOutcome(pass, "pooled SMD (HAMD-17 improvement, Hedges' g) add-on " + a.format("%.2f") + ", tau2 "
        + f(addOn.result().tau2()) + "; alone " + b.format("%.2f") + ", tau2 " + f(alone.result().tau2()) + " (7 virtual trials, n = 404)",
        "add-on 0.83 (0.49-1.17): point estimate within the published 95 % CI and own CI excluding 0; alone -0.02 (-0.34-0.30): "
            + "point within the published CI and own CI including 0",
        List.of(new Figure.Forest("GUT-1: virtual meta-analysis of 7 probiotic trials (Nikolova et al. 2021 design)",
            "standardized mean difference, HAMD-17 improvement (Hedges' g; > 0 favours probiotic)", rows, 0)));
  }

  private static void addRows(List<Figure.Row> rows, Pooled p, String subgroup) {
    for (MetaAnalysis.Study s : p.studies()) {
      double se = Math.sqrt(s.variance());
      rows.add(new Figure.Row(s.label(), s.effect(), s.effect() - 1.96 * se, s.effect() + 1.96 * se));
    }
    Estimate e = p.result().pooled();
    rows.add(new Figure.Row("pooled, " + subgroup + " (I2 " + Math.round(100 * p.result().i2()) + " %)", e.value(), e.lower(), e.upper()));
  }
}
