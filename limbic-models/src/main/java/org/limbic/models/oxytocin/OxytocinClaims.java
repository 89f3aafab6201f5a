package org.limbic.models.oxytocin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.limbic.experiment.claims.Claim;
import org.limbic.experiment.claims.Removal;
import org.limbic.experiment.run.ParameterScaling;

/** The oxytocin model's claims, OXT-1 … OXT-14 of ../shared/domain/BRIEF.md §2, and its validation claims (OXT-V1 … OXT-V6). */
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
    claims.addAll(ValidationClaims.all(scaling));
    return List.copyOf(claims);
  }

  /**
   * A claim's removal test: the same claim's check, every run of it with {@code removed} (the
   * mechanism's parameters at factor 0) on top of {@code scaling}. Built lazily, so a removed
   * claim's own removal is never run.
   */
  static Removal removal(String id, String mechanism, ParameterScaling scaling, Map<String, Double> removed) {
    ParameterScaling without = scaling.and(new ParameterScaling(removed));
    return Removal.of(mechanism, seed -> all(without).stream().filter(c -> c.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalStateException("no claim " + id)).check().run(seed));
  }
}
