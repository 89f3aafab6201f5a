package org.limbic.models.gutbrain;

import static org.limbic.models.gutbrain.PatientDynamics.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.limbic.experiment.trial.PatientCourse;
import org.limbic.experiment.trial.Treatment;
import org.limbic.experiment.spec.TreatmentComponent;
import org.limbic.experiment.trial.VirtualPatient;
import org.limbic.experiment.trial.VirtualPatientModel;

/**
 * Virtual patients of the gut–brain model for trials: draws a baseline (enterotype-like community,
 * diet, inflammatory and stress set points, mood set points, drug and placebo responsiveness) from
 * a named population ({@link Populations}) and follows it under a treatment with the patient-level
 * form of the model's equations ({@link PatientDynamics}, days, Euler step {@value #STEP_DAYS} d),
 * returning scores with measurement noise and biomarkers with assay and day-to-day noise.
 *
 * <p>Treatment kinds and their parameters (defaults in brackets):
 * <ul>
 *   <li>{@code placebo}: nothing but expectancy.</li>
 *   <li>{@code ssri}: serotonergic effect builds with τ {@code tau_ssri}; stopping it (stopWeek) lets it
 *       wash out. Populations already on an SSRI keep it unless the treatment has an {@code ssri}
 *       component, whose window then decides.</li>
 *   <li>{@code probiotic}: cfuPerDay [8e9], dopamineProducing 0/1 [0], vagal 0/1 [0]; how much of it
 *       settles depends on the patient's resident community ({@link PatientDynamics#engraftment}).</li>
 *   <li>{@code diet}: fiber g/day [habitual + 12], polyphenols index 0–1 [1], mediterranean 0/1 [0];
 *       adherence moves intake that share of the way from habitual.</li>
 *   <li>{@code fmt}: donorQuality 0–1 [0.7]: at start the community is replaced by
 *       fmt_engraftment of a donor's (donor drawn per patient from the follow stream).</li>
 *   <li>{@code antibiotic}: broad-spectrum course over its window.</li>
 *   <li>{@code vagotomy}: vagal afferents cut from startWeek.</li>
 * </ul>
 * Any component puts the patient "in a trial" from week 0 (expectancy, {@code placebo_response}).
 * Endpoints at each visit: HAMD17, MADRS, HAMA, IL6 (pg/mL), CRP (mg/L), TNF (pg/mL), BDNF (ng/mL),
 * butyrate (uM), cortisol (nmol/L).
 */
public final class GutBrainPatients implements VirtualPatientModel {

  static final double STEP_DAYS = 0.5;
  /**
   * Days of settling before baseline so the drawn patient starts at its own steady state: the guilds
   * relax with rate ~0.5/day and start at their capacities, so 40 days is ~20 time constants.
   */
  static final double BURN_IN_DAYS = 40;

  static final Set<String> KINDS = Set.of("placebo", "ssri", "probiotic", "diet", "fmt", "antibiotic", "vagotomy");
  static final List<String> ENDPOINTS = List.of("HAMD17", "MADRS", "HAMA", "IL6", "CRP", "TNF", "BDNF", "butyrate", "cortisol");

