package org.limbic.experiment.spec;

import java.util.Map;

/**
 * One ingredient of a treatment, in the model's own vocabulary ({@link VirtualPatientModel#treatmentKinds()}).
 *
 * @param kind e.g. "ssri", "probiotic", "diet", "fmt", "placebo"
 * @param parameters e.g. {"cfuPerDay": 8e9} or {"dopamineProducing": 1}; names are the model's
 * @param startWeek when it starts, weeks from randomization (negative: already running at baseline)
 * @param stopWeek when it stops (Double.POSITIVE_INFINITY: not during the trial)
 * @param adherence fraction of planned doses taken, 0–1
 */
public record TreatmentComponent(String kind, Map<String, Double> parameters, double startWeek, double stopWeek,
                                 double adherence) {

  public TreatmentComponent {
    parameters = Map.copyOf(parameters);
    if (!(stopWeek > startWeek)) {
      throw new IllegalArgumentException(kind + ": stop week " + stopWeek + " must be after start week " + startWeek);
    }
    if (!(adherence >= 0 && adherence <= 1)) {
      throw new IllegalArgumentException(kind + ": adherence " + adherence + " must be within 0..1");
    }
  }

  public double parameter(String name, double fallback) {
    return parameters.getOrDefault(name, fallback);
  }
}
