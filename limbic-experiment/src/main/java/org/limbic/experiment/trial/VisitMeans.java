package org.limbic.experiment.trial;

import java.util.ArrayList;
import java.util.List;
import org.limbic.experiment.spec.TrialDesign;
import org.limbic.experiment.stats.Estimate;
import org.limbic.experiment.stats.RunningMean;

/**
 * The trajectories of a streamed trial in constant memory: per arm, endpoint and visit, the running
 * mean of the observed values of the patients still in ({@link RunningMean}, so the numbers are
 * those {@link org.limbic.experiment.stats.Tests#mean} gives on the whole cohort).
 */
public final class VisitMeans implements java.util.function.Consumer<Participant> {

  /**
   * The mean of one endpoint at one visit in one arm over the {@code n} patients observed there, with
   * its 95 % t interval; mean and interval are NaN below 2 patients.
   */
  public record Row(String arm, String endpoint, double week, long n, double mean, double lower, double upper) {
  }

  private final TrialDesign design;
  private final List<String> endpoints;
  /** [arm][endpoint][visit], arms and endpoints in the design's order. */
  private final RunningMean[][][] means;

  public VisitMeans(TrialDesign design) {
    this.design = design;
    this.endpoints = design.endpoints().stream().map(TrialDesign.Endpoint::name).toList();
    int visits = design.visitWeeks().length;
    means = new RunningMean[design.arms().size()][endpoints.size()][visits];
    for (RunningMean[][] arm : means) {
      for (RunningMean[] endpoint : arm) {
        for (int v = 0; v < visits; v++) {
          endpoint[v] = new RunningMean();
        }
      }
    }
  }

  @Override
  public void accept(Participant p) {
    RunningMean[][] arm = means[design.armIndex(p.arm())];
    for (int e = 0; e < endpoints.size(); e++) {
      double[] observed = p.observed(endpoints.get(e));
      for (int v = 0; v < observed.length; v++) {
        if (!Double.isNaN(observed[v])) {
          arm[e][v].add(observed[v]);
        }
      }
    }
  }

  /** Every arm's mean at every visit, arm by arm, endpoint by endpoint, visit by visit. */
  public List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    double[] weeks = design.visitWeeks();
    for (int a = 0; a < means.length; a++) {
      for (int e = 0; e < endpoints.size(); e++) {
        for (int v = 0; v < weeks.length; v++) {
          RunningMean m = means[a][e][v];
          Estimate est = m.n() >= 2 ? m.estimate() : null;
          rows.add(new Row(design.arms().get(a).name(), endpoints.get(e), weeks[v], m.n(), est == null ? Double.NaN : est.value(),
              est == null ? Double.NaN : est.lower(), est == null ? Double.NaN : est.upper()));
        }
      }
    }
    return rows;
  }
}
