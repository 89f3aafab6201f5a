package org.limbic.experiment.spec;

import java.util.ArrayList;
import java.util.List;

/**
 * An N-of-1 crossover series: every patient takes treatment A and treatment B in turn, in
 * {@code pairs} pairs of periods (ABAB for 2 pairs), each period a treatment-free washout followed by
 * {@code periodWeeks} on treatment, scored at its end. The order within each pair is randomized per
 * patient (AB or BA by a fair coin) unless {@code randomizeOrder} is false (always AB). Background
 * components (e.g. an ongoing antidepressant) run throughout. Analysed per patient and as a series
 * ({@link org.limbic.experiment.stats.NOfOne}).
 *
 * @param a the treatment whose effect is of interest; its components' windows are set by the schedule
 * @param b the comparator (e.g. placebo)
 */
public record NOfOneDesign(String name, String model, String population, int patients, List<TrialDesign.Criterion> inclusion,
                           List<TreatmentComponent> background, TrialDesign.Arm a, TrialDesign.Arm b, int pairs,
                           double washoutWeeks, double periodWeeks, boolean randomizeOrder, TrialDesign.Endpoint endpoint) {

  public NOfOneDesign {
    inclusion = List.copyOf(inclusion);
    background = List.copyOf(background);
    if (patients < 2) {
      throw new IllegalArgumentException("N-of-1 series '" + name + "': needs at least 2 patients, got " + patients);
    }
    if (pairs < 2) {
      throw new IllegalArgumentException("N-of-1 series '" + name + "': needs at least 2 pairs of periods (ABAB) for a "
          + "patient's own comparison, got " + pairs);
    }
    if (!(washoutWeeks >= 0) || !(periodWeeks > 0)) {
      throw new IllegalArgumentException("N-of-1 series '" + name + "': washout_weeks must be >= 0 and period_weeks > 0, got "
          + washoutWeeks + " and " + periodWeeks);
    }
  }

  public NOfOneDesign withPatients(int n) {
    return new NOfOneDesign(name, model, population, n, inclusion, background, a, b, pairs, washoutWeeks, periodWeeks,
        randomizeOrder, endpoint);
  }

  /** Weeks from the start to the end of period {@code p} (0-based, washout included). */
  public double periodEnd(int p) {
    return (p + 1) * (washoutWeeks + periodWeeks);
  }

  /** Visit weeks: baseline, then the end of each of the 2 × pairs periods. */
  public double[] visitWeeks() {
    double[] v = new double[2 * pairs + 1];
    for (int p = 0; p < 2 * pairs; p++) {
      v[p + 1] = periodEnd(p);
    }
    return v;
  }

  /**
   * The whole course of one patient as the components of a single treatment: the background, and A's
   * or B's components in each period's on-treatment window, adherence scaled by the patient's own for
   * that arm.
   *
   * @param aFirst for each pair, whether A comes first
   */
  public List<TreatmentComponent> schedule(boolean[] aFirst, double adherenceA, double adherenceB) {
    List<TreatmentComponent> all = new ArrayList<>(background);
    for (int k = 0; k < pairs; k++) {
      for (int j = 0; j < 2; j++) {
        int p = 2 * k + j;
        boolean isA = aFirst[k] == (j == 0);
        TrialDesign.Arm arm = isA ? a : b;
        double adherence = isA ? adherenceA : adherenceB;
        double from = periodEnd(p) - periodWeeks;
        for (TreatmentComponent c : arm.components()) {
          all.add(new TreatmentComponent(c.kind(), c.parameters(), from, periodEnd(p), c.adherence() * adherence));
        }
      }
    }
    return List.copyOf(all);
  }
}
