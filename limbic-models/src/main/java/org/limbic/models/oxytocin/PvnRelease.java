package org.limbic.models.oxytocin;

import org.limbic.model.ModelBuilder;

/**
 * Oxytocin release from the magnocellular PVN/SON neurons into blood (posterior pituitary) and,
 * separately, into the brain (dendritic release), with one-compartment plasma kinetics.
 *
 * <p><b>Burst generator</b>: a two-variable reduction of the Rossoni et al. 2008 network (PLoS Comput
 * Biol 4:e1000123), stated here: {@code pvn_excitability} V integrates the afferent drive D
 * (dV/dt = (D − V)/τ_V); when V reaches 1 the population fires a synchronous burst (an event): a
 * bolus of OT enters the neurohypophyseal pool {@code OT_pituitary_pool} (which empties into plasma
 * over ~6 s: the burst's own 2–4 s plus venous transit) and the brain, and V is reset to 0 (the endocannabinoid brake and the
 * spent dendritic store of the network model). The second variable, {@code OT_central}, carries the
 * positive feedback: dendritic OT raises the drive. With D &lt; 1 (no suckling) the network never
 * bursts; with D &gt; 1 it bursts every τ_V·ln(D/(D−1)); D saturates at {@code drive_max}, which
 * bounds the burst rate.
 *
 * <p><b>Tonic secretion</b> rises with the drive (background firing 1–3 spikes/s rising with
 * input, Wakerley &amp; Lincoln 1973); birth-canal distension adds the expulsion surge (Ferguson).
 * Adrenaline inhibits the whole output; an epidural blocks the spinal (cervical, vaginal) afferents.
 *
 * <p><b>Plasma</b>: volume {@code plasma} = Vd, elimination k_el·(1 + (f−1)·placental_factor):
 * placental oxytocinase makes clearance ~4× higher in late pregnancy and fades after the placenta
 * is delivered. Concentrations in µU/mL (= mU/L), amounts in mU.
 *
 * <p>An epidural also reaches the newborn ({@code infant_drug}, set at birth by the composing model)
 * and weakens suckling for a day or two (Ransjö-Arvidson et al. 2001, Birth 28:5).
 *
 * <p>Inputs (expressions): {@code cervicalStretch} (0–1), {@code distension} (vaginal, 0–1+), {@code adrenaline}
 * (relative, 1 = rest), {@code placentaIn} (1 while the placenta is in utero).
 */
public final class PvnRelease {

  private PvnRelease() {
  }

