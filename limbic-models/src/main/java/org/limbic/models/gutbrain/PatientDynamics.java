package org.limbic.models.gutbrain;

import static org.limbic.models.gutbrain.GutBrainParameters.*;
import static org.limbic.models.gutbrain.PatientTraits.*;

import org.limbic.models.hpa.HpaAxis;

/**
 * The patient-level form of the gut–brain equations, for cohorts of millions: the slow states
 * (guilds, probiotic load, SSRI and placebo effects, latent depression and anxiety, BDNF) are
 * integrated in days with explicit Euler steps, and the fast ones are at their quasi-steady state:
 * SCFA, barrier, cytokines and CRP (hours), and the Karin et al. 2020 HPA axis (minutes), through
 * {@link HpaAxis#steadyCortisol}. The equations and numbers are those of the ODE model
 * ({@link GutBrainModel}, built from {@link GutBrainParameters}); PatientDynamicsTest checks that the
 * two forms agree over weeks. Hot path: works on the caller's arrays and allocates nothing.
 */
final class PatientDynamics {

  // slow state
  static final int FD = 0;
  static final int BU = 1;
  static final int PB = 2;
  static final int DA = 3;
  static final int GA = 4;
  static final int PROBIOTIC = 5;
  static final int SSRI_EFFECT = 6;
  static final int PLACEBO = 7;
  static final int DEPRESSION = 8;
  static final int ANXIETY = 9;
  static final int BDNF = 10;
  /** The gut input to depression/anxiety at the settled baseline (held during a trial; see {@link #signals}). */
  static final int GUT_INPUT_BASELINE_D = 11;
  static final int GUT_INPUT_BASELINE_A = 12;
  static final int STATES = 13;

  // inputs, set by the caller between steps
  static final int FIBER = 0;
  static final int POLYPHENOLS = 1;
  static final int MEDITERRANEAN = 2;
  static final int ANTIBIOTIC = 3;
  static final int CFU_PER_DAY = 4;
  static final int DOPAMINE_STRAIN = 5;
  static final int VAGAL_STRAIN = 6;
  static final int VAGUS_INTACT = 7;
  static final int SSRI_ON = 8;
  static final int IN_TRIAL = 9;
  static final int INPUTS = 10;

  // quasi-steady signals
  static final int BUTYRATE = 0;
  static final int PERMEABILITY = 1;
  static final int LPS = 2;
  static final int VAGAL_TONE = 3;
  static final int IL6 = 4;
  static final int TNF = 5;
  static final int CRP = 6;
  static final int KYN_TRP = 7;
  static final int SEROTONIN = 8;
  static final int CATECHOLAMINE = 9;
  static final int CORTISOL = 10;
  static final int DEPRESSION_TARGET = 11;
  static final int ANXIETY_TARGET = 12;
  static final int BDNF_TARGET = 13;
  static final int GUT_INPUT_D = 14;
  static final int GUT_INPUT_A = 15;
  static final int SIGNALS = 16;

  private PatientDynamics() {
  }

  /** Effective carrying capacities under the current diet (fiber, polyphenols, Mediterranean pattern). */
  static double fiberDegraderCapacity(GutBrainVariant v, double[] traits, double[] in) {
    return traits[K_FD] * Math.pow(in[FIBER] / v.value(FIBER_REF), v.value(FIBER_EXPONENT));
  }

  static double butyrateProducerCapacity(GutBrainVariant v, double[] traits, double[] in, double fd) {
    return traits[K_BU] * Math.pow(fd, v.value(CROSS_FEEDING))
        * (1 + v.value(POLYPHENOL_BUTYRATE) * (in[POLYPHENOLS] - v.value(POLYPHENOL_REF)) + v.value(MEDITERRANEAN_BUTYRATE) * in[MEDITERRANEAN]);
  }

  static double pathobiontCapacity(GutBrainVariant v, double[] traits, double[] in, double fd, double bu) {
    double cr = v.value(COLONIZATION_RESISTANCE);
    return traits[K_PB] * (1 + cr) / (1 + cr * (fd + bu) / 2) / (1 + v.value(POLYPHENOL_PATHOBIONT) * (in[POLYPHENOLS] - v.value(POLYPHENOL_REF)));
  }

  /**
   * How far the resident community lets an ingested strain settle, 1 at the median community: near 2
   * where residents leave the strain's saccharolytic niche empty, near 0 where they fill it
   * (Maldonado-Gómez 2016, Zmora 2018; {@code engraftment_steepness}).
   */
  static double engraftment(GutBrainVariant v, double[] y) {
    return 2 / (1 + Math.pow((y[FD] + y[BU]) / 2, v.value(ENGRAFTMENT_STEEPNESS)));
  }

