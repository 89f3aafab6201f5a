package org.limbic.experiment.trial;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.limbic.experiment.results.MetricSummary;
import org.limbic.experiment.spec.TrialDesign;

/**
 * What the run catalog records of a trial, in constant memory: per arm and endpoint, the change from
 * baseline to the last observation of the analysed patients (n, mean, sd, min, max) and, where the
 * endpoint defines remission, the share remitted (the mean of 0/1), named e.g.
 * {@code change HAMD17 [probiotic]}, {@code remission HAMD17 [probiotic]}.
 */
public final class CohortMetrics implements Consumer<Participant> {

  private final TrialDesign design;
  private final List<String> arms;
  /** [arm][endpoint]. */
  private final MetricSummary.Accumulator[][] change;
  private final MetricSummary.Accumulator[][] remission;

  public CohortMetrics(TrialDesign design) {
    this.design = design;
    this.arms = design.arms().stream().map(TrialDesign.Arm::name).toList();
    List<TrialDesign.Endpoint> endpoints = design.endpoints();
    change = new MetricSummary.Accumulator[arms.size()][endpoints.size()];
    remission = new MetricSummary.Accumulator[arms.size()][endpoints.size()];
    for (int a = 0; a < arms.size(); a++) {
      for (int e = 0; e < endpoints.size(); e++) {
        String suffix = " " + endpoints.get(e).name() + " [" + arms.get(a) + "]";
        change[a][e] = new MetricSummary.Accumulator("change" + suffix);
        remission[a][e] = endpoints.get(e).hasRemission() ? new MetricSummary.Accumulator("remission" + suffix) : null;
      }
    }
  }

  @Override
  public void accept(Participant p) {
    if (design.analysis().missing() == TrialDesign.Missing.COMPLETERS && !p.completed()) {
      return;
    }
    int a = design.armIndex(p.arm());
    for (int e = 0; e < design.endpoints().size(); e++) {
      TrialDesign.Endpoint endpoint = design.endpoints().get(e);
      double last = p.lastObserved(endpoint.name());
      change[a][e].add(last - p.course().endpoint(endpoint.name())[0]);
      if (remission[a][e] != null) {
        remission[a][e].add(last <= endpoint.remissionAtOrBelow() ? 1 : 0);
      }
    }
  }

  /** The summaries, arm by arm, endpoint by endpoint (change, then remission). */
  public List<MetricSummary> summaries() {
    List<MetricSummary> out = new ArrayList<>();
    for (int a = 0; a < arms.size(); a++) {
      for (int e = 0; e < design.endpoints().size(); e++) {
        out.add(change[a][e].summary());
        if (remission[a][e] != null) {
          out.add(remission[a][e].summary());
        }
      }
    }
    return out;
  }
}
