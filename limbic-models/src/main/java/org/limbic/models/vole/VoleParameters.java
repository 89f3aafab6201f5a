package org.limbic.models.vole;

import java.util.ArrayList;
import java.util.List;
import org.limbic.model.Parameter;

/**
 * Every constant of the vole model with its unit and source; {@code assumed} ones say why and over
 * what range they were tried. Time unit: minutes. Value units ("value") are dimensionless reward
 * units: the learned social value of a partner converges on the reward of a huddle with it.
 * {@link VoleModel#model()} lists these through {@code limbic models vole}.
 */
final class VoleParameters {

  private static final List<Parameter> TABLE = new ArrayList<>();

  // individual variation (per animal, log-normal, median 1)
  static final double OXTR_CV = p("oxtr_cv", 0.5, "1", "assumed: NAc OXTR density varies widely between prairie voles "
      + "(King et al. 2016, Biol Psychiatry 80:160); CV tried 0.2-0.5");
  static final double OT_CAPACITY_CV = p("ot_capacity_cv", 0.25, "1", "assumed: spread of evoked OT release between animals; 0.15-0.4");
  static final double SOCIALITY_CV = p("sociality_cv", 0.4, "1", "assumed: huddle time varies several-fold between animals in "
      + "partner preference tests (Beery 2021, Curr Protoc 1:e217); 0.3-0.6");
  static final double AGGRESSION_CV = p("aggression_cv", 0.4, "1", "assumed: attack counts vary widely (Lee et al. 2019, "
      + "Horm Behav 108:10); 0.3-0.8");

  // neurochemistry: NAc oxytocin release, receptor and nanosensor
  // the sources below are those of ../shared/domain/BRIEF.md §1 (the sensor, the huddle times) and §2 (autofeedback)
  static final double OT_AUTOFEEDBACK = p("ot_autofeedback", 1.0, "1", "assumed: OT facilitates its own release through OXTR "
      + "(Ludwig & Leng 2006, Nat Rev Neurosci 7:126), gain at wild-type density; 0.5-2");
  static final double K_OXTR = p("k_oxtr", 0.5, "1", "assumed: OT at half OXTR activation, relative to median wild-type release; 0.2-1");
  static final double SENSOR_FMAX = p("sensor_fmax", 1.72, "dF/F", "Adams et al. 2024 bioRxiv: nIROT sensor up to +172 %");
  static final double SENSOR_KD = p("sensor_kd", 4.9, "uM", "Adams et al. 2024 bioRxiv");
  static final double SLICE_PEAK_OT = p("slice_peak_ot", 2.0, "uM", "assumed: local OT peak near release sites after a "
      + "stimulation train at median wild-type release; 0.5-5 (sensor responses well below saturation)");
  static final double SLICE_NOISE = p("slice_noise", 0.04, "dF/F", "assumed: noise of one slice's mean ROI response; 0.02-0.08");

