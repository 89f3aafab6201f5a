package org.limbic.experiment.trial;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.limbic.experiment.stats.Estimate;
import org.limbic.experiment.stats.Tests;
import org.limbic.experiment.spec.TrialDesign;

/**
 * What a streamed cohort adds up to, in constant memory: per arm, the mean change of the primary
 * endpoint from baseline to the last observation (Welford's running mean and variance) and the
 * remission count, so a million patients can be summarized without being kept.
 */
public final class CohortSummary implements Consumer<Participant> {

  private final TrialDesign design;
  private final TrialDesign.Endpoint primary;
  private final Map<String, double[]> running = new LinkedHashMap<>();

  public CohortSummary(TrialDesign design) {
    this.design = design;
    this.primary = design.endpoint(design.analysis().primary());
    for (TrialDesign.Arm a : design.arms()) {
      running.put(a.name(), new double[4]);
    }
  }

  @Override
  public void accept(Participant p) {
    if (design.analysis().missing() == TrialDesign.Missing.COMPLETERS && !p.completed()) {
      return;
    }
    double baseline = p.course().endpoint(primary.name())[0];
    double last = p.lastObserved(primary.name());
    double change = last - baseline;
    double[] r = running.get(p.arm());
    r[0]++;
    double delta = change - r[1];
    r[1] += delta / r[0];
    r[2] += delta * (change - r[1]);
    if (primary.hasRemission() && last <= primary.remissionAtOrBelow()) {
      r[3]++;
    }
  }

  /** One line per arm: n, mean change with its 95 % interval, remission with its Wilson interval. */
  public List<String> lines() {
    List<String> out = new ArrayList<>();
    for (var e : running.entrySet()) {
      double[] r = e.getValue();
      long n = (long) r[0];
      if (n < 2) {
        out.add(e.getKey() + ": n = " + n);
        continue;
      }
      double se = Math.sqrt(r[2] / (n - 1) / n);
      // a cohort is large: the normal quantile 1.96 stands in for t (they differ by < 1 % beyond n = 200)
      Estimate mean = new Estimate(r[1], r[1] - 1.96 * se, r[1] + 1.96 * se, 0.95);
      String remission = primary.hasRemission() && n <= Integer.MAX_VALUE
          ? ", remission " + Tests.wilson((int) r[3], (int) n).format("%.3f") : "";
      out.add(String.format(Locale.ROOT, "%s: n = %d, change in %s %s%s", e.getKey(), n, primary.name(), mean.format("%.2f"), remission));
    }
    return out;
  }
}
