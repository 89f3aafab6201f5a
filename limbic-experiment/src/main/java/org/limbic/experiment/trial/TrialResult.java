package org.limbic.experiment.trial;

import java.util.List;
import org.limbic.experiment.spec.TrialDesign;

/** A trial run in memory: the design, every randomized participant in enrolment order, and the flow. */
public record TrialResult(TrialDesign design, List<Participant> participants, ConsortCounts flow) {

  public TrialResult {
    participants = List.copyOf(participants);
  }

  public List<Participant> arm(String arm) {
    design.arm(arm);
    return participants.stream().filter(p -> p.arm().equals(arm)).toList();
  }

  /** The participants the analysis uses: everyone (LOCF) or those who completed. */
  public List<Participant> analysed(String arm) {
    return arm(arm).stream().filter(p -> design.analysis().missing() == TrialDesign.Missing.LOCF || p.completed()).toList();
  }

  public TrialAnalysis analysis() {
    return TrialAnalysis.of(this);
  }
}