  // learning: OT-gated Rescorla-Wagner update of a partner's value during huddles
  static final double ALPHA_BASE = p("alpha_base", 0.00015, "1/min", "assumed: OXTR-independent social learning "
      + "(e.g. vasopressin V1aR, Young & Wang 2004, Nat Neurosci 7:1048); chosen in 0.00004-0.0003 (together with da_contact x alpha_da, the OXTR-independent peer gain) so that knockouts "
      + "do not prefer after 24 h (VOLE-1) while a 1-week study of them still has power (VOLE-2's timing)");
  static final double ALPHA_OT = p("alpha_ot", 0.0004, "1/min", "calibrated: OT-OXTR gain of partner learning in NAc "
      + "(Ross & Young 2009, Front Neuroendocrinol 30:534); set so wild types huddle ~60-100 of 180 min with the partner "
      + "and < 20 min with the stranger after 24 h (typical values); tried 0.0003-0.004 (0.004 put every wild "
      + "type at 99 %)");
  static final double ALPHA_DA = p("alpha_da", 0.003, "1/min", "assumed: mating-driven dopamine (D2, NAc) gain of partner "
      + "learning (Aragona et al. 2003, J Neurosci 23:3483; Gingrich et al. 2000); tried 0.0015-0.004: below 0.003 "
      + "haloperidol's effect on 6-h mate preferences was too small to detect at n = 12 (VOLE-8's positive control)");
  static final double R_BASE = p("r_base", 0.5, "value", "assumed: OXTR-independent reward of social contact (touch, opioids)");
  static final double R_OT = p("r_ot", 0.6, "value", "assumed: OT-OXTR reward of social contact in NAc (Dolen et al. 2013, "
      + "Nature 501:179); 0.3-1");
  static final double FORGET_TAU = p("forget_tau", 4320, "min", "assumed: a partner's value decays while not in contact "
      + "with it; 3 days (peer preferences outlast short separations, Beery et al. 2018 Horm Behav 97:1); tried 3 and 14 "
      + "days (with 14 no preference declined within a week in the group habitat)");
  static final double DA_CONTACT = p("da_contact", 0.01, "1", "assumed: NAc dopamine during peer huddles, relative to mating; "
      + "inferred from Lee & Beery 2021 (haloperidol does not block peer preferences), so VOLE-8's peer arm rests on "
      + "it; 0-0.2");
  static final double MATING_MIN = p("mating_min", 1440, "min", "assumed: an opposite-sex pair mates during the first 24 h of "
      + "cohabitation (Williams et al. 1992, J Neuroendocrinol 4:81)");
  static final double HALOPERIDOL_D2 = p("haloperidol_d2", 0.9, "1", "assumed: D2 occupancy of a behaviourally effective "
      + "haloperidol dose in rodents, above the 60-80 % of clinical doses (Kapur et al. 2000, Am J Psychiatry 157:514); "
      + "0.8-0.95");

  static final double PRESS_COST = p("press_cost", 0.15, "1/press", "assumed: effort of one lever press in units of "
      + "motivation (sociality x exp(beta (attraction - 0.5))); set so wild types press ~100-300 times for a partner "
      + "(Beery et al. 2021 eLife 10:e71340 report breakpoints of this order)");
  static final double OPERANT_NOISE = p("operant_noise", 0.3, "1", "assumed: log-normal noise of motivation per ratio "
      + "of the progressive-ratio schedule; 0.3-0.8");

  // behaviour
  static final double APPROACH_RATE = p("approach_rate", 0.12, "1/min", "assumed: rate of starting an approach to a "
      + "neutral conspecific at median sociality; 0.05-0.3");
  static final double CHOICE_BETA = p("choice_beta", 2.5, "1/value", "assumed: softmax sensitivity of approach to value; 2-6");
  static final double INNATE_WEIGHT = p("innate_weight", 0.5, "1", "assumed: weight of the innate contact reward in the "
      + "attraction to any conspecific (OXTR-dependent part via r_ot)");
  static final double BOUT_MIN = p("bout_min", 8, "min", "assumed: mean huddle bout with an unvalued conspecific; 4-15");
  static final double BOUT_VALUE_GAIN = p("bout_value_gain", 3, "1/value", "assumed: bouts lengthen with the partner's value");
  static final double STRANGER_AVERSION = p("stranger_aversion", 0.6, "1", "assumed: aversion to an animal scales with how "
      + "much less it is valued than the best partner (selective aggression, Lee et al. 2019); 0.5-2");
  static final double BOND_HALF = p("bond_half", 0.2, "value", "assumed: bond strength at which half the aversion to "
      + "less-valued animals is expressed (selective aggression follows bond formation, Aragona et al. 2006 Nat Neurosci "
      + "9:133); tried 0 (no gate: the knockouts' faint 24-h bond made them prefer in ~18 % of studies) and 0.2");
  static final double ATTACK_RATE = p("attack_rate", 3.0, "1/(min value)", "assumed: attacks per minute of contact per unit "
      + "aversion at median aggressiveness; set to a few attacks in 10 min (Lee et al. 2019)");
  static final double SPEED = p("speed", 6, "cm/s", "assumed: walking speed of a vole in the apparatus; 3-15");
  static final double CONTACT = p("contact", 4, "cm", "assumed: distance counted as side-by-side contact (huddle)");

  private VoleParameters() {
  }

  private static double p(String id, double value, String unit, String source) {
    TABLE.add(new Parameter(id, value, true, unit, source));
    return value;
  }

  static List<Parameter> all() {
    return List.copyOf(TABLE);
  }
}
