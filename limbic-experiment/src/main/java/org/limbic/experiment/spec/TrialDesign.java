package org.limbic.experiment.spec;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A virtual randomized trial as a protocol would describe it: who is screened and enrolled, how they
 * are randomized to which arms, when they are seen, how many drop out, and what is analysed. Read
 * from a trial file ({@link org.limbic.experiment.file.TrialFiles}) or built in code.
 *
 * @param model the id of the patient model ({@link PatientModels})
 * @param patients how many to randomize; screening continues until that many are eligible
 * @param visitWeeks visit times from randomization, ascending, the first 0 (baseline)
 */
public record TrialDesign(String name, String model, String population, int patients, List<Criterion> inclusion,
                          Randomization randomization, List<Arm> arms, double[] visitWeeks, Attrition attrition,
                          List<Endpoint> endpoints, Analysis analysis) {

  public TrialDesign {
    inclusion = List.copyOf(inclusion);
    arms = List.copyOf(arms);
    endpoints = List.copyOf(endpoints);
    visitWeeks = visitWeeks.clone();
    if (patients < 2) {
      throw new IllegalArgumentException("trial '" + name + "': needs at least 2 patients, got " + patients);
    }
    if (arms.size() < 1) {
      throw new IllegalArgumentException("trial '" + name + "': needs at least one arm");
    }
    Set<String> names = new HashSet<>();
    for (Arm a : arms) {
      if (!names.add(a.name())) {
        throw new IllegalArgumentException("trial '" + name + "': arm '" + a.name() + "' is given twice");
      }
    }
    if (visitWeeks.length < 2 || visitWeeks[0] != 0) {
      throw new IllegalArgumentException("trial '" + name + "': visits must start at week 0 (baseline) and have a follow-up");
    }
    for (int i = 1; i < visitWeeks.length; i++) {
      if (!(visitWeeks[i] > visitWeeks[i - 1])) {
        throw new IllegalArgumentException("trial '" + name + "': visit weeks must ascend, got " + visitWeeks[i - 1]
            + " then " + visitWeeks[i]);
      }
    }
    if (endpoints.stream().noneMatch(e -> e.name().equals(analysis.primary()))) {
      throw new IllegalArgumentException("trial '" + name + "': primary endpoint '" + analysis.primary()
          + "' is not among the endpoints " + endpoints.stream().map(Endpoint::name).toList());
    }
    if (!names.contains(analysis.control())) {
      throw new IllegalArgumentException("trial '" + name + "': control arm '" + analysis.control() + "' is not among the arms "
          + names);
    }
  }

  public Arm arm(String arm) {
    return arms.stream().filter(a -> a.name().equals(arm)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("trial '" + name + "' has no arm '" + arm + "'"));
  }

  /** The position of {@code arm} among the arms, for per-arm arrays on a hot path. */
  public int armIndex(String arm) {
    for (int i = 0; i < arms.size(); i++) {
      if (arms.get(i).name().equals(arm)) {
        return i;
      }
    }
    throw new IllegalArgumentException("trial '" + name + "' has no arm '" + arm + "'");
  }

  public Endpoint endpoint(String endpoint) {
    return endpoints.stream().filter(e -> e.name().equals(endpoint)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("trial '" + name + "' has no endpoint '" + endpoint + "'"));
  }

  public double lastWeek() {
    return visitWeeks[visitWeeks.length - 1];
  }

  /** The same trial with another number of patients (power analyses, the large cohort). */
  public TrialDesign withPatients(int n) {
    return new TrialDesign(name, model, population, n, inclusion, randomization, arms, visitWeeks, attrition, endpoints, analysis);
  }

  /** The same trial with other arms (e.g. a null comparison: placebo against placebo). */
  public TrialDesign withArms(List<Arm> newArms, String control) {
    return new TrialDesign(name, model, population, patients, inclusion, randomization, newArms, visitWeeks, attrition,
        endpoints, new Analysis(analysis.primary(), control, analysis.missing()));
  }

  /** An inclusion criterion on a screening covariate: eligible when min ≤ value ≤ max. */
  public record Criterion(String covariate, double min, double max) {
    /** Whether a patient whose {@link #covariate} has value {@code v} is eligible. */
    public boolean admits(double v) {
      return v >= min && v <= max;
    }
  }

  /**
   * One arm. Adherence (fraction of doses taken) is drawn per patient, normal with this mean and SD
   * clipped to 0..1, and applies to the components the trial starts (start week ≥ 0); treatments
   * already running at baseline keep their own adherence.
   *
   * @param ratio allocation weight, e.g. 2 for 2:1
   */
  public record Arm(String name, int ratio, List<TreatmentComponent> components, double adherenceMean, double adherenceSd) {
    public Arm {
      components = List.copyOf(components);
      if (ratio < 1) {
        throw new IllegalArgumentException("arm '" + name + "': allocation ratio must be at least 1, got " + ratio);
      }
      if (!(adherenceMean >= 0 && adherenceMean <= 1 && adherenceSd >= 0)) {
        throw new IllegalArgumentException("arm '" + name + "': adherence mean must be within 0..1 and SD >= 0");
      }
    }
  }

  public enum RandomizationKind { SIMPLE, BLOCK, STRATIFIED }

  /**
   * @param blockSize permuted-block size (a multiple of the sum of ratios) for BLOCK and STRATIFIED
   * @param stratifyBy covariate splitting patients into two strata at {@code cutpoint} (STRATIFIED)
   */
  public record Randomization(RandomizationKind kind, int blockSize, String stratifyBy, double cutpoint) {
    public static Randomization simple() {
      return new Randomization(RandomizationKind.SIMPLE, 0, "", Double.NaN);
    }

    public static Randomization blocks(int size) {
      return new Randomization(RandomizationKind.BLOCK, size, "", Double.NaN);
    }
  }

  /** Dropout as a constant hazard per week (exponential time to dropout; 0: nobody drops out). */
  public record Attrition(double dropoutPerWeek) {
    public Attrition {
      if (!(dropoutPerWeek >= 0 && dropoutPerWeek < 10)) {
        throw new IllegalArgumentException("dropout hazard " + dropoutPerWeek + "/week must be within 0..10");
      }
    }
  }

  /**
   * @param remissionAtOrBelow score at or below which a patient is in remission (NaN: no remission endpoint)
   */
  public record Endpoint(String name, boolean lowerIsBetter, double remissionAtOrBelow) {
    public boolean hasRemission() {
      return !Double.isNaN(remissionAtOrBelow);
    }
  }

  public enum Missing { LOCF, COMPLETERS }

  /** Every other arm is compared with {@code control} on every endpoint, {@code primary} first. */
  public record Analysis(String primary, String control, Missing missing) {
  }
}