  /** Fills {@code out} with the quasi-steady signals of state {@code y}. */
  static void signals(GutBrainVariant v, double[] traits, double[] in, double[] y, double[] out) {
    double phi = v.value(FIBER_FERMENTABLE);
    double half = v.value(FERMENT_HALF);
    double fermented = phi * in[FIBER] * y[FD] / (half + y[FD]) * (half + 1);
    double sb = v.value(SCFA_BUTYRATE_SHARE);
    double share = sb * y[BU] / ((1 - sb) + sb * y[BU]);
    double butyrate = v.value(BUTYRATE_REF) * fermented / (phi * v.value(FIBER_REF)) * share / sb;
    double load = y[PROBIOTIC] / (y[PROBIOTIC] + v.value(PROBIOTIC_HALF));
    double perm = Math.pow(Math.max(y[PB], 1e-6), v.value(PERM_PATHOBIONT))
        * Math.pow(Math.max(butyrate / v.value(BUTYRATE_REF), 0.05), -v.value(PERM_BUTYRATE)) / (1 + v.value(PERM_PROBIOTIC) * load);
    double signal = 1 + v.value(VAGAL_BUTYRATE) * (butyrate / v.value(BUTYRATE_REF) - 1) + v.value(VAGAL_GABA) * (y[GA] - 1)
        + v.value(VAGAL_PROBIOTIC) * load * in[VAGAL_STRAIN];
    double vagal = Math.max(0.1, 1 + in[VAGUS_INTACT] * (signal - 1));
    double inflammation = traits[INFLAMMATORY_DRIVE] * (1 - v.value(MEDITERRANEAN_INFLAMMATION) * in[MEDITERRANEAN])
        * Math.pow(perm, v.value(IL6_PER_LPS)) * Math.pow(vagal, -v.value(VAGAL_ANTI_INFLAMMATORY));
    double il6Fold = inflammation;
    double synthesis = (1 + v.value(IDO_INDUCTION)) / (1 + v.value(IDO_INDUCTION) * Math.sqrt(il6Fold));
    double serotonin = synthesis * (1 + v.value(SSRI_GAIN) * y[SSRI_EFFECT]);
    double catecholamine = y[DA] + v.value(PROBIOTIC_CATECHOLAMINE) * load * in[DOPAMINE_STRAIN];
    double drive = (1 + traits[STRESS_LOAD]) * Math.pow(il6Fold, v.value(HPA_PER_IL6)) * Math.pow(vagal, -v.value(HPA_PER_VAGUS));
    double cortisol = HpaAxis.steadyCortisol(drive, HpaAxis.K_GR * traits[GR_RESISTANCE], HpaAxis.N_GR);
    double plasticity = traits[PLASTICITY] + v.value(PLASTICITY_SSRI) * y[SSRI_EFFECT];
    double lnIl6 = Math.log(il6Fold);
    out[BUTYRATE] = butyrate;
    out[PERMEABILITY] = perm;
    out[LPS] = v.value(LPS_REF) * perm;
    out[VAGAL_TONE] = vagal;
    out[IL6] = v.value(IL6_REF) * il6Fold;
    out[TNF] = v.value(TNF_REF) * il6Fold;
    out[CRP] = v.value(CRP_REF) * Math.pow(il6Fold, v.value(CRP_PER_IL6));
    out[KYN_TRP] = v.value(KYN_TRP_REF) * Math.pow(il6Fold, v.value(IDO_INDUCTION));
    out[SEROTONIN] = serotonin;
    out[CATECHOLAMINE] = catecholamine;
    out[CORTISOL] = cortisol;
    // gut inputs to mood; plasticity (low when depressed, raised by SSRIs: Branchi 2011) scales how much a
    // change from the person's settled baseline moves mood; the chronic burden is in the set point at base plasticity
    double gutD = v.value(W_IL6) * lnIl6 + v.value(W_CORTISOL) * (cortisol - 1) - v.value(W_CATECHOLAMINE) * (catecholamine - 1)
        - v.value(W_VAGUS) * (vagal - 1);
    double gutA = v.value(A_CORTISOL) * (cortisol - 1) + v.value(A_IL6) * lnIl6 - v.value(A_VAGUS) * (vagal - 1);
    double base = traits[PLASTICITY];
    out[GUT_INPUT_D] = gutD;
    out[GUT_INPUT_A] = gutA;
    // symptoms cannot fall below none: targets are floored at 0
    out[DEPRESSION_TARGET] = Math.max(0, traits[DEPRESSION_CORE] - v.value(W_SEROTONIN) * (serotonin - 1) - y[PLACEBO]
        + base * y[GUT_INPUT_BASELINE_D] + plasticity * (gutD - y[GUT_INPUT_BASELINE_D]));
    out[ANXIETY_TARGET] = Math.max(0, traits[ANXIETY_CORE] - v.value(A_SEROTONIN) * (serotonin - 1) - v.value(A_PLACEBO) * y[PLACEBO]
        + base * y[GUT_INPUT_BASELINE_A] + plasticity * (gutA - y[GUT_INPUT_BASELINE_A]));
    out[BDNF_TARGET] = traits[BDNF_CORE] * (1 + v.value(BDNF_SEROTONIN) * (serotonin - 1)
        + v.value(BDNF_BUTYRATE) * (butyrate / v.value(BUTYRATE_REF) - 1) - v.value(BDNF_CORTISOL) * (cortisol - 1));
  }

