package org.limbic.models.oxytocin;

import java.util.ArrayList;
import java.util.List;
import org.limbic.experiment.claims.Claim;
import org.limbic.experiment.run.ParameterScaling;

/** The oxytocin model's claims, OXT-1 … OXT-14 of ../shared/domain/BRIEF.md §2. */
final class OxytocinClaims {

  private OxytocinClaims() {
  }

  static List<Claim> all() {
    return all(ParameterScaling.NONE);
  }

  /** The claims with every run under {@code scaling} (the robustness variants). */
  static List<Claim> all(ParameterScaling scaling) {
    List<Claim> claims = new ArrayList<>(LaborClaims.all(scaling));
    claims.add(HemorrhageClaim.claim(scaling));
    claims.addAll(CareClaims.all(scaling));
    return List.copyOf(claims);
  }
}
