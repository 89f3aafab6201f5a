package org.limbic.models.gutbrain;

import java.util.List;
import org.limbic.experiment.claims.Claim;

/**
 * The virtual-trial claims of the gut–brain model (GUT-1 … GUT-3, GUT-5 … GUT-8, GUT-13). Filled by
 * the trial helper (branch gut-trial); the model branch leaves this file alone to avoid conflicts.
 */
final class TrialClaims {

  private TrialClaims() {
  }

  static List<Claim> all() {
    return List.of();
  }
}
