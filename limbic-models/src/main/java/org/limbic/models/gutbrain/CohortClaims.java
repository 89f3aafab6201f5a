package org.limbic.models.gutbrain;

import static org.limbic.models.gutbrain.Figures.f;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.limbic.experiment.claims.ClaimKind;
import org.limbic.experiment.claims.Claim;
import org.limbic.experiment.claims.ClaimOutcome;
import org.limbic.experiment.figure.Figure;
import org.limbic.experiment.stats.Estimate;
import org.limbic.experiment.stats.TestResult;
import org.limbic.experiment.stats.Tests;
import org.limbic.experiment.trial.Treatment;
import org.limbic.experiment.spec.TreatmentComponent;
import org.limbic.experiment.trial.VirtualPatient;

/**
 * Mechanistic claims checked in virtual cohorts of the patient-level model (GUT-11, GUT-12): many
 * patients with measurement noise, judged with the project's statistics. Each patient's random
 * stream is derived from the seed, the group and the patient's index, so results do not depend on
 * the order or threads they run in.
 */
final class CohortClaims {

  /** Patients per group: SE of a difference of HAMA changes ~0.25 points, so a 3-point effect is unmistakable. */
  static final int N = 400;
  /** GUT-11: after vagotomy the probiotic keeps less than 30 % of its effect (Bravo 2011: abolished). */
  static final double ABOLISHED = 0.30;
  static final double TRAIT_ANXIETY = 12;
  /** GUT-12: Haapakoski et al. 2015 MDD vs controls, IL-6 d 0.54, CRP d 0.47; ±0.2 is about their 95 % CI half-width [verify]. */
  static final double IL6_D = 0.54;
  static final double CRP_D = 0.47;
  static final double D_TOLERANCE = 0.2;

  private CohortClaims() {
  }

  static List<Claim> all() {
    return List.of(
        Removals.claim("GUT-11", "Vagotomy abolishes the anxiety-lowering effect of a vagally acting probiotic.",
            "Bravo et al. 2011 PNAS 108:16050",
            ClaimKind.structural("vagal_tone = max(0.1, 1 + vagus_intact x (vagal_signal - 1)), the strain's signal only in "
                + "vagal_signal (+ vagal_probiotic x probiotic_effect x vagal_strain): vagotomy removes it by definition; what the "
                + "check adds is that the strain's other action (the barrier, perm_probiotic) is under 30 % of the vagal one"),
            CohortClaims::vagotomy,
            "the vagal route of the strain's signal (the afferent firing it raises)", Map.of("vagal_probiotic", 0.0)),
        Removals.claim("GUT-12", "Raised inflammatory drive -> higher IL-6, CRP and depression scores (effect sizes ~0.5).",
            "Haapakoski et al. 2015 Brain Behav Immun 49:206; Dowlati et al. 2010",
            ClaimKind.structural("IL6 = il6_ref x il6_fold, il6_fold = inflammatory_drive x ... and CRP = crp_ref x "
                + "il6_fold^crp_per_il6: doubled drive doubles IL-6 by formula; HAMD-17 rises through + w_il6 ln(il6_fold) in the "
                + "depression target (with IDO lowering serotonin synthesis and IL-6 driving the HPA axis); the MDD-vs-healthy d "
                + "are calibrated (the populations' mean inflammatory_drive fitted to Haapakoski 2015)"),
            CohortClaims::inflammation,
            // every route from IL-6 to the depression target, so that what remains is inflammation without its effect on mood
            "inflammation's routes to mood (IL-6 in the depression target, IDO's diversion of tryptophan, IL-6's HPA drive)",
            Map.of("w_il6", 0.0, "ido_induction", 0.0, "hpa_per_il6", 0.0)));
  }

