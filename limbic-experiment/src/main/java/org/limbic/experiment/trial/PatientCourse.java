package org.limbic.experiment.trial;

import java.util.Map;

/**
 * A patient's endpoints at each visit, as a trial would record them (scores with measurement
 * noise, biomarkers): endpoint name → one value per visit, e.g. "HAMD17" → [24, 21, 17, 15].
 */
public record PatientCourse(long patientId, double[] visitWeeks, Map<String, double[]> endpoints) {

  public PatientCourse {
    endpoints = Map.copyOf(endpoints);
    for (var e : endpoints.entrySet()) {
      if (e.getValue().length != visitWeeks.length) {
        throw new IllegalArgumentException("endpoint " + e.getKey() + " has " + e.getValue().length
            + " values for " + visitWeeks.length + " visits");
      }
    }
  }

  public double[] endpoint(String name) {
    double[] values = endpoints.get(name);
    if (values == null) {
      throw new IllegalArgumentException("no endpoint '" + name + "'; recorded: " + new java.util.TreeSet<>(endpoints.keySet()));
    }
    return values;
  }
}
