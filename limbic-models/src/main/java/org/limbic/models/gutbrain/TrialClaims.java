package org.limbic.models.gutbrain;

import java.util.List;
import org.limbic.experiment.claims.Claim;
import org.limbic.models.gutbrain.trials.GutBrainTrialClaims;

/**
 * The virtual-trial claims of the gut–brain model (GUT-1 … GUT-3, GUT-5 … GUT-8, GUT-13), each a
 * trial file under resources org/limbic/models/gutbrain/trials/ run on {@link GutBrainPatients};
 * the checks live in {@link org.limbic.models.gutbrain.trials}. Owned by the trial branch.
 */
final class TrialClaims {

  private TrialClaims() {
  }

  static List<Claim> all() {
    return GutBrainTrialClaims.all();
  }
}
