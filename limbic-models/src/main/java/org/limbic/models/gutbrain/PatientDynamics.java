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
  static double fiberDegraderCapacity(double[] traits, double[] in) {
    return traits[K_FD] * Math.pow(in[FIBER] / FIBER_REF.value(), FIBER_EXPONENT.value());
  }

  static double butyrateProducerCapacity(double[] traits, double[] in, double fd) {
    return traits[K_BU] * Math.pow(fd, CROSS_FEEDING.value())
        * (1 + POLYPHENOL_BUTYRATE.value() * (in[POLYPHENOLS] - POLYPHENOL_REF.value()) + MEDITERRANEAN_BUTYRATE.value() * in[MEDITERRANEAN]);
  }

  static double pathobiontCapacity(double[] traits, double[] in, double fd, double bu) {
    double cr = COLONIZATION_RESISTANCE.value();
    return traits[K_PB] * (1 + cr) / (1 + cr * (fd + bu) / 2) / (1 + POLYPHENOL_PATHOBIONT.value() * (in[POLYPHENOLS] - POLYPHENOL_REF.value()));
  }

  /**
   * How far the resident community lets an ingested strain settle, 1 at the median community: near 2
   * where residents leave the strain's saccharolytic niche empty, near 0 where they fill it
   * (Maldonado-Gómez 2016, Zmora 2018; {@code engraftment_steepness}).
   */
  static double engraftment(double[] y) {
    return 2 / (1 + Math.pow((y[FD] + y[BU]) / 2, ENGRAFTMENT_STEEPNESS.value()));
  }

  /** Fills {@code out} with the quasi-steady signals of state {@code y}. */
  static void signals(double[] traits, double[] in, double[] y, double[] out) {
    double phi = FIBER_FERMENTABLE.value();
    double half = FERMENT_HALF.value();
    double fermented = phi * in[FIBER] * y[FD] / (half + y[FD]) * (half + 1);
    double sb = SCFA_BUTYRATE_SHARE.value();
    double share = sb * y[BU] / ((1 - sb) + sb * y[BU]);
    double butyrate = BUTYRATE_REF.value() * fermented / (phi * FIBER_REF.value()) * share / sb;
    double load = y[PROBIOTIC] / (y[PROBIOTIC] + PROBIOTIC_HALF.value());
    double perm = Math.pow(Math.max(y[PB], 1e-6), PERM_PATHOBIONT.value())
        * Math.pow(Math.max(butyrate / BUTYRATE_REF.value(), 0.05), -PERM_BUTYRATE.value()) / (1 + PERM_PROBIOTIC.value() * load);
    double signal = 1 + VAGAL_BUTYRATE.value() * (butyrate / BUTYRATE_REF.value() - 1) + VAGAL_GABA.value() * (y[GA] - 1)
        + VAGAL_PROBIOTIC.value() * load * in[VAGAL_STRAIN];
    double vagal = Math.max(0.1, 1 + in[VAGUS_INTACT] * (signal - 1));
    double inflammation = traits[INFLAMMATORY_DRIVE] * (1 - MEDITERRANEAN_INFLAMMATION.value() * in[MEDITERRANEAN])
        * Math.pow(perm, IL6_PER_LPS.value()) * Math.pow(vagal, -VAGAL_ANTI_INFLAMMATORY.value());
    double il6Fold = inflammation;
    double synthesis = (1 + IDO_INDUCTION.value()) / (1 + IDO_INDUCTION.value() * Math.sqrt(il6Fold));
    double serotonin = synthesis * (1 + SSRI_GAIN.value() * y[SSRI_EFFECT]);
    double catecholamine = y[DA] + PROBIOTIC_CATECHOLAMINE.value() * load * in[DOPAMINE_STRAIN];
    double drive = (1 + traits[STRESS_LOAD]) * Math.pow(il6Fold, HPA_PER_IL6.value()) * Math.pow(vagal, -HPA_PER_VAGUS.value());
    double cortisol = HpaAxis.steadyCortisol(drive, HpaAxis.K_GR * traits[GR_RESISTANCE], HpaAxis.N_GR);
    double plasticity = traits[PLASTICITY] + PLASTICITY_SSRI.value() * y[SSRI_EFFECT];
    double lnIl6 = Math.log(il6Fold);
    out[BUTYRATE] = butyrate;
    out[PERMEABILITY] = perm;
    out[LPS] = LPS_REF.value() * perm;
    out[VAGAL_TONE] = vagal;
    out[IL6] = IL6_REF.value() * il6Fold;
    out[TNF] = TNF_REF.value() * il6Fold;
    out[CRP] = CRP_REF.value() * Math.pow(il6Fold, CRP_PER_IL6.value());
    out[KYN_TRP] = KYN_TRP_REF.value() * Math.pow(il6Fold, IDO_INDUCTION.value());
    out[SEROTONIN] = serotonin;
    out[CATECHOLAMINE] = catecholamine;
    out[CORTISOL] = cortisol;
    // gut inputs to mood; plasticity (low when depressed, raised by SSRIs: Branchi 2011) scales how much a
    // change from the person's settled baseline moves mood; the chronic burden is in the set point at base plasticity
    double gutD = W_IL6.value() * lnIl6 + W_CORTISOL.value() * (cortisol - 1) - W_CATECHOLAMINE.value() * (catecholamine - 1)
        - W_VAGUS.value() * (vagal - 1);
    double gutA = A_CORTISOL.value() * (cortisol - 1) + A_IL6.value() * lnIl6 - A_VAGUS.value() * (vagal - 1);
    double base = traits[PLASTICITY];
    out[GUT_INPUT_D] = gutD;
    out[GUT_INPUT_A] = gutA;
    // symptoms cannot fall below none: targets are floored at 0
    out[DEPRESSION_TARGET] = Math.max(0, traits[DEPRESSION_CORE] - W_SEROTONIN.value() * (serotonin - 1) - y[PLACEBO]
        + base * y[GUT_INPUT_BASELINE_D] + plasticity * (gutD - y[GUT_INPUT_BASELINE_D]));
    out[ANXIETY_TARGET] = Math.max(0, traits[ANXIETY_CORE] - A_SEROTONIN.value() * (serotonin - 1) - A_PLACEBO.value() * y[PLACEBO]
        + base * y[GUT_INPUT_BASELINE_A] + plasticity * (gutA - y[GUT_INPUT_BASELINE_A]));
    out[BDNF_TARGET] = traits[BDNF_CORE] * (1 + BDNF_SEROTONIN.value() * (serotonin - 1)
        + BDNF_BUTYRATE.value() * (butyrate / BUTYRATE_REF.value() - 1) - BDNF_CORTISOL.value() * (cortisol - 1));
  }

  /** One explicit Euler step of {@code dt} days; {@code signals} is scratch space (and holds the signals at the step's start). */
  static void step(double[] traits, double[] in, double[] y, double dt, double[] signals) {
    signals(traits, in, y, signals);
    double r = GUILD_GROWTH.value();
    double seed = GUILD_SEEDING.value();
    double kill = ABX_KILL.value() * in[ANTIBIOTIC];
    double kFd = fiberDegraderCapacity(traits, in);
    double kBu = butyrateProducerCapacity(traits, in, y[FD]);
    double kPb = pathobiontCapacity(traits, in, y[FD], y[BU]);
    double dFd = r * y[FD] * (1 - y[FD] / kFd) - kill * y[FD] + seed * kFd;
    double dBu = r * y[BU] * (1 - y[BU] / kBu) - kill * y[BU] + seed * kBu;
    double dPb = r * y[PB] * (1 - y[PB] / kPb) - ABX_KILL_PATHOBIONT.value() * in[ANTIBIOTIC] * y[PB] + seed * kPb;
    double dDa = r * y[DA] * (1 - y[DA] / traits[K_DA]) - kill * y[DA] + seed * traits[K_DA];
    double dGa = r * y[GA] * (1 - y[GA] / traits[K_GA]) - kill * y[GA] + seed * traits[K_GA];
    double dPr = in[CFU_PER_DAY] / 1e9 * PROBIOTIC_SURVIVAL.value() * traits[PROBIOTIC_COLONIZATION] * engraftment(y)
        - PROBIOTIC_WASHOUT.value() * y[PROBIOTIC];
    double dE = (in[SSRI_ON] * traits[SSRI_EFFICACY] - y[SSRI_EFFECT]) / TAU_SSRI.value();
    double dP = (in[IN_TRIAL] * traits[PLACEBO_RESPONSE] - y[PLACEBO]) / TAU_PLACEBO.value();
    double dD = (signals[DEPRESSION_TARGET] - y[DEPRESSION]) / TAU_MOOD.value();
    double dA = (signals[ANXIETY_TARGET] - y[ANXIETY]) / TAU_MOOD.value();
    double dB = (signals[BDNF_TARGET] - y[BDNF]) / TAU_BDNF.value();
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
  static void settle(double[] traits, double[] in, double[] y, double[] signals, double days) {
    start(traits, y);
    for (double d = 0; d < days; d += 1.0) {
      step(traits, in, y, 1.0, signals);
      y[GUT_INPUT_BASELINE_D] = signals[GUT_INPUT_D];
      y[GUT_INPUT_BASELINE_A] = signals[GUT_INPUT_A];
    }
    signals(traits, in, y, signals);
    y[GUT_INPUT_BASELINE_D] = signals[GUT_INPUT_D];
    y[GUT_INPUT_BASELINE_A] = signals[GUT_INPUT_A];
    signals(traits, in, y, signals);
    y[DEPRESSION] = signals[DEPRESSION_TARGET];
    y[ANXIETY] = signals[ANXIETY_TARGET];
    y[BDNF] = signals[BDNF_TARGET];
  }
}
