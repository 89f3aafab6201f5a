package org.limbic.experiment.trial;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.DoubleStream;
import org.limbic.experiment.spec.TrialDesign;

/**
 * The {@link TrialAnalysis} of a streamed trial: keeps of each analysed patient only the baseline
 * and the last observed value of every endpoint (16 bytes a patient and endpoint: 32 MB for 10^6
 * patients and 2 endpoints), in enrolment order, so the analysis is the one of the whole cohort
 * held in memory. Patients who did not complete are left out when the analysis is of completers.
 */
public final class CohortAnalysis implements Consumer<Participant> {

  private final TrialDesign design;
  private final List<TrialDesign.Endpoint> endpoints;
  /** [arm][endpoint]: baselines and last observations. */
  private final DoubleStream.Builder[][] baselines;
  private final DoubleStream.Builder[][] lasts;

  public CohortAnalysis(TrialDesign design) {
    this.design = design;
    List<TrialDesign.Endpoint> ordered = new ArrayList<>(design.endpoints());
    ordered.sort(Comparator.comparing(e -> !e.name().equals(design.analysis().primary())));
    this.endpoints = List.copyOf(ordered);
    int arms = design.arms().size();
    baselines = new DoubleStream.Builder[arms][endpoints.size()];
    lasts = new DoubleStream.Builder[arms][endpoints.size()];
    for (int a = 0; a < arms; a++) {
      for (int e = 0; e < endpoints.size(); e++) {
        baselines[a][e] = DoubleStream.builder();
        lasts[a][e] = DoubleStream.builder();
      }
    }
  }

  @Override
  public void accept(Participant p) {
    if (design.analysis().missing() == TrialDesign.Missing.COMPLETERS && !p.completed()) {
      return;
    }
    int a = design.armIndex(p.arm());
    for (int e = 0; e < endpoints.size(); e++) {
      String name = endpoints.get(e).name();
      baselines[a][e].add(p.course().endpoint(name)[0]);
      lasts[a][e].add(p.lastObserved(name));
    }
  }

  /**
   * Every arm against the control on every endpoint, the primary first; call once, at the end.
   *
   * @throws IllegalArgumentException if an arm has fewer than 2 analysed patients
   */
  public TrialAnalysis analysis() {
    String control = design.analysis().control();
    int c = design.armIndex(control);
    double[][] bc = new double[endpoints.size()][];
    double[][] lc = new double[endpoints.size()][];
    for (int e = 0; e < endpoints.size(); e++) {
      bc[e] = baselines[c][e].build().toArray();
      lc[e] = lasts[c][e].build().toArray();
    }
    List<TrialAnalysis.Comparison> out = new ArrayList<>();
    for (int a = 0; a < design.arms().size(); a++) {
      if (a == c) {
        continue;
      }
      String arm = design.arms().get(a).name();
      for (int e = 0; e < endpoints.size(); e++) {
        double[] ba = baselines[a][e].build().toArray();
        double[] la = lasts[a][e].build().toArray();
        requireTwo(arm, ba.length);
        requireTwo(control, bc[e].length);
        out.add(TrialAnalysis.compare(arm, control, endpoints.get(e), ba, la, bc[e], lc[e]));
      }
    }
    return new TrialAnalysis(out);
  }

  private void requireTwo(String arm, int analysed) {
    if (analysed < 2) {
      throw new IllegalArgumentException("trial '" + design.name() + "': arm '" + arm + "' has " + analysed + " analysed patient"
          + (analysed == 1 ? "" : "s") + " (" + design.analysis().missing().name().toLowerCase(java.util.Locale.ROOT)
          + "); the analysis needs at least 2 per arm: randomize more patients (--patients)");
    }
  }
}
