package org.limbic.experiment.trial;

import java.util.List;
import java.util.Optional;
import org.limbic.experiment.figure.Figure;
import org.limbic.experiment.stats.Ancova;
import org.limbic.experiment.stats.Estimate;
import org.limbic.experiment.stats.NumberNeededToTreat;
import org.limbic.experiment.stats.TestResult;
import org.limbic.experiment.stats.Tests;
import org.limbic.experiment.spec.TrialDesign;

/**
 * The analysis a depression trial reports, for every arm against the control on every endpoint at
 * the last visit: ANCOVA of the change adjusted for baseline, the standardized mean difference of the
 * improvement (Hedges' g, positive = the arm did better, the sign of Nikolova et al. 2021), and where
 * the endpoint defines remission, remission rates with Wilson intervals, their z test and the NNT.
 */
public record TrialAnalysis(List<Comparison> comparisons) {

  public TrialAnalysis {
    comparisons = List.copyOf(comparisons);
  }

  /**
   * @param ancova the adjusted difference in change, arm − control (negative = better when lower is better)
   * @param smd Hedges' g of the improvement, arm over control (positive = better)
   */
  public record Comparison(String arm, String control, String endpoint, int nArm, int nControl, TestResult ancova,
                           Estimate smd, Optional<Remission> remission) {
  }

  public record Remission(int remittedArm, int nArm, int remittedControl, int nControl, Estimate rateArm, Estimate rateControl,
                          TestResult test, NumberNeededToTreat nnt) {
  }

  public Comparison comparison(String arm, String endpoint) {
    return comparisons.stream().filter(c -> c.arm().equals(arm) && c.endpoint().equals(endpoint)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no comparison of arm '" + arm + "' on '" + endpoint + "'; have "
            + comparisons.stream().map(c -> c.arm() + "/" + c.endpoint()).toList()));
  }

  /** The analysis of a trial held in memory: the same as streaming its participants through {@link CohortAnalysis}. */
  static TrialAnalysis of(TrialResult result) {
    CohortAnalysis analysis = new CohortAnalysis(result.design());
    result.participants().forEach(analysis);
    return analysis.analysis();
  }

  /**
   * One arm against the control on one endpoint, from each analysed patient's baseline and last
   * observed value (in the same order within an arm).
   *
   * @throws IllegalArgumentException if an arm has fewer than 2 patients
   */
  public static Comparison compare(String arm, String control, TrialDesign.Endpoint e, double[] baselineArm, double[] lastArm,
                                   double[] baselineControl, double[] lastControl) {
    TestResult ancova = Ancova.treatmentEffect(baselineArm, lastArm, baselineControl, lastControl);
    Estimate smd = Tests.hedgesG(improvement(baselineArm, lastArm, e), improvement(baselineControl, lastControl, e));
    Optional<Remission> remission = Optional.empty();
    if (e.hasRemission()) {
      int nt = lastArm.length;
      int nc = lastControl.length;
      int rt = remitted(lastArm, e);
      int rc = remitted(lastControl, e);
      remission = Optional.of(new Remission(rt, nt, rc, nc, Tests.wilson(rt, nt), Tests.wilson(rc, nc),
          Tests.twoProportions(rt, nt, rc, nc), NumberNeededToTreat.of(rt, nt, rc, nc)));
    }
    return new Comparison(arm, control, e.name(), lastArm.length, lastControl.length, ancova, smd, remission);
  }

  private static double[] improvement(double[] baseline, double[] last, TrialDesign.Endpoint e) {
    double[] out = new double[baseline.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = e.lowerIsBetter() ? baseline[i] - last[i] : last[i] - baseline[i];
    }
    return out;
  }

  private static int remitted(double[] last, TrialDesign.Endpoint e) {
    int n = 0;
    for (double v : last) {
      if (v <= e.remissionAtOrBelow()) {
        n++;
      }
    }
    return n;
  }

  /** Mean observed score per visit and arm with its 95 % interval (patients still in the trial). */
  public static Figure.TimeCourse trajectories(TrialResult result, String endpoint, String unit) {
    VisitMeans means = new VisitMeans(result.design());
    result.participants().forEach(means);
    return TrialFigures.trajectories(result.design().name(), endpoint, endpoint + " (" + unit + ")", means.rows());
  }
}
