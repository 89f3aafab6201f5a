package org.limbic.models.oxytocin;

import java.util.ArrayList;
import java.util.List;
import org.limbic.experiment.claims.Claim;

/** The oxytocin model's claims, OXT-1 … OXT-14 of ../shared/domain/BRIEF.md §2 (those that pass honestly). */
final class OxytocinClaims {

  private OxytocinClaims() {
  }

  static List<Claim> all() {
    List<Claim> claims = new ArrayList<>(LaborClaims.all());
    claims.addAll(CareClaims.all());
    return List.copyOf(claims);
  }
}
