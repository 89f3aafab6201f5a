package org.limbic.experiment.trial;

import java.util.List;
import org.limbic.experiment.stats.NOfOne;
import org.limbic.experiment.spec.NOfOneDesign;

/**
 * The outcome of an N-of-1 series: each patient's scores at the end of the A and B periods, and the
 * analysis (each patient's own paired comparison, and the series over patients).
 *
 * @param screened patients drawn to enrol {@code patients.size()}
 */
public record NOfOneResult(NOfOneDesign design, long screened, List<Patient> patients, NOfOne.Result analysis) {

  public NOfOneResult {
    patients = List.copyOf(patients);
  }

  /**
   * @param order e.g. "ABBA": the sequence of periods this patient received
   * @param a the endpoint at the end of each A period, pair by pair
   * @param b likewise for B
   */
  public record Patient(long id, String order, double[] a, double[] b) {
  }
}