  // measurement noise (assumed; test-retest and assay plus within-person day-to-day variation)
  /** HAMD-17 rater/test–retest SD ~2-3 points (assumed; Trajković et al. 2011 reliability). */
  static final double HAMD_NOISE = 2.5;
  /** MADRS ≈ 1.3 × HAMD-17 (assumed linking, Leucht et al. 2018 [verify]), SD 3 points. */
  static final double MADRS_PER_HAMD = 1.3;
  static final double MADRS_NOISE = 3.0;
  static final double HAMA_NOISE = 2.5;
  /**
   * IL-6 within-person CV 29 % (Knudsen et al. 2008, Biomarkers 13:59: median CV of plasma IL-6 over a
   * month in 27 healthy adults 27 %, 31 % and 26 % at three times; trials may add sampling-time and batch
   * variation, so this is a lower end), CRP ~40 %, TNF 30 %, BDNF 20 %, butyrate 40 %, cortisol 25 %
   * (sampling time; assumed).
   */
  static final double IL6_CV = 0.29;
  static final double CRP_CV = 0.4;
  static final double TNF_CV = 0.3;
  static final double BDNF_CV = 0.2;
  static final double BUTYRATE_CV = 0.4;
  static final double CORTISOL_CV = 0.25;
  /** Noise of the multi-omic panel's guild abundances (assumed CV 30 %). */
  static final double OMICS_CV = 0.3;
  /**
   * The endpoints' measurement noise by the names a {@link GutBrainVariant} overrides them with (SD of
   * a score in its points, CV of a blood value): e.g. {@code cv_IL6 = 0} measures IL-6 without its
   * within-person variation.
   */
  public static final Map<String, Double> NOISE = Map.of("sd_HAMD17", HAMD_NOISE, "sd_MADRS", MADRS_NOISE, "sd_HAMA", HAMA_NOISE,
      "cv_IL6", IL6_CV, "cv_CRP", CRP_CV, "cv_TNF", TNF_CV, "cv_BDNF", BDNF_CV, "cv_butyrate", BUTYRATE_CV,
      "cv_cortisol", CORTISOL_CV);

  private final GutBrainVariant variant;

  /** The patients of the model with its own numbers. */
  public GutBrainPatients() {
    this(GutBrainVariant.DEFAULT);
  }

  /** The patients of {@code variant} (obtained through {@link GutBrainVariant#patients}). */
  GutBrainPatients(GutBrainVariant variant) {
    this.variant = variant;
  }

  /**
   * The mean plasticity of {@code population}'s patients on an SSRI (trait plasticity plus
   * plasticity_ssri times the mean SSRI efficacy, Beta(a, b) mean a / (a + b)): what GUT-1/alone's
   * removal gives everyone, the probiotic then acting without an antidepressant as it does with one.
   */
  public static double plasticityOnSsri(String population) {
    Populations.Profile p = Populations.PROFILES.get(population);
    double[] e = p.efficacy();
    return p.plasticity() + GutBrainParameters.PLASTICITY_SSRI.value() * e[0] / (e[0] + e[1]);
  }

  /** The numbers these patients are drawn and followed with. */
  public GutBrainVariant variant() {
    return variant;
  }

  @Override
  public Set<String> populations() {
    return Populations.NAMES;
  }

  @Override
  public Set<String> treatmentKinds() {
    return KINDS;
  }

  @Override
  public VirtualPatient draw(String population, long patientId, SplittableRandom random) {
    Populations.Drawn drawn = Populations.draw(variant, population, patientId, random);
    double[] traits = PatientTraits.toArray(patientId, drawn.traits());
    double[] y = new double[STATES];
    double[] s = new double[SIGNALS];
    double[] in = baselineInputs(traits);
    PatientDynamics.settle(variant, traits, in, y, s, BURN_IN_DAYS);
    Map<String, Double> covariates = new HashMap<>(drawn.covariates());
    measure(variant, y, s, random, covariates);
    covariates.put("fiberDegraders", y[FD] * Gaussian.logNormalFactor(random, OMICS_CV));
    covariates.put("butyrateProducers", y[BU] * Gaussian.logNormalFactor(random, OMICS_CV));
    covariates.put("pathobionts", y[PB] * Gaussian.logNormalFactor(random, OMICS_CV));
    covariates.put("dopamineProducers", y[DA] * Gaussian.logNormalFactor(random, OMICS_CV));
    covariates.put("gabaProducers", y[GA] * Gaussian.logNormalFactor(random, OMICS_CV));
    covariates.put("fiberIntake", traits[PatientTraits.HABITUAL_FIBER] * Gaussian.logNormalFactor(random, 0.25));
    covariates.put("onSsri", traits[PatientTraits.ON_SSRI_AT_BASELINE]);
    return new VirtualPatient(patientId, population, drawn.traits(), covariates);
  }

