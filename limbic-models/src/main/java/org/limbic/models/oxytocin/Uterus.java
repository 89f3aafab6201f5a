package org.limbic.models.oxytocin;

import org.limbic.model.ModelBuilder;

/**
 * The uterus in labor and after: the lumped labor model of Gefferie et al. 2018 (Adv Simul 3:9) with
 * receptor density made explicit, plus the third stage and postpartum bleeding.
 *
 * <ul>
 *   <li>Myometrial effect site {@code OT_myometrium} follows plasma OT with rate ke0 (the uterine
 *       response to an OT change takes minutes).</li>
 *   <li>Receptor-weighted stimulus s = OT_myometrium · oxtr_fold / 12, i.e. term-equivalent OT:
 *       OXTR density is {@code oxtr_fold} × mid-gestation, 12 at term (Fuchs 1984); adrenaline
 *       relaxes the myometrium (β2).</li>
 *   <li>Hill activation a = s^n/(EC50^n + s^n); contraction frequency f = f_max·a (per min; f_max 0.5/min
 *       = 5 per 10 min, the tachysystole bound: Gefferie's "0.5" read per minute, see below);
 *       amplitude A = A0 + A1·a (mmHg).</li>
 *   <li>Dilation rate = (P10 + P11·f·A)(1 − born) cm/min; birth at 10 cm (second stage lumped in).</li>
 *   <li>After birth the placenta separates at a rate ∝ f·A and is delivered at full separation;
 *       its bed bleeds at k_bleed·open·wound mL/min, where open = 1/(1 + (a/a_h)^h) is the fraction of
 *       placental-bed vessels not compressed by the contracted myometrium (the "living ligatures":
 *       hemostasis after birth is mechanical, and atony is the main cause of postpartum haemorrhage);
 *       the wound closes after delivery with τ_heal.</li>
 * </ul>
 * Units: Gefferie's EC50 of "7.9 mU/mL" is read as 7.9 mU/L = 7.9 µU/mL (mU/mL would be ~1000× the
 * plasma levels of labor); their P11 was refitted (see parameter) because with f in per minute their
 * value gives a labor of minutes.
 *
 * <p>Input (expression): {@code ot} plasma OT (µU/mL), {@code adrenaline} (relative, 1 = rest).
 */
public final class Uterus {

  private Uterus() {
  }

  public static ModelBuilder addTo(ModelBuilder b, String ot, String adrenaline) {
    b.parameter("oxtr_fold", 12, "1 (x mid-gestation)", "Fuchs et al. 1984: myometrial OXTR ~12x from mid-gestation to term")
        .parameter("ke0_myometrium", 0.2, "1/min", "assumed: uterine response lags OT by ~5 min; range tried 0.1-0.5")
        .parameter("ec50_uterus", 7.9, "uU/mL", "Gefferie et al. 2018 Adv Simul 3:9 (EC50, units read as mU/L)")
        .parameter("hill_uterus", 1.11, "1", "Gefferie et al. 2018 (Hill coefficient)")
        .parameter("frequency_max", 0.5, "1/min", "Gefferie et al. 2018 (fmax 0.5; 5 per 10 min = tachysystole bound)")
        .parameter("amplitude_base", 40, "mmHg", "Gefferie et al. 2018")
        .parameter("amplitude_gain", 40, "mmHg", "Gefferie et al. 2018")
        .parameter("k_adrenaline_uterus", 0.5, "1/(fold adrenaline)", "assumed: beta2 relaxation of myometrium (Lederman 1978); range 0.2-1")
        .parameter("dilation_basal", 0.001, "cm/min", "Gefferie et al. 2018 (P10)")
        .parameter("dilation_per_activity", 0.0013, "cm/(min*mmHg/min)",
            "calibrated: active phase 3->10 cm in ~6-8 h (Zhang et al. 2010); Gefferie's P11 0.019 gives minutes")
        .parameter("separation_per_activity", 0.004, "1/(mmHg)", "assumed: third stage 5-30 min; range tried 0.002-0.01")
        .parameter("distension_decay", 0.15, "1/min", "assumed: vaginal distension fades within minutes of expulsion")
        .parameter("placental_distension", 0.5, "1", "assumed: placental passage re-stretches the canal (extra OT pulse)")
        .parameter("bleed_rate", 27, "mL/min",
            "calibrated: placental-bed bleeding with every vessel open; fitted so 30 % of the OXT-6 cohort without skin-to-skin"
                + " or early suckling lose >= 500 mL (Saxton et al. 2015)")
        .parameter("hemostasis_activation", 0.3, "1 (uterine activation)",
            "assumed: activation at which half the placental-bed vessels are compressed by the myometrium ('living ligatures');"
                + " near the resting postpartum tone; range 0.2-0.45")
        .parameter("hemostasis_hill", 3, "1",
            "assumed: vessel compression is a threshold of tone (atony bleeds, a firm uterus does not); range 2-4")
        .parameter("heal_time", 40, "min", "assumed: placental-bed haemostasis within ~1-2 h; range 20-90")
        .variable("dilation", 3)
        .variable("born", 0)
        .variable("placenta_in", 1)
        .variable("placental_separation", 0)
        .variable("wound", 0)
        .variable("distension", 0)
        .variable("birth_time", -1)
        .variable("placenta_time", -1)
        .variable("OT_myometrium", 3.0)
        .variable("blood_loss", 0)
        .variable("uterine_stimulus", 0)
        .assignmentRule("uterine_stimulus", "OT_myometrium * oxtr_fold / 12 / (1 + k_adrenaline_uterus * max(0, " + adrenaline + " - 1))")
        .variable("uterine_activation", 0)
        .assignmentRule("uterine_activation",
            "pow(uterine_stimulus, hill_uterus) / (pow(ec50_uterus, hill_uterus) + pow(uterine_stimulus, hill_uterus))")
        .variable("contraction_frequency", 0)
        .assignmentRule("contraction_frequency", "frequency_max * uterine_activation")
        .variable("contraction_amplitude", 40)
        .assignmentRule("contraction_amplitude", "amplitude_base + amplitude_gain * uterine_activation")
        .variable("montevideo_units", 0)
        .assignmentRule("montevideo_units", "10 * contraction_frequency * contraction_amplitude")
        .variable("cervical_stretch", 0.3)
        .assignmentRule("cervical_stretch", "dilation / 10 * (1 - born)")
        .rateRule("OT_myometrium", "ke0_myometrium * ((" + ot + ") - OT_myometrium)")
        .rateRule("dilation", "(dilation_basal + dilation_per_activity * contraction_frequency * contraction_amplitude) * (1 - born)")
        .rateRule("placental_separation",
            "born * placenta_in * separation_per_activity * contraction_frequency * contraction_amplitude")
        .rateRule("wound", "born * placenta_in * separation_per_activity * contraction_frequency * contraction_amplitude"
            + " - (1 - placenta_in) * wound / heal_time")
        .rateRule("distension", "-distension_decay * distension")
        .variable("open_vessels", 1)
        .assignmentRule("open_vessels", "1 / (1 + pow(uterine_activation / hemostasis_activation, hemostasis_hill))")
        .rateRule("blood_loss", "bleed_rate * open_vessels * min(1, wound)")
        .event("birth").trigger("dilation >= 10 && born < 0.5").initialValue(false)
        .assign("born", "1").assign("distension", "1").assign("birth_time", "time").add()
        .event("placenta_delivery").trigger("placental_separation >= 1 && placenta_in > 0.5").initialValue(false)
        .assign("placenta_in", "0").assign("distension", "distension + placental_distension")
        .assign("placenta_time", "time").add();
    return b;
  }
}
