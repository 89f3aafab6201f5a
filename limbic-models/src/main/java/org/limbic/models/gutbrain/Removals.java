package org.limbic.models.gutbrain;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.limbic.experiment.claims.Claim;
import org.limbic.experiment.claims.ClaimKind;
import org.limbic.experiment.claims.ClaimOutcome;
import org.limbic.experiment.claims.Removal;

/**
 * Builds the gut–brain claims with their removal tests (issue #13): one check, written once, run on
 * the model as it is and on the model without the claim's mechanism, so the two cannot drift apart.
 * The mechanism string is completed with the overrides it stands for ("…: plasticity_ssri = 0"),
 * so what the table says is removed is what was removed.
 */
public final class Removals {

  /** A claim check on a variant of the patient-level model (cohorts and virtual trials). */
  @FunctionalInterface
  public interface PatientCheck {
    ClaimOutcome run(GutBrainVariant model, long seed);
  }

  /** A claim check on the ODE model's scenarios, with parameter overrides on top of each scenario's own. */
  @FunctionalInterface
  interface ScenarioCheck {
    ClaimOutcome run(Map<String, Double> overrides, long seed);
  }

  private Removals() {
  }

  /**
   * @param mechanism what the claim is about and why removing it should make the check fail
   * @param without the overrides that take it out ({@link GutBrainVariant}: parameters, traits, noise)
   */
  public static Claim claim(String id, String statement, String source, ClaimKind kind, PatientCheck check, String mechanism,
                            Map<String, Double> without) {
    GutBrainVariant removed = GutBrainVariant.of(without); // refuses unknown names now, not when the claim runs
    return new Claim(id, statement, source, kind, seed -> check.run(GutBrainVariant.DEFAULT, seed),
        Removal.of(describe(mechanism, without), seed -> check.run(removed, seed)));
  }

  /** As {@link #claim}, for a check on the ODE scenarios; the overrides are ODE model parameters. */
  static Claim scenarioClaim(String id, String statement, String source, ClaimKind kind, ScenarioCheck check, String mechanism,
                             Map<String, Double> without) {
    Map<String, Double> removed = Map.copyOf(without);
    var model = new GutBrainModel().model();
    removed.keySet().forEach(k -> model.parameterById(k).orElseThrow(
        () -> new IllegalArgumentException("claim " + id + ": the removal overrides '" + k + "', not a parameter of model gutbrain")));
    return new Claim(id, statement, source, kind, seed -> check.run(Map.of(), seed),
        Removal.of(describe(mechanism, without), seed -> check.run(removed, seed)));
  }

  /**
   * "mechanism: a = 0, b = 1e9" (overrides sorted, numbers in their shortest exact form); more than
   * {@value #LISTED} overrides with one prefix and one value are shown as "eps_* (11) = 0".
   */
  static String describe(String mechanism, Map<String, Double> without) {
    if (without.isEmpty()) {
      throw new IllegalArgumentException("a removal needs at least one override: '" + mechanism + "' removes nothing");
    }
    Map<String, java.util.List<String>> groups = new TreeMap<>();
    new TreeMap<>(without).forEach((id, value) -> groups.computeIfAbsent(id.replaceAll("_.*", "_*") + " = " + number(value),
        k -> new java.util.ArrayList<>()).add(id + " = " + number(value)));
    return mechanism + ": " + groups.entrySet().stream().map(g -> g.getValue().size() > LISTED
            ? g.getKey().replace(" = ", " (" + g.getValue().size() + ") = ") : String.join(", ", g.getValue()))
        .collect(Collectors.joining(", "));
  }

  /** Overrides of one prefix and value listed one by one up to this many. */
  static final int LISTED = 4;

  private static String number(double x) {
    if (x == Math.rint(x) && Math.abs(x) < 1e6) {
      return Long.toString((long) x);
    }
    return Math.abs(x) >= 1e6 ? String.format(Locale.ROOT, "%.3g", x) : String.format(Locale.ROOT, "%.3f", x);
  }
}
