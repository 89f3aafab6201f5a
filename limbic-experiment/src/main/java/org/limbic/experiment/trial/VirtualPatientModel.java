package org.limbic.experiment.trial;

import java.util.SplittableRandom;

/**
 * What a virtual trial needs from a model: draw a patient from a population, and follow that
 * patient under a treatment to the trial's visits. The trial (randomization, attrition,
 * analysis) knows nothing about the physiology; the model knows nothing about trials.
 *
 * <p>Both methods must be deterministic given the random stream they are handed, and must not
 * keep state between calls, so a cohort of any size can be simulated in parallel and streamed.
 */
public interface VirtualPatientModel {

  /** The populations {@link #draw} accepts, e.g. "mdd-incomplete-responders". */
  java.util.Set<String> populations();

  /** The treatment component kinds {@link #follow} understands, e.g. "ssri", "probiotic". */
  java.util.Set<String> treatmentKinds();

  /** Draws one patient's baseline from the named population. */
  VirtualPatient draw(String population, long patientId, SplittableRandom random);

  /**
   * Simulates the patient under the treatment and returns every endpoint at each visit.
   *
   * @param visitWeeks visit times in weeks from randomization, ascending; 0 is baseline
   */
  PatientCourse follow(VirtualPatient patient, Treatment treatment, double[] visitWeeks, SplittableRandom random);

  /** The unit of an endpoint ("HAMD-17 points", "pg/mL") for tables and axes; "" when the model does not say. */
  default String endpointUnit(String endpoint) {
    return "";
  }
}
