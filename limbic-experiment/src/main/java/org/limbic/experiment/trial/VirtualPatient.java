package org.limbic.experiment.trial;

import java.util.Map;

/**
 * One virtual patient's baseline: the model parameters drawn for them (hidden from the trial's
 * analysis, as physiology is from a real trial) and the covariates a trial could measure at
 * screening (scores, biomarkers, microbiome features: the inputs of a stratifier).
 */
public record VirtualPatient(long id, String population, Map<String, Double> parameters, Map<String, Double> covariates) {

  public VirtualPatient {
    parameters = Map.copyOf(parameters);
    covariates = Map.copyOf(covariates);
  }

  public double covariate(String name) {
    Double value = covariates.get(name);
    if (value == null) {
      throw new IllegalArgumentException("patient " + id + " has no covariate '" + name + "'; known: "
          + new java.util.TreeSet<>(covariates.keySet()));
    }
    return value;
  }
}
