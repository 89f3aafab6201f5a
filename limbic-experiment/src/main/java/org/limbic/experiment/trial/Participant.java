package org.limbic.experiment.trial;

/**
 * One randomized patient and what the trial saw of them.
 *
 * @param stratum 0 or 1 (above the stratification cut-point); 0 when not stratified
 * @param adherence the fraction of trial doses this patient took
 * @param dropoutWeek when they left the trial (infinity: completed); visits after it are not observed
 * @param course every endpoint at every visit as simulated; use {@link #observed} for what the trial recorded
 */
public record Participant(VirtualPatient patient, String arm, int stratum, double adherence, double dropoutWeek,
                          PatientCourse course) {

  public boolean completed() {
    return dropoutWeek > course.visitWeeks()[course.visitWeeks().length - 1];
  }

  /** The endpoint at each visit, NaN after dropout. */
  public double[] observed(String endpoint) {
    double[] all = course.endpoint(endpoint);
    double[] weeks = course.visitWeeks();
    double[] out = new double[all.length];
    for (int i = 0; i < all.length; i++) {
      out[i] = weeks[i] <= dropoutWeek ? all[i] : Double.NaN;
    }
    return out;
  }

  /** The last observed value (last observation carried forward; the baseline if nothing after it was seen). */
  public double lastObserved(String endpoint) {
    double[] o = observed(endpoint);
    for (int i = o.length - 1; i >= 0; i--) {
      if (!Double.isNaN(o[i])) {
        return o[i];
      }
    }
    throw new IllegalStateException("patient " + patient.id() + " has no observed " + endpoint);
  }
}
