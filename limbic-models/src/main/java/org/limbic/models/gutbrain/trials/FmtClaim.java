package org.limbic.models.gutbrain.trials;

import static org.limbic.models.gutbrain.trials.Trials.f;
import static org.limbic.models.gutbrain.trials.Trials.p;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hipparchus.distribution.continuous.TDistribution;
import org.hipparchus.stat.correlation.PearsonsCorrelation;
import org.limbic.experiment.claims.ClaimOutcome;
import org.limbic.models.gutbrain.GutBrainVariant;
import org.limbic.experiment.figure.Figure;
import org.limbic.experiment.stats.Ancova;
import org.limbic.experiment.stats.TestResult;
import org.limbic.experiment.trial.Participant;
import org.limbic.experiment.trial.TrialAnalysis;
import org.limbic.experiment.spec.TrialDesign;
import org.limbic.experiment.trial.TrialResult;

/**
 * GUT-5: FMT in treatment-resistant depression: the mean effect is positive, individual responses
 * vary widely, and they depend on the donor (good versus poorly matched donor) and on the recipient
 * (how disturbed their community was: baseline pathobiont abundance, the covariate a screening
 * stool sample would give).
 */
final class FmtClaim {

  private FmtClaim() {
  }

  static ClaimOutcome check(GutBrainVariant model, long seed) {
    return check(model, TrialFile.load("fmt-trd"), seed);
  }

  static ClaimOutcome check(GutBrainVariant model, TrialDesign design, long seed) {
    TrialResult r = Trials.run(model, design, seed);
    TestResult vsSham = r.analysis().comparison("fmt-good-donor", "HAMD17").ancova();
    List<Participant> good = r.analysed("fmt-good-donor");
    List<Participant> poor = r.analysed("fmt-poor-donor");
    List<Participant> sham = r.analysed("sham");
    TestResult goodVsPoor = Ancova.treatmentEffect(baseline(good), last(good), baseline(poor), last(poor));
    double sdFmt = sd(improvement(good));
    double sdSham = sd(improvement(sham));
    List<Participant> fmt = new ArrayList<>(good);
    fmt.addAll(poor);
    double[] improvement = improvement(fmt);
    double[] pathobionts = fmt.stream().mapToDouble(p -> Math.log(p.patient().covariate("pathobionts"))).toArray();
    double rho = new PearsonsCorrelation().correlation(pathobionts, improvement);
    int n = improvement.length;
    double tRho = rho * Math.sqrt((n - 2) / (1 - rho * rho));
    double pRho = 2 * new TDistribution(n - 2).cumulativeProbability(-Math.abs(tRho));
    boolean pass = vsSham.significant(0.05) && vsSham.effect().value() < 0 && goodVsPoor.effect().value() < 0
        && sdFmt > sdSham && rho > 0 && pRho < 0.05;
    return new ClaimOutcome(pass, "good-donor FMT - sham change " + vsSham.effect().format("%.2f") + " HAMD-17 (" + p(vsSham.p())
        + "); good - poor donor " + goodVsPoor.effect().format("%.2f") + "; SD of improvement FMT " + f(sdFmt) + " vs sham "
        + f(sdSham) + "; improvement vs recipient ln(pathobionts) r = " + f(rho) + " (" + p(pRho) + ", n = " + n + ")",
        "mean effect positive (good donor vs sham: difference < 0, p < 0.05); donor matters (good better than poor donor); "
            + "responses vary more than on sham (SD ratio > 1); recipient matters (r > 0, p < 0.05)",
        List.of(new Figure.Distributions("GUT-5: individual HAMD-17 improvement after FMT in treatment-resistant depression",
                "HAMD-17 improvement, week 8 (points)", List.of(new Figure.Group("FMT, good donor", improvement(good)),
                new Figure.Group("FMT, poor donor", improvement(poor)), new Figure.Group("sham", improvement(sham))), Optional.empty()),
            TrialAnalysis.trajectories(r, "HAMD17", "points")));
  }

  private static double[] baseline(List<Participant> ps) {
    return ps.stream().mapToDouble(p -> p.course().endpoint("HAMD17")[0]).toArray();
  }

  private static double[] last(List<Participant> ps) {
    return ps.stream().mapToDouble(p -> p.lastObserved("HAMD17")).toArray();
  }

  static double[] improvement(List<Participant> ps) {
    return ps.stream().mapToDouble(p -> p.course().endpoint("HAMD17")[0] - p.lastObserved("HAMD17")).toArray();
  }

  private static double sd(double[] x) {
    double m = java.util.Arrays.stream(x).average().orElseThrow();
    return Math.sqrt(java.util.Arrays.stream(x).map(v -> (v - m) * (v - m)).sum() / (x.length - 1));
  }
}
