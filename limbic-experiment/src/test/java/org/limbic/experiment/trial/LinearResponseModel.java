package org.limbic.experiment.trial;

import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.limbic.experiment.spec.TreatmentComponent;

/**
 * A virtual-patient model for testing trials, with effects known in closed form: baseline score
 * ~ N(24, 4²); each patient has a marker ~ N(0, 1). At week t the true score is
 * baseline − ramp(t)·(PLACEBO + effect·adherence·(1 + marker·moderation)), ramp(t) = min(t/4, 1), and
 * the recorded score adds N(0, NOISE²) per visit. Treatment kinds: "placebo" (nothing beyond the
 * placebo response everyone has) and "drug" (parameter "effect", score points; "moderation", how
 * much the marker scales it). The screening covariate "score" is the baseline plus visit noise.
 */
public final class LinearResponseModel implements VirtualPatientModel {

  static final double PLACEBO = 3;
  static final double NOISE = 2;

  @Override
  public Set<String> populations() {
    return Set.of("adults");
  }

  @Override
  public Set<String> treatmentKinds() {
    return Set.of("placebo", "drug");
  }

  @Override
  public VirtualPatient draw(String population, long patientId, SplittableRandom random) {
    double baseline = 24 + 4 * random.nextGaussian();
    double marker = random.nextGaussian();
    return new VirtualPatient(patientId, population, Map.of("baseline", baseline, "marker", marker),
        Map.of("score", baseline + NOISE * random.nextGaussian(), "marker", marker + 0.5 * random.nextGaussian()));
  }

  @Override
  public PatientCourse follow(VirtualPatient patient, Treatment treatment, double[] visitWeeks, SplittableRandom random) {
    double effect = 0;
    for (TreatmentComponent c : treatment.components()) {
      if (c.kind().equals("drug")) {
        effect += c.parameter("effect", 0) * c.adherence() * (1 + c.parameter("moderation", 0) * patient.parameters().get("marker"));
      }
    }
    double[] score = new double[visitWeeks.length];
    for (int v = 0; v < visitWeeks.length; v++) {
      double ramp = Math.min(visitWeeks[v] / 4, 1);
      score[v] = patient.parameters().get("baseline") - ramp * (PLACEBO + effect) + NOISE * random.nextGaussian();
    }
    return new PatientCourse(patient.id(), visitWeeks, Map.of("score", score));
  }
}
