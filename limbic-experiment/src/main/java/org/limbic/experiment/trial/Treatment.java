package org.limbic.experiment.trial;

import java.util.List;
import org.limbic.experiment.spec.TreatmentComponent;

/** What one arm gives: e.g. placebo, or an SSRI plus a probiotic from week 0 to week 8. */
public record Treatment(String arm, List<TreatmentComponent> components) {

  public Treatment {
    components = List.copyOf(components);
  }

  public boolean gives(String kind) {
    return components.stream().anyMatch(c -> c.kind().equals(kind));
  }
}