  public static ModelBuilder addTo(ModelBuilder b, String cervicalStretch, String distension, String adrenaline,
                                   String placentaIn) {
    b.compartment("plasma", 18.7)
        // inputs, changed by scenarios
        .parameter("suckling", 0, "1 (0 none, 1 a vigorous infant)", "input: suckling at the breast")
        .parameter("infant_cues", 0, "1 (0 none, 1 crying/rooting infant)", "input: sight and sound of the infant (McNeilly 1983)")
        .parameter("touch", 0, "1 (0 none, 1 massage or skin-to-skin)", "input: touch, massage, skin-to-skin contact")
        .parameter("breast_massage", 0, "1 (0 none, 1 a newborn in skin-to-skin contact)",
            "input: the newborn's hand movements on the breast and nipple during skin-to-skin contact (Matthiesen et al. 2001)")
        .parameter("epidural", 0, "1 (0 none, 1 epidural analgesia)", "input: epidural analgesia (blocks spinal afferents)")
        // plasma kinetics
        .parameter("k_el", 0.1, "1/min",
            "assumed: nonpregnant plasma half-life ~7 min (reported 3-10 min); range tried 0.07-0.17")
        .parameter("pregnancy_clearance_factor", 4.0, "1",
            "AJP 1990;259:R21: metabolic clearance ~4x higher in late pregnancy (placental oxytocinase)")
        .parameter("placental_factor_half_life", 720, "min",
            "assumed: placental hormones and oxytocinase fall over 1-2 days after delivery; range tried 360-1440")
        .parameter("secretion_basal", 1.68, "mU/min",
            "calibrated: basal 0.9 uU/mL nonpregnant = secretion/(k_el*Vd) (Johnston & Amico 1986: 0.7-1.1 uU/mL)")
        .parameter("pregnancy_secretion_factor", 14, "1",
            "assumed: basal OT rises 3-4x over pregnancy (Uvnas-Moberg et al. 2019) while clearance rises 4x: 3.5*4")
        .parameter("secretion_per_drive", 4, "mU/min",
            "assumed: tonic firing rising with afferent drive; range tried 2-20")
        .parameter("secretion_expulsion", 200, "mU/min",
            "assumed: fetal-ejection (Ferguson) surge at full distension; sized so OT rises 3-4x at birth (OXT-3)")
        // burst generator (reduced Rossoni 2008)
        .parameter("tau_excitability", 2.5, "min",
            "assumed: sets the burst interval, ~4-5 min under suckling (Wakerley & Lincoln 1973: every ~5 min)")
        .parameter("drive_max", 1.37, "1 (relative to burst threshold)",
            "calibrated: bounds the burst interval to >= 3.3 min, i.e. <= 3 per 10 min (Uvnas-Moberg et al. 2019)")
        .parameter("k_drive", 1.0, "1", "assumed: half-saturation of afferent drive")
        .parameter("w_stretch", 5, "1", "assumed: Ferguson reflex weight; bursts start near 4-5 cm; range tried 2-8")
        .parameter("w_suckling", 9, "1", "assumed: suckling afferent weight; bursts every ~4-5 min")
        .parameter("w_cues", 0.35, "1", "assumed: infant cues raise drive below burst threshold (McNeilly 1983)")
        .parameter("w_breast_massage", 1.3, "1",
            "calibrated: nipple stimulation by the newborn's hands (Matthiesen et al. 2001, Birth 28:13: OT pulses with hand"
                + " movements); fitted so 17 % of the OXT-6 cohort with skin-to-skin only lose >= 500 mL (Saxton et al. 2015)")
        .parameter("w_touch", 0.45, "1", "assumed: touch afferents (C-tactile) below burst threshold")
        .parameter("w_feedback", 0.3, "1", "assumed: dendritic OT autoexcitation (Rossoni 2008), per fold rise of central OT")
        .parameter("k_adrenaline_pvn", 0.6, "1/(fold adrenaline)", "assumed: beta-adrenergic inhibition of OT release (Lederman 1978); range tried 0.3-1")
        .parameter("epidural_block", 0.7, "1", "assumed: fraction of spinal afferent signal blocked by epidural; range 0.5-0.9")
        .parameter("burst_release", 55, "mU", "calibrated: suckling peaks within 5-23 uU/mL (Johnston & Amico 1986)")
        .parameter("tau_pituitary_release", 0.1, "min",
            "assumed: a burst lasts 2-4 s and its OT reaches systemic venous blood seconds later; Wakerley & Lincoln 1973:"
                + " ejection 15-20 s after a burst vs 7-14 s after an IV bolus, so ~5-8 s lie between burst and plasma; range 0.05-0.15")
        // central OT
        .parameter("central_basal", 15, "pg/mL", "assumed: CSF OT 10-20 pg/mL in humans [verify]")
        .parameter("k_central", 0.035, "1/min", "assumed: CSF OT half-life ~20 min; range tried 0.02-0.07")
        .parameter("central_per_drive", 1.5, "1", "assumed: dendritic release rises with drive (fold over basal per unit drive)")
        .parameter("central_burst", 8, "pg/mL", "assumed: dendritic release per burst, central/peripheral release separate")
        .parameter("epidural_infant_effect", 0.6, "1",
            "assumed: fewer suckling movements after maternal epidural (Ransjo-Arvidson et al. 2001 Birth 28:5); range 0.3-0.8")
        .parameter("infant_drug_half_life", 960, "min",
            "assumed: neonatal elimination of epidural bupivacaine/fentanyl, half-life 8-24 h")
        .variable("infant_drug", 0)
        .rateRule("infant_drug", "-ln(2) / infant_drug_half_life * infant_drug")
        .variable("suckling_effective", 0)
        .assignmentRule("suckling_effective", "suckling * (1 - epidural_infant_effect * infant_drug)")
        .variable("spinal_distension", 0)
        .assignmentRule("spinal_distension", "(" + distension + ") * (1 - epidural_block * epidural)")
        .variable("placental_factor", 1)
        .rateRule("placental_factor", "-ln(2) / placental_factor_half_life * placental_factor * (1 - " + placentaIn + ")")
        .variable("pvn_inhibition", 1)
        .assignmentRule("pvn_inhibition", "1 / (1 + k_adrenaline_pvn * max(0, " + adrenaline + " - 1))")
        .variable("spinal_afferent", 0)
        .assignmentRule("spinal_afferent", "(" + cervicalStretch + " + " + distension + ") * (1 - epidural_block * epidural)")
        .variable("afferent_input", 0)
        .assignmentRule("afferent_input", "w_stretch * spinal_afferent + w_suckling * suckling_effective + w_cues * infant_cues"
            + " + w_touch * touch + w_breast_massage * breast_massage + w_feedback * max(0, OT_central / central_basal - 1)")
        .variable("pvn_drive", 0)
        .assignmentRule("pvn_drive", "drive_max * afferent_input / (afferent_input + k_drive) * pvn_inhibition")
        .variable("pvn_excitability", 0)
        .rateRule("pvn_excitability", "(pvn_drive - pvn_excitability) / tau_excitability")
        .variable("bursts", 0)
        .variable("last_burst", -1)
        .species("OT_plasma", "plasma", 3.0, "uU/mL")
        .variable("OT_central", 15)
        .rateRule("OT_central", "k_central * (central_basal * (1 + central_per_drive * pvn_drive) - OT_central)")
        .variable("k_el_effective", 0.1)
        .assignmentRule("k_el_effective", "k_el * (1 + (pregnancy_clearance_factor - 1) * placental_factor)")
        .variable("secretion_tonic", 0)
        .assignmentRule("secretion_tonic", "secretion_basal * (1 + (pregnancy_secretion_factor - 1) * placental_factor)"
            + " + (secretion_per_drive * pvn_drive + secretion_expulsion * spinal_distension) * pvn_inhibition")
        .reaction("ot_secretion", "-> OT_plasma", "secretion_tonic")
        .reaction("ot_clearance", "OT_plasma ->", "k_el_effective * OT_plasma * plasma")
        // a burst's OT leaves the neurohypophysis over seconds (burst duration + venous transit), not at once
        .variable("OT_pituitary_pool", 0)
        .rateRule("OT_pituitary_pool", "-OT_pituitary_pool / tau_pituitary_release")
        .reaction("ot_burst_release", "-> OT_plasma", "OT_pituitary_pool / tau_pituitary_release")
        .event("pvn_burst").trigger("pvn_excitability >= 1").initialValue(false)
        .assign("pvn_excitability", "0")
        .assign("OT_pituitary_pool", "OT_pituitary_pool + burst_release * pvn_drive")
        .assign("OT_central", "OT_central + central_burst * pvn_drive")
        .assign("bursts", "bursts + 1")
        .assign("last_burst", "time").add();
    return b;
  }
}