  /** Rating scales in their points; the blood values in the units of their reference parameters. */
  @Override
  public String endpointUnit(String endpoint) {
    return switch (endpoint) {
      case "HAMD17" -> "HAMD-17 points";
      case "MADRS" -> "MADRS points";
      case "HAMA" -> "HAMA points";
      case "IL6" -> GutBrainParameters.IL6_REF.unit();
      case "CRP" -> GutBrainParameters.CRP_REF.unit();
      case "TNF" -> GutBrainParameters.TNF_REF.unit();
      case "BDNF" -> "ng/mL";
      case "butyrate" -> GutBrainParameters.BUTYRATE_REF.unit();
      case "cortisol" -> GutBrainParameters.CORTISOL_REF.unit();
      default -> "";
    };
  }

  @Override
  public PatientCourse follow(VirtualPatient patient, Treatment treatment, double[] visitWeeks, SplittableRandom random) {
    checkVisits(patient, visitWeeks);
    for (TreatmentComponent c : treatment.components()) {
      if (!KINDS.contains(c.kind())) {
        throw new IllegalArgumentException("arm '" + treatment.arm() + "': unknown treatment kind '" + c.kind()
            + "' for model 'gutbrain'; known: " + new TreeSet<>(KINDS));
      }
    }
    double[] traits = PatientTraits.toArray(patient.id(), patient.parameters());
    double[] y = new double[STATES];
    double[] s = new double[SIGNALS];
    double[] in = baselineInputs(traits);
    PatientDynamics.settle(variant, traits, in, y, s, BURN_IN_DAYS);
    Map<String, double[]> out = new HashMap<>();
    for (String e : ENDPOINTS) {
      out.put(e, new double[visitWeeks.length]);
    }
    boolean fmtDone = false;
    double day = 0;
    double[] visit = new double[ENDPOINTS.size()];
    for (int v = 0; v < visitWeeks.length; v++) {
      double until = visitWeeks[v] * 7;
      while (day < until - 1e-9) {
        double week = day / 7;
        if (!fmtDone && treatment.gives("fmt")) {
          TreatmentComponent fmt = first(treatment, "fmt");
          if (week >= fmt.startWeek()) {
            Transplant.apply(traits, y, fmt, random);
            fmtDone = true;
          }
        }
        inputsAt(traits, treatment, week, in);
        double dt = Math.min(STEP_DAYS, until - day);
        step(variant, traits, in, y, dt, s);
        day += dt;
      }
      inputsAt(traits, treatment, day / 7, in);
      signals(variant, traits, in, y, s);
      Map<String, Double> m = new HashMap<>();
      measure(variant, y, s, random, m);
      for (String e : ENDPOINTS) {
        out.get(e)[v] = m.get(e);
      }
    }
    return new PatientCourse(patient.id(), visitWeeks.clone(), out);
  }

  private static void checkVisits(VirtualPatient patient, double[] visitWeeks) {
    for (int i = 0; i < visitWeeks.length; i++) {
      if (!(visitWeeks[i] >= 0) || (i > 0 && !(visitWeeks[i] > visitWeeks[i - 1]))) {
        throw new IllegalArgumentException("patient " + patient.id() + ": visit weeks must be >= 0 and ascending, got "
            + java.util.Arrays.toString(visitWeeks));
      }
    }
  }

  private static TreatmentComponent first(Treatment t, String kind) {
    return t.components().stream().filter(c -> c.kind().equals(kind)).findFirst().orElseThrow();
  }

  static double[] baselineInputs(double[] traits) {
    double[] in = new double[INPUTS];
    in[FIBER] = traits[PatientTraits.HABITUAL_FIBER];
    in[POLYPHENOLS] = traits[PatientTraits.HABITUAL_POLYPHENOLS];
    in[VAGUS_INTACT] = 1;
    in[SSRI_ON] = traits[PatientTraits.ON_SSRI_AT_BASELINE];
    return in;
  }

