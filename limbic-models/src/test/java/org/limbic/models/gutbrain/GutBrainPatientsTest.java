package org.limbic.models.gutbrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.limbic.experiment.stats.Tests;
import org.limbic.experiment.trial.PatientCourse;
import org.limbic.experiment.trial.Treatment;
import org.limbic.experiment.spec.TreatmentComponent;
import org.limbic.experiment.trial.VirtualPatient;

class GutBrainPatientsTest {

  static final GutBrainPatients MODEL = new GutBrainPatients();
  static final double[] VISITS = {0, 2, 4, 8, 12};

  static TreatmentComponent component(String kind, Map<String, Double> parameters, double start, double stop) {
    return new TreatmentComponent(kind, parameters, start, stop, 1.0);
  }

  static double[] endpointAt(String population, Treatment treatment, String endpoint, int visit, int n, long seed) {
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      SplittableRandom patientStream = new SplittableRandom(seed * 1_000_003L + i);
      VirtualPatient p = MODEL.draw(population, i, patientStream);
      values[i] = MODEL.follow(p, treatment, VISITS, patientStream).endpoint(endpoint)[visit];
    }
    return values;
  }

  @Test
  void unknownPopulationAndKindNameTheKnownOnes() {
    assertThatThrownBy(() -> MODEL.draw("mdd-severe", 1, new SplittableRandom(1)))
        .hasMessageContaining("unknown population 'mdd-severe'").hasMessageContaining("mdd-incomplete-responders");
    VirtualPatient p = MODEL.draw("mdd", 1, new SplittableRandom(1));
    Treatment t = new Treatment("x", List.of(component("hypnosis", Map.of(), 0, 8)));
    assertThatThrownBy(() -> MODEL.follow(p, t, VISITS, new SplittableRandom(2)))
        .hasMessageContaining("unknown treatment kind 'hypnosis'").hasMessageContaining("probiotic");
  }

  @Test
  void sameStreamSameCourse() {
    VirtualPatient a = MODEL.draw("mdd", 7, new SplittableRandom(42));
    VirtualPatient b = MODEL.draw("mdd", 7, new SplittableRandom(42));
    assertThat(a).isEqualTo(b);
    Treatment t = new Treatment("ssri+probiotic", List.of(component("ssri", Map.of(), 0, 12),
        component("probiotic", Map.of("cfuPerDay", 8e9), 0, 8)));
    PatientCourse c1 = MODEL.follow(a, t, VISITS, new SplittableRandom(5));
    PatientCourse c2 = MODEL.follow(b, t, VISITS, new SplittableRandom(5));
    for (String e : GutBrainPatients.ENDPOINTS) {
      assertThat(c1.endpoint(e)).as(e).containsExactly(c2.endpoint(e));
    }
  }

  @Test
  void baselinesFallInLiteratureRanges() {
    int n = 400;
    Treatment none = new Treatment("none", List.of());
    double[] hamd = endpointAt("mdd", none, "HAMD17", 0, n, 11);
    double[] il6 = endpointAt("mdd", none, "IL6", 0, n, 11);
    double[] crp = endpointAt("mdd", none, "CRP", 0, n, 11);
    double[] healthyHamd = endpointAt("healthy", none, "HAMD17", 0, n, 12);
    double[] healthyIl6 = endpointAt("healthy", none, "IL6", 0, n, 12);
    double[] healthyCrp = endpointAt("healthy", none, "CRP", 0, n, 12);
    double[] irHamd = endpointAt("mdd-incomplete-responders", new Treatment("ssri", List.of(component("ssri", Map.of(), -52, 52))),
        "HAMD17", 0, n, 13);
    System.out.printf("baseline HAMD-17 mdd %.1f (sd %.1f), healthy %.1f, incomplete responders %.1f; IL-6 %.2f vs %.2f pg/mL "
            + "(g %.2f); CRP %.2f vs %.2f mg/L (g %.2f)%n", mean(hamd), sd(hamd), mean(healthyHamd), mean(irHamd), mean(il6),
        mean(healthyIl6), Tests.hedgesG(log(il6), log(healthyIl6)).value(), mean(crp), mean(healthyCrp),
        Tests.hedgesG(log(crp), log(healthyCrp)).value());
    // MDD trial baselines HAMD-17 ~20-24 (task brief); +/-2 allows the sampling error of 400 patients (SE ~0.3) and rounding
    assertThat(mean(hamd)).isBetween(18.0, 26.0);
    assertThat(mean(healthyHamd)).isLessThan(7.0); // healthy controls score in the normal range (< 7)
    assertThat(mean(irHamd)).isGreaterThanOrEqualTo(14.0); // the population is defined by HAMD-17 >= 14 on an SSRI
    // healthy IL-6 ~1-3 pg/mL, CRP ~0.5-3 mg/L (Haapakoski 2015 control means); MDD higher
    assertThat(mean(healthyIl6)).isBetween(1.0, 3.0);
    assertThat(mean(healthyCrp)).isBetween(0.5, 3.0);
    assertThat(mean(il6)).isGreaterThan(mean(healthyIl6));
  }

  static double[] log(double[] x) {
    return Arrays.stream(x).map(Math::log).toArray();
  }

  static double mean(double[] x) {
    return Arrays.stream(x).average().orElseThrow();
  }

  static double sd(double[] x) {
    double m = mean(x);
    return Math.sqrt(Arrays.stream(x).map(v -> (v - m) * (v - m)).sum() / (x.length - 1));
  }
}
