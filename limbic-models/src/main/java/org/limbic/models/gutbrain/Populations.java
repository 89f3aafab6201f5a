package org.limbic.models.gutbrain;

import static org.limbic.models.gutbrain.PatientTraits.*;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * The populations virtual patients are drawn from. Distributions are assumed unless a source is
 * named; the location of {@code depression_core}, {@code inflammatory_drive} and
 * {@code placebo_response} per population is calibrated so baseline scores and biomarkers match the
 * literature (MDD trial baselines HAMD-17 ~20-24; IL-6 d ~0.5 and CRP d ~0.5 MDD vs controls,
 * Haapakoski 2015; placebo arm -8 to -10 HAMD points, Rief 2009). Correlations: BMI raises
 * inflammatory drive (adiposity), inflammatory drive raises stress load and anxiety travels with
 * depression (comorbidity).
 */
final class Populations {

  /**
   * @param clusters probabilities of the enterotype-like clusters ({@link Enterotypes#NAMES})
   * @param logInflammation mean ln inflammatory drive
   * @param depression mean and SD of depression_core (HAMD-17 points)
   * @param anxiety mean and SD of anxiety_core (HAMA points)
   * @param placebo mean and SD of placebo_response (HAMD-17 points)
   * @param efficacy Beta(a, b) of ssri_efficacy
   * @param onSsri probability of being on an SSRI at screening
   * @param minimumHamd latent HAMD-17 at baseline required (inclusion as the population is defined)
 * @param plasticity the trait plasticity: 1 healthy, 0.3 depressed (assumed lowered by depression, Branchi 2011; the
 *     value was chosen with GUT-1's SMDs in view, range 0.2-0.6; the effect of a probiotic without an SSRI scales with it,
 *     and GUT-1/alone holds for any value up to the healthy 1: PlasticitySensitivityTest)
   */
  record Profile(double[] clusters, double logInflammation, double stressLoad, double[] depression, double[] anxiety,
                 double bdnf, double[] placebo, double[] efficacy, double onSsri, double minimumHamd, double plasticity) {
  }

  static final Map<String, Profile> PROFILES = new LinkedHashMap<>();

  static {
    PROFILES.put("healthy", new Profile(new double[] {0.35, 0.2, 0.13, 0.32}, 0, 0, new double[] {3, 2}, new double[] {3, 2},
        27, new double[] {1, 1}, new double[] {4, 3}, 0, 0, 1.0));
    PROFILES.put("mdd", new Profile(new double[] {0.3, 0.15, 0.3, 0.25}, 0.3, 0.3, new double[] {21, 3.5}, new double[] {17, 4},
        22, new double[] {7, 3.5}, new double[] {4, 3}, 0, 0, 0.3));
    // SMILES (Jacka et al. 2017): moderate to severe depression on usual care; 46 of 67 took pharmacotherapy (21 with
    // psychotherapy, 25 alone), so 69 % are on an antidepressant (modelled as an SSRI); otherwise as "mdd" but for the
    // placebo response: that of already-treated patients (4 +/- 3 as for incomplete responders; calibrated: with untreated
    // MDD's 7 the social-support arm fell ~9 MADRS points against SMILES's 4.2)
    PROFILES.put("mdd-usual-care", new Profile(new double[] {0.3, 0.15, 0.3, 0.25}, 0.3, 0.3, new double[] {21, 3.5},
        new double[] {17, 4}, 22, new double[] {4, 3}, new double[] {4, 3}, 46.0 / 67, 0, 0.3));
    PROFILES.put("mdd-incomplete-responders", new Profile(new double[] {0.3, 0.15, 0.3, 0.25}, 0.35, 0.3,
        new double[] {14, 3.5}, new double[] {15, 4}, 22, new double[] {4, 3}, new double[] {3, 3}, 1, 14, 0.3));
    PROFILES.put("treatment-resistant", new Profile(new double[] {0.25, 0.1, 0.4, 0.25}, 0.45, 0.4,
        new double[] {19, 3.5}, new double[] {17, 4}, 21, new double[] {3, 2.5}, new double[] {1.5, 6}, 1, 18, 0.3));
  }

  static final Set<String> NAMES = Set.copyOf(PROFILES.keySet());

  record Drawn(Map<String, Double> traits, Map<String, Double> covariates) {
  }

  private Populations() {
  }

