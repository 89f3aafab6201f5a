package org.limbic.models.gutbrain.trials;

import java.util.List;
import org.limbic.experiment.claims.Claim;
import org.limbic.experiment.library.ClaimProvider;

/** Adds the virtual-trial claims and their validation claims to the gut–brain model (registered in META-INF/services). */
public final class GutBrainTrialClaimProvider implements ClaimProvider {

  @Override
  public String modelId() {
    return "gutbrain";
  }

  @Override
  public List<Claim> claims() {
    List<Claim> all = new java.util.ArrayList<>(GutBrainTrialClaims.all());
    all.addAll(TrialValidationClaims.all()); // GUT-V1 ... (validation claims, beside the trial claims they share trials with)
    return List.copyOf(all);
  }
}