  static SplittableRandom stream(long seed, int group, int patient) {
    return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + group * 1_000_003L + patient);
  }

  private static ClaimOutcome vagotomy(GutBrainVariant model, long seed) {
    GutBrainPatients patients = model.patients();
    TreatmentComponent vehicle = new TreatmentComponent("placebo", Map.of(), 0, 4, 1);
    // Bravo gave 1e9 CFU/day to mice, whose gut is ~1/1000 of a human's: per gut volume far above a human 8e9 dose,
    // so the strain is given at 1e10/day (near-saturating colonic load in this model)
    TreatmentComponent strain = new TreatmentComponent("probiotic", Map.of("cfuPerDay", 1e10, "vagal", 1.0), 0, 4, 1);
    TreatmentComponent cut = new TreatmentComponent("vagotomy", Map.of(), -2, Double.POSITIVE_INFINITY, 1);
    double[][] change = new double[4][];
    List<Treatment> arms = List.of(new Treatment("sham + vehicle", List.of(vehicle)), new Treatment("sham + L. rhamnosus", List.of(strain)),
        new Treatment("vagotomy + vehicle", List.of(cut, vehicle)), new Treatment("vagotomy + L. rhamnosus", List.of(cut, strain)));
    for (int a = 0; a < 4; a++) {
      change[a] = new double[N];
      for (int i = 0; i < N; i++) {
        SplittableRandom r = stream(seed, a, i);
        VirtualPatient p = anxious(patients.draw("healthy", a * N + i, r));
        double[] hama = patients.follow(p, arms.get(a), new double[] {0, 4}, r).endpoint("HAMA");
        change[a][i] = hama[1] - hama[0];
      }
    }
    TestResult sham = Tests.welchT(change[1], change[0]);
    TestResult vagotomized = Tests.welchT(change[3], change[2]);
    double shamEffect = sham.effect().value();
    double cutEffect = vagotomized.effect().value();
    boolean pass = shamEffect < 0 && sham.p() < 0.05 && Math.abs(cutEffect) < ABOLISHED * Math.abs(shamEffect);
    return new ClaimOutcome(pass, "HAMA change, strain minus vehicle: sham " + f(shamEffect) + " points (p = " + f(sham.p())
        + "), vagotomized " + f(cutEffect) + " (p = " + f(vagotomized.p()) + "), " + N + " per group",
        "sham: lower, p < 0.05; vagotomized: |effect| < 30 % of sham's",
        List.of(new Figure.Bars("Anxiety change over 4 weeks (healthy, high trait anxiety, like BALB/c)", "HAMA change from baseline (points)",
                arms.stream().map(Treatment::arm).toList(), new double[] {Tests.mean(change[0]).value(), Tests.mean(change[1]).value(),
                Tests.mean(change[2]).value(), Tests.mean(change[3]).value()}, halfWidths(change), Optional.empty()),
            new Figure.Distributions("HAMA change per virtual patient", "HAMA change (points)",
                List.of(new Figure.Group(arms.get(0).arm(), change[0]), new Figure.Group(arms.get(1).arm(), change[1]),
                    new Figure.Group(arms.get(2).arm(), change[2]), new Figure.Group(arms.get(3).arm(), change[3])), Optional.empty())));
  }

  /**
   * Bravo et al. used BALB/c mice, a high-anxiety strain: healthy virtual people with trait anxiety
   * raised by {@value #TRAIT_ANXIETY} HAMA points, so the effect is not hidden by the score's floor at 0.
   */
  static VirtualPatient anxious(VirtualPatient p) {
    Map<String, Double> traits = new HashMap<>(p.parameters());
    traits.put("anxiety_core", traits.get("anxiety_core") + TRAIT_ANXIETY);
    return new VirtualPatient(p.id(), p.population(), traits, p.covariates());
  }

  private static double[] halfWidths(double[][] groups) {
    double[] e = new double[groups.length];
    for (int i = 0; i < groups.length; i++) {
      Estimate m = Tests.mean(groups[i]);
      e[i] = (m.upper() - m.lower()) / 2;
    }
    return e;
  }

  private static ClaimOutcome inflammation(GutBrainVariant model, long seed) {
    GutBrainPatients patients = model.patients();
    double[][] il6 = new double[2][N];
    double[][] crp = new double[2][N];
    String[] populations = {"healthy", "mdd"};
    for (int g = 0; g < 2; g++) {
      for (int i = 0; i < N; i++) {
        VirtualPatient p = patients.draw(populations[g], g * N + i, stream(seed, 10 + g, i));
        il6[g][i] = p.covariate("IL6");
        crp[g][i] = p.covariate("CRP");
      }
    }
    Estimate dIl6 = Tests.hedgesG(il6[1], il6[0]);
    Estimate dCrp = Tests.hedgesG(crp[1], crp[0]);
    // causal arm: the same healthy people with their inflammatory drive doubled (an inflammatory illness), 8 weeks
    Treatment none = new Treatment("no treatment", List.of());
    double[][] week8 = new double[6][N];
    for (int i = 0; i < N; i++) {
      VirtualPatient p = patients.draw("healthy", 2 * N + i, stream(seed, 20, i));
      Map<String, Double> raised = new HashMap<>(p.parameters());
      raised.put("inflammatory_drive", 2 * p.parameters().get("inflammatory_drive"));
      VirtualPatient inflamed = new VirtualPatient(p.id(), p.population(), raised, p.covariates());
      var usual = patients.follow(p, none, new double[] {0, 8}, stream(seed, 21, i));
      var high = patients.follow(inflamed, none, new double[] {0, 8}, stream(seed, 21, i));
      week8[0][i] = usual.endpoint("IL6")[1];
      week8[1][i] = high.endpoint("IL6")[1];
      week8[2][i] = usual.endpoint("CRP")[1];
      week8[3][i] = high.endpoint("CRP")[1];
      week8[4][i] = usual.endpoint("HAMD17")[1];
      week8[5][i] = high.endpoint("HAMD17")[1];
    }
    Estimate gIl6 = Tests.hedgesG(week8[1], week8[0]);
    Estimate gCrp = Tests.hedgesG(week8[3], week8[2]);
    Estimate gHamd = Tests.hedgesG(week8[5], week8[4]);
    boolean cohort = Math.abs(dIl6.value() - IL6_D) <= D_TOLERANCE && Math.abs(dCrp.value() - CRP_D) <= D_TOLERANCE;
    boolean causal = gIl6.lower() > 0 && gCrp.lower() > 0 && gHamd.lower() > 0;
    return new ClaimOutcome(cohort && causal, "MDD vs healthy (n = " + N + " each): IL-6 d " + dIl6.format("%.2f") + ", CRP d "
        + dCrp.format("%.2f") + "; doubled drive in healthy, week 8: IL-6 g " + gIl6.format("%.2f") + ", CRP g " + gCrp.format("%.2f")
        + ", HAMD-17 g " + gHamd.format("%.2f"),
        "MDD vs healthy IL-6 d 0.54 +/- 0.2, CRP d 0.47 +/- 0.2 (Haapakoski 2015); doubled drive raises IL-6, CRP and HAMD-17 (95 % CI of g above 0)",
        List.of(new Figure.Forest("Inflammation and depression: standardized differences", "Hedges g",
                List.of(new Figure.Row("IL-6, MDD vs healthy", dIl6.value(), dIl6.lower(), dIl6.upper()),
                    new Figure.Row("CRP, MDD vs healthy", dCrp.value(), dCrp.lower(), dCrp.upper()),
                    new Figure.Row("IL-6, doubled drive", gIl6.value(), gIl6.lower(), gIl6.upper()),
                    new Figure.Row("CRP, doubled drive", gCrp.value(), gCrp.lower(), gCrp.upper()),
                    new Figure.Row("HAMD-17, doubled drive", gHamd.value(), gHamd.lower(), gHamd.upper())), 0),
            new Figure.Distributions("Baseline IL-6 by group", "IL-6 (pg/mL)",
                List.of(new Figure.Group("healthy", il6[0]), new Figure.Group("MDD", il6[1])),
                Optional.of(new Figure.Band("healthy reference ~1-2 pg/mL", 1, 2)))));
  }
}
