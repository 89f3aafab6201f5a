package org.limbic.models.gutbrain.trials;

import java.util.List;
import org.limbic.experiment.claims.Claim;
import org.limbic.experiment.library.ClaimProvider;

/** Adds the virtual-trial claims to the gut–brain model (registered in META-INF/services). */
public final class GutBrainTrialClaimProvider implements ClaimProvider {

  @Override
  public String modelId() {
    return "gutbrain";
  }

  @Override
  public List<Claim> claims() {
    return GutBrainTrialClaims.all();
  }
}
