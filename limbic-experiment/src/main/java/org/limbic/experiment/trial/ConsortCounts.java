package org.limbic.experiment.trial;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.limbic.experiment.figure.Figure;
import org.limbic.experiment.spec.TrialDesign;

/**
 * The flow of patients through a trial, as a CONSORT diagram reports it (Schulz et al. 2010, BMJ
 * 340:c332): assessed for eligibility, excluded, randomized, allocated to each arm, discontinued and
 * analysed per arm.
 *
 * @param allocated arm → randomized to it; likewise {@code completed} (did not drop out)
 */
public record ConsortCounts(long screened, long excluded, Map<String, Long> allocated, Map<String, Long> completed,
                            TrialDesign.Missing missing) {

  public ConsortCounts {
    allocated = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(allocated));
    completed = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(completed));
  }

  public long randomized() {
    return allocated.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Analysed per arm: all randomized (intention to treat, last observation carried forward) or the completers. */
  public long analysed(String arm) {
    return missing == TrialDesign.Missing.LOCF ? allocated.get(arm) : completed.get(arm);
  }

  public Figure.Flow figure(String title) {
    List<Figure.FlowStage> stages = new ArrayList<>();
    stages.add(new Figure.FlowStage("Enrolment", List.of(new Figure.FlowBox("Assessed for eligibility", screened, false))));
    stages.add(new Figure.FlowStage("Randomization", List.of(new Figure.FlowBox("Randomized", randomized(), false),
        new Figure.FlowBox("Excluded: did not meet inclusion criteria", excluded, true))));
    stages.add(new Figure.FlowStage("Allocation", allocated.entrySet().stream()
        .map(e -> new Figure.FlowBox("Allocated to " + e.getKey(), e.getValue(), false)).toList()));
    stages.add(new Figure.FlowStage("Follow-up", allocated.keySet().stream()
        .map(a -> new Figure.FlowBox("Discontinued (" + a + ")", allocated.get(a) - completed.get(a), false)).toList()));
    stages.add(new Figure.FlowStage("Analysis", allocated.keySet().stream()
        .map(a -> new Figure.FlowBox("Analysed (" + a + (missing == TrialDesign.Missing.LOCF ? ", ITT/LOCF)" : ", completers)"),
            analysed(a), false)).toList()));
    return new Figure.Flow(title, stages);
  }

  /** Counts as the runner goes (one thread). */
  static final class Tally {
    private final TrialDesign design;
    private long screened;
    private long excluded;
    private final Map<String, Long> allocated = new LinkedHashMap<>();
    private final Map<String, Long> completed = new LinkedHashMap<>();

    Tally(TrialDesign design) {
      this.design = design;
      for (TrialDesign.Arm a : design.arms()) {
        allocated.put(a.name(), 0L);
        completed.put(a.name(), 0L);
      }
    }

    void screened() {
      screened++;
    }

    void excluded() {
      excluded++;
    }

    void randomized(Participant p) {
      allocated.merge(p.arm(), 1L, Long::sum);
      if (p.completed()) {
        completed.merge(p.arm(), 1L, Long::sum);
      }
    }

    ConsortCounts counts() {
      return new ConsortCounts(screened, excluded, allocated, completed, design.analysis().missing());
    }
  }
}
