package org.limbic.models.gutbrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.limbic.models.gutbrain.GutBrainPatientsTest.component;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.limbic.experiment.stats.Estimate;
import org.limbic.experiment.stats.Tests;
import org.limbic.experiment.trial.Treatment;
import org.limbic.experiment.spec.TreatmentComponent;
import org.limbic.experiment.trial.VirtualPatient;

/**
 * Large-sample effects of the patient-level model (n per arm large, so these are the model's
 * population effects, not a trial's): printed for calibration and checked for direction.
 */
class TreatmentEffectsTest {

  static final GutBrainPatients MODEL = new GutBrainPatients();
  static final int N = 3000;

  /** Change from baseline at {@code week} of {@code endpoint} for the same patients (common random numbers) under an arm. */
  static double[] change(String population, Treatment arm, String endpoint, double week, long seed) {
    double[] visits = {0, week};
    double[] d = new double[N];
    for (int i = 0; i < N; i++) {
      VirtualPatient p = MODEL.draw(population, i, new SplittableRandom(seed + i));
      double[] v = MODEL.follow(p, arm, visits, new SplittableRandom(seed * 31 + i)).endpoint(endpoint);
      d[i] = v[1] - v[0];
    }
    return d;
  }

  static Treatment arm(String name, TreatmentComponent... c) {
    return new Treatment(name, List.of(c));
  }

  static String smd(String label, double[] control, double[] active) {
    Estimate g = Tests.hedgesG(control, active);
    return String.format(java.util.Locale.ROOT, "%s: mean change %.2f vs %.2f, SMD %.2f", label,
        Tests.mean(active).value(), Tests.mean(control).value(), g.value());
  }

  @Test
  void printsAndOrdersTheMainEffects() {
    TreatmentComponent placebo = component("placebo", Map.of(), 0, 52);
    TreatmentComponent ssri = component("ssri", Map.of(), 0, 52);
    TreatmentComponent ssriOngoing = component("ssri", Map.of(), -52, 52);
    TreatmentComponent probiotic = component("probiotic", Map.of("cfuPerDay", 8e9), 0, 52);
    TreatmentComponent dopamine = component("probiotic", Map.of("cfuPerDay", 8e9, "dopamineProducing", 1.0), 0, 52);
    TreatmentComponent diet = component("diet", Map.of("fiber", 30.0, "polyphenols", 1.0, "mediterranean", 1.0), 0, 52);
    double[] mddPlacebo = change("mdd", arm("placebo", placebo), "HAMD17", 8, 1);
    double[] mddSsri = change("mdd", arm("ssri", ssri), "HAMD17", 8, 1);
    double[] mddProbiotic = change("mdd", arm("probiotic", probiotic), "HAMD17", 8, 1);
    double[] irPlacebo = change("mdd-incomplete-responders", arm("placebo", ssriOngoing, placebo), "HAMD17", 8, 2);
    double[] irProbiotic = change("mdd-incomplete-responders", arm("probiotic", ssriOngoing, probiotic), "HAMD17", 8, 2);
    double[] irDopamine = change("mdd-incomplete-responders", arm("dopamine", ssriOngoing, dopamine), "HAMD17", 8, 2);
    double[] irStop = change("mdd-incomplete-responders", arm("stop", component("ssri", Map.of(), -52, 0.01), probiotic), "HAMD17", 8, 2);
    double[] mddDiet = change("mdd", arm("diet", diet), "HAMD17", 12, 3);
    double[] mddDietControl = change("mdd", arm("befriending", placebo), "HAMD17", 12, 3);
    TreatmentComponent fmt = component("fmt", Map.of("donorQuality", 0.9), 0, 1);
    double[] trdPlacebo = change("treatment-resistant", arm("sham", ssriOngoing, placebo), "HAMD17", 8, 4);
    double[] trdFmt = change("treatment-resistant", arm("fmt", ssriOngoing, fmt), "HAMD17", 8, 4);
    double[] trdPoorDonor = change("treatment-resistant", arm("fmt poor donor", ssriOngoing,
        component("fmt", Map.of("donorQuality", 0.1), 0, 1)), "HAMD17", 8, 4);
    System.out.println(smd("FMT (donor quality 0.9) vs sham, treatment-resistant, week 8", trdPlacebo, trdFmt)
        + String.format(java.util.Locale.ROOT, ", SD of change %.2f vs %.2f", sd(trdFmt), sd(trdPlacebo)));
    System.out.println(smd("FMT (donor quality 0.1) vs sham, treatment-resistant, week 8", trdPlacebo, trdPoorDonor));
    System.out.println(smd("SSRI vs placebo, MDD, week 8", mddPlacebo, mddSsri));
    System.out.println(smd("probiotic alone vs placebo, MDD, week 8", mddPlacebo, mddProbiotic));
    System.out.println(smd("probiotic add-on vs placebo, incomplete responders, week 8", irPlacebo, irProbiotic));
    System.out.println(smd("DA/NE strain add-on vs placebo, incomplete responders, week 8", irPlacebo, irDopamine));
    System.out.println(smd("stop SSRI + probiotic vs continue + placebo, incomplete responders", irPlacebo, irStop));
    System.out.println(smd("Mediterranean diet vs befriending, MDD, week 12", mddDietControl, mddDiet));
    // directions the mechanisms imply (n = 3000 per arm: SE of a mean difference ~0.2 HAMD points)
    assertThat(Tests.mean(mddSsri).value()).isLessThan(Tests.mean(mddPlacebo).value());
    assertThat(Tests.mean(irProbiotic).value()).isLessThan(Tests.mean(irPlacebo).value());
    assertThat(Tests.mean(irDopamine).value()).isLessThan(Tests.mean(irProbiotic).value());
    assertThat(Tests.mean(irStop).value()).isGreaterThan(Tests.mean(irProbiotic).value());
    assertThat(Tests.mean(trdFmt).value()).isLessThan(Tests.mean(trdPlacebo).value());
    assertThat(Tests.mean(trdFmt).value()).isLessThan(Tests.mean(trdPoorDonor).value());
  }

  static double sd(double[] x) {
    double m = Tests.mean(x).value();
    return Math.sqrt(java.util.Arrays.stream(x).map(v -> (v - m) * (v - m)).sum() / (x.length - 1));
  }
}
