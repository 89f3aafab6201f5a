package org.limbic.models.gutbrain;

import static org.limbic.models.gutbrain.Figures.f;

import java.util.List;
import java.util.Map;
import org.limbic.experiment.claims.Calibration;
import org.limbic.experiment.claims.Claim;
import org.limbic.experiment.claims.ClaimOutcome;
import org.limbic.experiment.figure.Figure;
import org.limbic.simulation.SimulationResult;

/**
 * The mechanistic claims of ../shared/domain/BRIEF.md §3 (GUT-4, GUT-9 … GUT-12); the trial claims
 * are in {@link TrialClaims}.
 */
final class GutBrainClaims {

  /** GUT-9: published steady colonization, 10^11 16S copies/cm³ (Stein et al. 2013). */
  static final double STEIN_COLONIZATION = 2.3;
  /** ±10 %: the published figure is given to two digits (2.3), and ±0.05 is its rounding; 10 % allows solver and rounding. */
  static final double STEIN_TOLERANCE = 0.10;

  private GutBrainClaims() {
  }

  static List<Claim> all() {
    return List.of(
        new Claim("GUT-9", "Stein 2013 gLV: from the healthy state C. difficile is excluded; after a 1-day clindamycin pulse it "
            + "colonizes to ~2.3 x10^11 copies/cm3.", "Stein et al. 2013 PLoS Comput Biol 9:e1003388",
            Calibration.predicted("published parameters used unchanged; initial condition = measured day-0 community of mouse 5 "
                + "(population 1), the one from which the published outcome follows"), seed -> steinColonization()));
  }

  private static ClaimOutcome steinColonization() {
    SimulationResult pulse = GutBrainScenarios.run("clindamycin-pulse", Map.of());
    SimulationResult healthy = GutBrainScenarios.run("healthy-no-antibiotic", Map.of());
    double colonized = pulse.last("Clostridium_difficile");
    double excluded = healthy.last("Clostridium_difficile");
    double inoculum = 1e-6;
    boolean pass = Math.abs(colonized - STEIN_COLONIZATION) <= STEIN_TOLERANCE * STEIN_COLONIZATION && excluded < inoculum;
    return new ClaimOutcome(pass, "after pulse: C. difficile " + f(colonized) + " x1e11/cm3 at day 400; without: " + f(excluded)
        + " (inoculum " + f(inoculum) + ")",
        "2.3 +/- 10 % after the pulse; below the inoculum without antibiotic",
        List.of(Figures.timeCourse("Stein 2013 community: C. difficile after a 1-day clindamycin pulse", "time (day)",
            "density (1e11 16S copies/cm3)", List.of(Figures.line("C. difficile, clindamycin day 0-1", pulse, "Clostridium_difficile"),
                Figures.line("C. difficile, no antibiotic", healthy, "Clostridium_difficile"),
                Figures.line("Enterobacteriaceae, clindamycin", pulse, "undefined_genus_of_Enterobacteriaceae"),
                Figures.line("Blautia, clindamycin", pulse, "Blautia")),
            new Figure.Band("Stein 2013: 2.3 +/- 10 %", 2.3 * 0.9, 2.3 * 1.1))));
  }
}
