package org.limbic.models.gutbrain;

import java.util.List;
import java.util.Map;

/**
 * The per-person parameters of the gut–brain model: what differs between virtual patients
 * (drawn by {@link GutBrainPatients}) and what the ODE model exposes with the population-reference
 * value as default. The names are the ODE model's parameter ids, so a patient can be run on either form.
 */
final class PatientTraits {

  /** Trait id, reference value, unit, and what it stands for. */
  record Trait(String id, double reference, String unit, String meaning) {
  }

  static final List<Trait> ALL = List.of(
      new Trait("K_fd", 1, "1 (relative)", "carrying capacity of fiber degraders (enterotype, host)"),
      new Trait("K_bu", 1, "1 (relative)", "carrying capacity of butyrate producers (Coprococcus, Faecalibacterium, ...)"),
      new Trait("K_pb", 1, "1 (relative)", "carrying capacity of pathobionts (Enterobacteriaceae, ...)"),
      new Trait("K_da", 1, "1 (relative)", "carrying capacity of dopamine/NE-producing residents"),
      new Trait("K_ga", 1, "1 (relative)", "carrying capacity of GABA producers (Bacteroides, Lactobacillus, ...)"),
      new Trait("habitual_fiber", 18, "g/day", "habitual fiber intake"),
      new Trait("habitual_polyphenols", 0.3, "1 (index 0-1)", "habitual polyphenol intake"),
      new Trait("inflammatory_drive", 1, "1 (relative)", "innate immune set point (genetics, adiposity)"),
      new Trait("stress_load", 0, "1 (added HPA drive)", "chronic psychosocial stress"),
      new Trait("gr_resistance", 1, "1 (fold K_GR)", "glucocorticoid-receptor resistance (weaker feedback)"),
      new Trait("depression_core", 3, "HAMD-17 points", "depression set point from everything outside the model (history, genetics, life events)"),
      new Trait("anxiety_core", 3, "HAMA points", "anxiety set point, likewise"),
      new Trait("bdnf_core", 25, "ng/mL", "serum BDNF set point"),
      new Trait("ssri_efficacy", 0.6, "1 (0-1)", "share of the SSRI's maximal serotonergic effect reached (partial response)"),
      new Trait("placebo_response", 0, "HAMD-17 points", "expectancy improvement when in a trial"),
      new Trait("probiotic_colonization", 1, "1 (relative)", "how well ingested strains take hold in this gut beyond what the resident community decides (host factors, "
          + "Zmora et al. 2018; the community's part is PatientDynamics.engraftment)"),
      new Trait("fmt_engraftment", 0.5, "1 (0-1)", "share of a donor's community that engrafts"),
      new Trait("on_ssri_at_baseline", 0, "1 (0/1)", "already on an SSRI when screened"),
      new Trait("plasticity", 1, "1", "how much a change of bodily input moves mood without an SSRI (assumed lower when "
          + "depressed: Branchi 2011 'undirected susceptibility'; SSRIs add plasticity_ssri x effect; the depressed value 0.3 "
          + "was chosen with GUT-1's SMDs in view, but GUT-1/alone holds for any value up to the healthy 1: PlasticitySensitivityTest)"));

  static final int K_FD = 0;
  static final int K_BU = 1;
  static final int K_PB = 2;
  static final int K_DA = 3;
  static final int K_GA = 4;
  static final int HABITUAL_FIBER = 5;
  static final int HABITUAL_POLYPHENOLS = 6;
  static final int INFLAMMATORY_DRIVE = 7;
  static final int STRESS_LOAD = 8;
  static final int GR_RESISTANCE = 9;
  static final int DEPRESSION_CORE = 10;
  static final int ANXIETY_CORE = 11;
  static final int BDNF_CORE = 12;
  static final int SSRI_EFFICACY = 13;
  static final int PLACEBO_RESPONSE = 14;
  static final int PROBIOTIC_COLONIZATION = 15;
  static final int FMT_ENGRAFTMENT = 16;
  static final int ON_SSRI_AT_BASELINE = 17;
  static final int PLASTICITY = 18;

  private PatientTraits() {
  }

  /** The traits of a patient as an array in {@link #ALL}'s order; missing names fail with the list. */
  static double[] toArray(long patientId, Map<String, Double> parameters) {
    double[] v = new double[ALL.size()];
    for (int i = 0; i < v.length; i++) {
      Double value = parameters.get(ALL.get(i).id());
      if (value == null) {
        throw new IllegalArgumentException("patient " + patientId + " lacks trait '" + ALL.get(i).id() + "'; the gut-brain "
            + "model needs " + ALL.stream().map(Trait::id).toList());
      }
      v[i] = value;
    }
    return v;
  }
}
