package org.limbic.models.gutbrain.trials;

import java.util.Locale;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.limbic.models.gutbrain.GutBrainVariant;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.limbic.experiment.claims.ClaimOutcome;
import org.limbic.experiment.stats.Estimate;
import org.limbic.experiment.stats.Power;
import org.limbic.experiment.spec.TrialDesign;

/**
 * How the sizes of the trials that no real trial fixes (GUT-5 FMT, GUT-6 dopamine strain, GUT-8
 * stratifier, GUT-13 stopping the SSRI) were chosen: as a trial designer does, by power: each
 * claim's own check run with {@link Power#bySimulation} at candidate sizes; the shipped file takes
 * the smallest candidate with power >= 90 % (so that the 80 % required over 200 seeds holds with
 * margin). Seeds 3,000,000 + k are disjoint from the claim's default seed and from the 200-seed
 * power check (1,000,000 + k). Prints a table; asserts nothing (its job is the record; the
 * 200-seed check in TrialClaimsPowerTest is the test). About 5 minutes on 2 cores:
 * {@code -Dtest=TrialSizingTest -Dlimbic.sizing=true} ({@code -Dlimbic.sizing.only=GUT-8} for one claim).
 */
@EnabledIfSystemProperty(named = "limbic.sizing", matches = "true")
class TrialSizingTest {

  static final int SEEDS = Integer.getInteger("limbic.sizing.seeds", 100);

  @Test
  void printsPowerAtCandidateSizes() {
    size("GUT-5", "fmt-trd", (d, seed) -> FmtClaim.check(GutBrainVariant.DEFAULT, d, seed), 180, 240, 300, 360, 480);
    size("GUT-6", "dopamine-strain", (d, seed) -> AdjunctClaims.gut6(GutBrainVariant.DEFAULT, d, seed), 150, 210, 300);
    size("GUT-8", "stratifier", (d, seed) -> StratifierClaim.check(GutBrainVariant.DEFAULT, d, seed), 600, 1000, 1400, 1800, 2400, 3000);
    size("GUT-13", "stop-antidepressant", (d, seed) -> AdjunctClaims.gut13(GutBrainVariant.DEFAULT, d, seed), 40, 60, 80, 100);
  }

  private static void size(String id, String file, BiFunction<TrialDesign, Long, ClaimOutcome> check, int... sizes) {
    String only = System.getProperty("limbic.sizing.only");
    if (only != null && !only.equals(id)) {
      return;
    }
    TrialDesign design = TrialFile.load(file);
    for (int n : sizes) {
      TrialDesign d = design.withPatients(n);
      Estimate power = Power.bySimulation(SEEDS, 3_000_000L, 2, seed -> check.apply(d, seed).pass());
      System.out.println(String.format(Locale.ROOT, "SIZING %-6s %-20s n = %5d  power %s over %d seeds", id, file, n,
          power.format("%.2f"), SEEDS));
    }
  }
}