  static Drawn draw(GutBrainVariant variant, String population, long patientId, SplittableRandom random) {
    Profile p = PROFILES.get(population);
    if (p == null) {
      throw new IllegalArgumentException("patient " + patientId + ": unknown population '" + population
          + "' for model 'gutbrain'; known: " + new TreeSet<>(PROFILES.keySet()));
    }
    for (int attempt = 0; attempt < 1000; attempt++) {
      Drawn d = drawOnce(p, random);
      variant.fixTraits(d.traits());
      if (p.minimumHamd() <= 0 || latentBaseline(variant, d.traits()) >= p.minimumHamd()) {
        return d;
      }
    }
    throw new IllegalStateException("population '" + population + "': no patient met HAMD-17 >= " + p.minimumHamd()
        + " in 1000 draws; the profile's depression_core is too low");
  }

  private static double latentBaseline(GutBrainVariant variant, Map<String, Double> traits) {
    double[] t = PatientTraits.toArray(-1, traits);
    double[] y = new double[PatientDynamics.STATES];
    double[] s = new double[PatientDynamics.SIGNALS];
    double[] in = GutBrainPatients.baselineInputs(t);
    PatientDynamics.settle(variant, t, in, y, s, GutBrainPatients.BURN_IN_DAYS);
    return y[PatientDynamics.DEPRESSION];
  }

  private static Drawn drawOnce(Profile p, SplittableRandom random) {
    int cluster = Enterotypes.drawCluster(p.clusters(), random);
    double[] k = new double[5];
    Enterotypes.drawCapacities(cluster, random, k);
    double age = 18 + 47 * random.nextDouble();
    double female = random.nextDouble() < 0.6 ? 1 : 0;
    double bmi = Math.exp(Math.log(26) + 0.18 * Gaussian.next(random));
    double zInflammation = Gaussian.next(random);
    double inflammation = Math.exp(p.logInflammation() + 0.4 * zInflammation + 0.8 * Math.log(bmi / 26));
    double stress = Math.max(0, p.stressLoad() + 0.2 * (0.4 * zInflammation + Math.sqrt(1 - 0.16) * Gaussian.next(random)));
    double zDepression = Gaussian.next(random);
    double depression = p.depression()[0] + p.depression()[1] * zDepression;
    double anxiety = p.anxiety()[0] + p.anxiety()[1] * (0.6 * zDepression + 0.8 * Gaussian.next(random));
    Map<String, Double> traits = new HashMap<>();
    traits.put(ALL.get(K_FD).id(), k[0]);
    traits.put(ALL.get(K_BU).id(), k[1]);
    traits.put(ALL.get(K_PB).id(), k[2]);
    traits.put(ALL.get(K_DA).id(), k[3]);
    traits.put(ALL.get(K_GA).id(), k[4]);
    traits.put(ALL.get(HABITUAL_FIBER).id(), Math.exp(Math.log(18) + Enterotypes.logFiberOffset(cluster) + 0.3 * Gaussian.next(random)));
    traits.put(ALL.get(HABITUAL_POLYPHENOLS).id(), Math.min(1, Math.max(0, 0.3 + 0.15 * Gaussian.next(random))));
    traits.put(ALL.get(INFLAMMATORY_DRIVE).id(), inflammation);
    traits.put(ALL.get(STRESS_LOAD).id(), stress);
    traits.put(ALL.get(GR_RESISTANCE).id(), Math.exp(0.2 * Gaussian.next(random) + 0.5 * stress));
    traits.put(ALL.get(DEPRESSION_CORE).id(), Math.max(0, depression));
    traits.put(ALL.get(ANXIETY_CORE).id(), Math.max(0, anxiety));
    traits.put(ALL.get(BDNF_CORE).id(), Math.max(5, p.bdnf() + 6 * Gaussian.next(random)));
    traits.put(ALL.get(SSRI_EFFICACY).id(), Gaussian.beta(random, p.efficacy()[0], p.efficacy()[1]));
    traits.put(ALL.get(PLACEBO_RESPONSE).id(), p.placebo()[0] + p.placebo()[1] * Gaussian.next(random));
    traits.put(ALL.get(PROBIOTIC_COLONIZATION).id(), Gaussian.logNormalFactor(random, 0.5));
    traits.put(ALL.get(FMT_ENGRAFTMENT).id(), Gaussian.beta(random, 2, 2));
    // a random draw only for a mixed population, so the all-or-none ones keep their random streams
    double onSsri = p.onSsri() <= 0 || p.onSsri() >= 1 ? p.onSsri() : random.nextDouble() < p.onSsri() ? 1 : 0;
    traits.put(ALL.get(ON_SSRI_AT_BASELINE).id(), Math.min(1.0, Math.max(0.0, onSsri)));
    traits.put(ALL.get(PLASTICITY).id(), p.plasticity());
    Map<String, Double> covariates = new HashMap<>();
    covariates.put("age", age);
    covariates.put("female", female);
    covariates.put("bmi", bmi);
    covariates.put("enterotype", (double) cluster);
    return new Drawn(traits, covariates);
  }
}
