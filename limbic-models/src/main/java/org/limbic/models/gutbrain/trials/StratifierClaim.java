package org.limbic.models.gutbrain.trials;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.stat.regression.OLSMultipleLinearRegression;
import org.limbic.experiment.claims.ClaimOutcome;
import org.limbic.models.gutbrain.GutBrainVariant;
import org.limbic.experiment.figure.Figure;
import org.limbic.experiment.stats.Roc;
import org.limbic.experiment.stats.Tests;
import org.limbic.experiment.trial.Participant;
import org.limbic.experiment.trial.TrialFigures;
import org.limbic.experiment.spec.TrialDesign;
import org.limbic.experiment.trial.TrialResult;

/**
 * GUT-8: patients given the same add-on probiotic respond differently according to their baseline
 * microbiome and inflammation, and a multi-omic stratifier predicts who responds. The stratifier is
 * a linear score (ordinary least squares of the relative HAMD-17 fall on the log panel) fitted on
 * half of the probiotic arm (even enrolment positions) and judged on the other half, so the AUC is
 * out of sample. Responder: HAMD-17 fallen by at least half at week 8 (the usual definition). What
 * the panel can see: the strains engraft where the residents leave their niche empty (few fiber
 * degraders and butyrate producers, hence also low butyrate, more pathobionts and inflammation;
 * {@code PatientDynamics.engraftment}); what it cannot see (SSRI efficacy, placebo response, rating
 * noise) keeps the AUC near 0.6 (0.59-0.60 out of sample in an 8000-patient trial).
 */
final class StratifierClaim {

  /** The panel a screening visit could measure: stool guilds, fiber intake, serum butyrate and inflammation. */
  static final List<String> PANEL = List.of("fiberDegraders", "butyrateProducers", "pathobionts", "dopamineProducers",
      "gabaProducers", "fiberIntake", "butyrate", "IL6", "CRP");

  private StratifierClaim() {
  }

  /** The out-of-sample evaluation of one stratifier trial: test-half scores of responders and of the others. */
  record Evaluation(double[] responders, double[] others) {
    Roc.Result roc() {
      return Roc.of(responders, others);
    }
  }

  static Evaluation evaluate(TrialResult r) {
    List<Participant> arm = r.analysed("probiotic");
    List<Participant> train = new ArrayList<>();
    List<Participant> test = new ArrayList<>();
    for (int i = 0; i < arm.size(); i++) {
      (i % 2 == 0 ? train : test).add(arm.get(i));
    }
    double[][] x = features(train);
    double[] y = train.stream().mapToDouble(StratifierClaim::relativeFall).toArray();
    OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
    ols.newSampleData(y, x);
    double[] beta = ols.estimateRegressionParameters();
    double[][] xt = features(test);
    List<Double> responders = new ArrayList<>();
    List<Double> others = new ArrayList<>();
    for (int i = 0; i < test.size(); i++) {
      double score = beta[0];
      for (int j = 0; j < xt[i].length; j++) {
        score += beta[j + 1] * xt[i][j];
      }
      (relativeFall(test.get(i)) >= 0.5 ? responders : others).add(score);
    }
    return new Evaluation(responders.stream().mapToDouble(Double::doubleValue).toArray(),
        others.stream().mapToDouble(Double::doubleValue).toArray());
  }

  static ClaimOutcome check(GutBrainVariant model, long seed) {
    return check(model, TrialFile.load("stratifier"), seed);
  }

  static ClaimOutcome check(GutBrainVariant model, TrialDesign design, long seed) {
    Evaluation e = evaluate(Trials.run(model, design, seed));
    int nResponders = e.responders().length;
    int nOthers = e.others().length;
    if (nResponders < 2 || nOthers < 2) {
      return new ClaimOutcome(false, "only " + nResponders + " responders and " + nOthers
          + " non-responders in the test half: no ROC", "AUC > 0.5 with its 95 % CI", List.of());
    }
    Roc.Result roc = e.roc();
    int n = nResponders + nOthers;
    boolean pass = roc.auc().lower() > 0.5;
    return new ClaimOutcome(pass, "stratifier out of sample (" + n + " patients on probiotic, " + nResponders
        + " responders = " + Tests.wilson(nResponders, n).format("%.2f") + "): AUC " + roc.auc().format("%.2f")
        + " (DeLong; Hanley-McNeil SE " + Trials.f(roc.seHanleyMcNeil()) + ")",
        "AUC > 0.5: the lower end of its 95 % CI above 0.5",
        List.of(TrialFigures.roc("GUT-8: multi-omic stratifier of response to an add-on probiotic (test half)", roc)));
  }

  static double relativeFall(Participant p) {
    double baseline = p.course().endpoint("HAMD17")[0];
    return baseline <= 0 ? 0 : (baseline - p.lastObserved("HAMD17")) / baseline;
  }

  private static double[][] features(List<Participant> ps) {
    double[][] x = new double[ps.size()][PANEL.size()];
    for (int i = 0; i < ps.size(); i++) {
      for (int j = 0; j < PANEL.size(); j++) {
        x[i][j] = Math.log(Math.max(1e-9, ps.get(i).patient().covariate(PANEL.get(j))));
      }
    }
    return x;
  }
}
