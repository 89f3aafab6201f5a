package org.limbic.models.oxytocin;

import org.limbic.model.ModelBuilder;
import org.limbic.models.hpa.HpaAxis;

/**
 * Stress, calm and pain around the oxytocin system.
 *
 * <ul>
 *   <li>{@code adrenaline} (relative, 1 = rest): sympathoadrenal output raised by fear/stress and by
 *       pain, half-life ~2 min.</li>
 *   <li>The HPA axis is the shared {@link HpaAxis} (Karin et al. 2020), its drive raised by stress and
 *       pain and damped by central OT: damping = 1/(1 + d·max(0, OT_central/basal − 1)) (OT inhibits
 *       PVN CRH neurons; Uvnäs-Moberg et al. 2019).</li>
 *   <li>{@code endorphin} (relative) rises with touch (Morhenn et al. 2012, massage).</li>
 *   <li>Gate control (Melzack &amp; Wall 1965): the spinal projection signal is the noxious input
 *       divided by (1 + gate·touch), further reduced by central OT and endorphins (analgesia).</li>
 *   <li>{@code anxiety} (relative) relaxes to (cortisol + adrenaline)/2 × damping with τ_anxiety;
 *       {@code mean_arterial_pressure} rises with adrenaline and falls with OT damping.</li>
 * </ul>
 * Inputs (expressions): {@code centralOt} (pg/mL), {@code centralBasal}, {@code touch} (0–1).
 */
public final class StressCalmPain {

  private StressCalmPain() {
  }

  public static ModelBuilder addTo(ModelBuilder b, String centralOt, String centralBasal, String touch) {
    b.compartment("brain", 1.0)
        .parameter("stress", 0, "1 (0 calm, 1 fear/acute stress)", "input: fear or psychological stress")
        .parameter("noxious", 0, "1 (relative noxious input)", "input: noxious stimulus at the spinal gate")
        .parameter("k_adrenaline", 0.35, "1/min", "assumed: plasma adrenaline half-life ~2 min")
        .parameter("adrenaline_per_stress", 2.0, "1", "assumed: fear triples adrenaline (Lederman 1978: higher in anxious women); range 1-4")
        .parameter("adrenaline_per_pain", 0.5, "1", "assumed: pain raises sympathetic output")
        .parameter("hpa_per_stress", 1.5, "1", "assumed: stress raises CRH drive 2.5x")
        .parameter("hpa_per_pain", 0.5, "1", "assumed: pain raises CRH drive")
        .parameter("ot_hpa_damping", 0.5, "1/(fold central OT)", "assumed: OT inhibition of CRH neurons; range tried 0.2-1")
        .parameter("k_endorphin", 0.05, "1/min", "assumed: beta-endorphin half-life ~15 min")
        .parameter("endorphin_per_touch", 0.6, "1", "assumed: massage raises endorphins (Morhenn et al. 2012)")
        .parameter("gate_per_touch", 1.0, "1", "assumed: touch (A-beta) input halves the transmitted pain signal (gate control)")
        .parameter("ot_analgesia", 0.3, "1/(fold central OT)", "assumed: OT raises the pain threshold")
        .parameter("endorphin_analgesia", 0.5, "1/(fold endorphin)", "assumed: opioid analgesia")
        .parameter("tau_anxiety", 20, "min", "assumed: anxiety follows stress hormones within tens of minutes")
        .parameter("map_basal", 90, "mmHg", "textbook mean arterial pressure at rest")
        .parameter("map_per_adrenaline", 0.05, "1/(fold adrenaline)", "assumed: pressor effect of adrenaline")
        .parameter("map_per_ot", 0.05, "1", "assumed: OT may lower blood pressure (Uvnas-Moberg et al. 2019)")
        .variable("central_ot_fold", 1)
        .assignmentRule("central_ot_fold", "max(0, (" + centralOt + ") / (" + centralBasal + ") - 1)")
        .variable("ot_hpa_factor", 1)
        .assignmentRule("ot_hpa_factor", "1 / (1 + ot_hpa_damping * central_ot_fold)")
        .species("endorphin", "brain", 1, HpaAxis.RELATIVE_TO_REST)
        .reaction("endorphin_release", "-> endorphin", "k_endorphin * (1 + endorphin_per_touch * (" + touch + ")) * brain")
        .reaction("endorphin_clearance", "endorphin ->", "k_endorphin * endorphin * brain")
        .variable("pain_signal", 0)
        .assignmentRule("pain_signal", "noxious / (1 + gate_per_touch * (" + touch + "))"
            + " / (1 + ot_analgesia * central_ot_fold + endorphin_analgesia * max(0, endorphin - 1))")
        .species("adrenaline", "brain", 1, HpaAxis.RELATIVE_TO_REST)
        .reaction("adrenaline_release", "-> adrenaline",
            "k_adrenaline * (1 + adrenaline_per_stress * stress + adrenaline_per_pain * pain_signal) * brain")
        .reaction("adrenaline_clearance", "adrenaline ->", "k_adrenaline * adrenaline * brain")
        .variable("hpa_drive", 1)
        .assignmentRule("hpa_drive", "(1 + hpa_per_stress * stress + hpa_per_pain * pain_signal) * ot_hpa_factor");
    HpaAxis.addTo(b, "brain", "hpa_drive");
    b.species("anxiety", "brain", 1, HpaAxis.RELATIVE_TO_REST)
        .reaction("anxiety_rise", "-> anxiety", "(cortisol + adrenaline) / 2 * ot_hpa_factor / tau_anxiety * brain")
        .reaction("anxiety_fall", "anxiety ->", "anxiety / tau_anxiety * brain")
        .variable("mean_arterial_pressure", 90)
        .assignmentRule("mean_arterial_pressure",
            "map_basal * (1 + map_per_adrenaline * (adrenaline - 1)) * (1 - map_per_ot * (1 - ot_hpa_factor))");
    return b;
  }
}