  /** One explicit Euler step of {@code dt} days; {@code signals} is scratch space (and holds the signals at the step's start). */
  static void step(GutBrainVariant v, double[] traits, double[] in, double[] y, double dt, double[] signals) {
    signals(v, traits, in, y, signals);
    double r = v.value(GUILD_GROWTH);
    double seed = v.value(GUILD_SEEDING);
    double kill = v.value(ABX_KILL) * in[ANTIBIOTIC];
    double kFd = fiberDegraderCapacity(v, traits, in);
    double kBu = butyrateProducerCapacity(v, traits, in, y[FD]);
    double kPb = pathobiontCapacity(v, traits, in, y[FD], y[BU]);
    double dFd = r * y[FD] * (1 - y[FD] / kFd) - kill * y[FD] + seed * kFd;
    double dBu = r * y[BU] * (1 - y[BU] / kBu) - kill * y[BU] + seed * kBu;
    double dPb = r * y[PB] * (1 - y[PB] / kPb) - v.value(ABX_KILL_PATHOBIONT) * in[ANTIBIOTIC] * y[PB] + seed * kPb;
    double dDa = r * y[DA] * (1 - y[DA] / traits[K_DA]) - kill * y[DA] + seed * traits[K_DA];
    double dGa = r * y[GA] * (1 - y[GA] / traits[K_GA]) - kill * y[GA] + seed * traits[K_GA];
    double dPr = in[CFU_PER_DAY] / 1e9 * v.value(PROBIOTIC_SURVIVAL) * traits[PROBIOTIC_COLONIZATION] * engraftment(v, y)
        - v.value(PROBIOTIC_WASHOUT) * y[PROBIOTIC];
    double dE = (in[SSRI_ON] * traits[SSRI_EFFICACY] - y[SSRI_EFFECT]) / v.value(TAU_SSRI);
    double dP = (in[IN_TRIAL] * traits[PLACEBO_RESPONSE] - y[PLACEBO]) / v.value(TAU_PLACEBO);
    double dD = (signals[DEPRESSION_TARGET] - y[DEPRESSION]) / v.value(TAU_MOOD);
    double dA = (signals[ANXIETY_TARGET] - y[ANXIETY]) / v.value(TAU_MOOD);
    double dB = (signals[BDNF_TARGET] - y[BDNF]) / v.value(TAU_BDNF);
    y[FD] = Math.max(1e-9, y[FD] + dt * dFd);
    y[BU] = Math.max(1e-9, y[BU] + dt * dBu);
    y[PB] = Math.max(1e-9, y[PB] + dt * dPb);
    y[DA] = Math.max(1e-9, y[DA] + dt * dDa);
    y[GA] = Math.max(1e-9, y[GA] + dt * dGa);
    y[PROBIOTIC] = Math.max(0, y[PROBIOTIC] + dt * dPr);
    y[SSRI_EFFECT] += dt * dE;
    y[PLACEBO] += dt * dP;
    y[DEPRESSION] += dt * dD;
    y[ANXIETY] += dt * dA;
    y[BDNF] += dt * dB;
  }

  /** A starting state near the reference (guilds at their capacities, mood at its set point); settle it with {@link #step}. */
  static void start(double[] traits, double[] y) {
    y[FD] = traits[K_FD];
    y[BU] = traits[K_BU];
    y[PB] = traits[K_PB];
    y[DA] = traits[K_DA];
    y[GA] = traits[K_GA];
    y[PROBIOTIC] = 0;
    y[SSRI_EFFECT] = traits[ON_SSRI_AT_BASELINE] * traits[SSRI_EFFICACY];
    y[PLACEBO] = 0;
    y[DEPRESSION] = traits[DEPRESSION_CORE];
    y[ANXIETY] = traits[ANXIETY_CORE];
    y[BDNF] = traits[BDNF_CORE];
    y[GUT_INPUT_BASELINE_D] = 0;
    y[GUT_INPUT_BASELINE_A] = 0;
  }

  /**
   * Settles a patient under constant inputs: {@code days} of steps for the guilds (time constants of
   * days), the baseline gut input following the current one; then depression, anxiety and BDNF are
   * put at their targets, which is their exact steady state (they relax linearly to targets that do
   * not depend on them), rather than integrating their weeks-long relaxation.
   */
  static void settle(GutBrainVariant v, double[] traits, double[] in, double[] y, double[] signals, double days) {
    start(traits, y);
    for (double d = 0; d < days; d += 1.0) {
      step(v, traits, in, y, 1.0, signals);
      y[GUT_INPUT_BASELINE_D] = signals[GUT_INPUT_D];
      y[GUT_INPUT_BASELINE_A] = signals[GUT_INPUT_A];
    }
    signals(v, traits, in, y, signals);
    y[GUT_INPUT_BASELINE_D] = signals[GUT_INPUT_D];
    y[GUT_INPUT_BASELINE_A] = signals[GUT_INPUT_A];
    signals(v, traits, in, y, signals);
    y[DEPRESSION] = signals[DEPRESSION_TARGET];
    y[ANXIETY] = signals[ANXIETY_TARGET];
    y[BDNF] = signals[BDNF_TARGET];
  }
}