  /** The inputs at {@code week} of the trial: baseline habits overridden by the treatment's active components. */
  static void inputsAt(double[] traits, Treatment treatment, double week, double[] in) {
    in[FIBER] = traits[PatientTraits.HABITUAL_FIBER];
    in[POLYPHENOLS] = traits[PatientTraits.HABITUAL_POLYPHENOLS];
    in[MEDITERRANEAN] = 0;
    in[ANTIBIOTIC] = 0;
    in[CFU_PER_DAY] = 0;
    in[DOPAMINE_STRAIN] = 0;
    in[VAGAL_STRAIN] = 0;
    in[VAGUS_INTACT] = 1;
    in[SSRI_ON] = treatment.gives("ssri") ? 0 : traits[PatientTraits.ON_SSRI_AT_BASELINE];
    in[IN_TRIAL] = treatment.components().isEmpty() ? 0 : 1;
    for (TreatmentComponent c : treatment.components()) {
      boolean active = week >= c.startWeek() && week < c.stopWeek();
      if (c.kind().equals("vagotomy") && week >= c.startWeek()) {
        in[VAGUS_INTACT] = 0;
      }
      if (!active) {
        continue;
      }
      double a = c.adherence();
      switch (c.kind()) {
        case "ssri" -> in[SSRI_ON] = a;
        case "probiotic" -> {
          in[CFU_PER_DAY] += a * c.parameter("cfuPerDay", 8e9);
          in[DOPAMINE_STRAIN] = Math.max(in[DOPAMINE_STRAIN], c.parameter("dopamineProducing", 0));
          in[VAGAL_STRAIN] = Math.max(in[VAGAL_STRAIN], c.parameter("vagal", 0));
        }
        case "diet" -> {
          double habitual = traits[PatientTraits.HABITUAL_FIBER];
          in[FIBER] = habitual + a * (c.parameter("fiber", habitual + 12) - habitual);
          double pp = traits[PatientTraits.HABITUAL_POLYPHENOLS];
          in[POLYPHENOLS] = pp + a * (c.parameter("polyphenols", 1) - pp);
          in[MEDITERRANEAN] = a * c.parameter("mediterranean", 0);
        }
        case "antibiotic" -> in[ANTIBIOTIC] = a;
        default -> {
          // placebo, fmt (applied once at its start), vagotomy (above): no continuous input
        }
      }
    }
  }

  /** Endpoint values as a trial measures them now (scores rounded and clipped to their scales). */
  private static void measure(GutBrainVariant v, double[] y, double[] s, SplittableRandom random, Map<String, Double> into) {
    double d = Math.max(0, y[DEPRESSION]);
    into.put("HAMD17", score(d + v.noise("sd_HAMD17") * Gaussian.next(random), 52));
    into.put("MADRS", score(MADRS_PER_HAMD * d + v.noise("sd_MADRS") * Gaussian.next(random), 60));
    into.put("HAMA", score(Math.max(0, y[ANXIETY]) + v.noise("sd_HAMA") * Gaussian.next(random), 56));
    into.put("IL6", s[IL6] * Gaussian.logNormalFactor(random, v.noise("cv_IL6")));
    into.put("CRP", s[CRP] * Gaussian.logNormalFactor(random, v.noise("cv_CRP")));
    into.put("TNF", s[TNF] * Gaussian.logNormalFactor(random, v.noise("cv_TNF")));
    into.put("BDNF", Math.max(0, y[BDNF]) * Gaussian.logNormalFactor(random, v.noise("cv_BDNF")));
    into.put("butyrate", s[BUTYRATE] * Gaussian.logNormalFactor(random, v.noise("cv_butyrate")));
    into.put("cortisol", v.value(GutBrainParameters.CORTISOL_REF) * s[CORTISOL] * Gaussian.logNormalFactor(random, v.noise("cv_cortisol")));
  }

  private static double score(double value, double max) {
    return Math.rint(Math.min(max, Math.max(0, value)));
  }
}
