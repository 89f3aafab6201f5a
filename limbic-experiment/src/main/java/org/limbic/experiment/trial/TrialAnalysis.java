package org.limbic.experiment.trial;

import java.util.ArrayList;
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

  static TrialAnalysis of(TrialResult result) {
    TrialDesign d = result.design();
    String control = d.analysis().control();
    List<Participant> ctl = result.analysed(control);
    List<Comparison> out = new ArrayList<>();
    List<TrialDesign.Endpoint> ordered = new ArrayList<>(d.endpoints());
    ordered.sort(java.util.Comparator.comparing(e -> !e.name().equals(d.analysis().primary())));
    for (TrialDesign.Arm arm : d.arms()) {
      if (arm.name().equals(control)) {
        continue;
      }
      List<Participant> trt = result.analysed(arm.name());
      for (TrialDesign.Endpoint e : ordered) {
        out.add(compare(arm.name(), control, e, trt, ctl));
      }
    }
    return new TrialAnalysis(out);
  }

  static Comparison compare(String arm, String control, TrialDesign.Endpoint e, List<Participant> trt, List<Participant> ctl) {
    double[] bt = baselines(trt, e.name());
    double[] ft = finals(trt, e.name());
    double[] bc = baselines(ctl, e.name());
    double[] fc = finals(ctl, e.name());
    TestResult ancova = Ancova.treatmentEffect(bt, ft, bc, fc);
    Estimate smd = Tests.hedgesG(improvement(bt, ft, e), improvement(bc, fc, e));
    Optional<Remission> remission = Optional.empty();
    if (e.hasRemission()) {
      int rt = remitted(ft, e);
      int rc = remitted(fc, e);
      remission = Optional.of(new Remission(rt, ft.length, rc, fc.length, Tests.wilson(rt, ft.length), Tests.wilson(rc, fc.length),
          Tests.twoProportions(rt, ft.length, rc, fc.length), NumberNeededToTreat.of(rt, ft.length, rc, fc.length)));
    }
    return new Comparison(arm, control, e.name(), trt.size(), ctl.size(), ancova, smd, remission);
  }

  private static double[] baselines(List<Participant> ps, String endpoint) {
    return ps.stream().mapToDouble(p -> p.course().endpoint(endpoint)[0]).toArray();
  }

  private static double[] finals(List<Participant> ps, String endpoint) {
    return ps.stream().mapToDouble(p -> p.lastObserved(endpoint)).toArray();
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
    List<Figure.Series> series = new ArrayList<>();
    double[] weeks = result.design().visitWeeks();
    for (TrialDesign.Arm arm : result.design().arms()) {
      List<Participant> ps = result.arm(arm.name());
      double[] mean = new double[weeks.length];
      double[] lower = new double[weeks.length];
      double[] upper = new double[weeks.length];
      for (int v = 0; v < weeks.length; v++) {
        int visit = v;
        double[] values = ps.stream().mapToDouble(p -> p.observed(endpoint)[visit]).filter(x -> !Double.isNaN(x)).toArray();
        if (values.length >= 2) {
          Estimate m = Tests.mean(values);
          mean[v] = m.value();
          lower[v] = m.lower();
          upper[v] = m.upper();
        } else {
          mean[v] = lower[v] = upper[v] = Double.NaN;
        }
      }
      series.add(new Figure.Series(arm.name() + " (n = " + ps.size() + ")", weeks, mean, lower, upper));
    }
    return new Figure.TimeCourse(result.design().name() + ": " + endpoint + " by arm (mean, 95 % CI of those still in)",
        "week from randomization", endpoint + " (" + unit + ")", series, Optional.empty());
  }
}
