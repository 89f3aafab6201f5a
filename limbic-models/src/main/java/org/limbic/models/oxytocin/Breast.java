package org.limbic.models.oxytocin;

import org.limbic.model.ModelBuilder;

/**
 * Milk ejection: OT reaches the mammary myoepithelium (circulation and diffusion, τ_mammary),
 * whose contraction follows the <em>rise</em> of OT above a slowly adapting level (receptor
 * desensitisation, τ_desensitisation), so each burst gives one ejection rather than a tetanus.
 * Myoepithelial activation follows with τ_myoepithelium; a milk ejection is counted when activation
 * crosses 1/2 (an event). Wakerley &amp; Lincoln 1973 (rat): ejection 15–20 s after the burst,
 * 7–14 s after an IV bolus.
 *
 * <p>Input (expression): {@code ot}, plasma OT (µU/mL).
 */
public final class Breast {

  private Breast() {
  }

  public static ModelBuilder addTo(ModelBuilder b, String ot) {
    b.parameter("tau_mammary", 0.3, "min", "calibrated: milk ejection 15-20 s after a burst (Wakerley & Lincoln 1973) given the ~6 s pituitary release;"
            + " an instantaneous plasma rise then ejects after ~13 s, within the 7-14 s of an IV bolus")
        .parameter("tau_myoepithelium", 0.15, "min", "assumed: myoepithelial contraction time constant ~9 s")
        .parameter("tau_desensitisation", 2.0, "min", "assumed: myoepithelial OXTR desensitisation; range tried 1-4")
        .parameter("ec50_mammary", 1.0, "uU/mL (rise)", "assumed: ejection at plasma rises of ~1-3 uU/mL (Johnston & Amico 1986 pulses)")
        .parameter("hill_mammary", 3, "1", "assumed: steep threshold of myoepithelial contraction")
        .variable("OT_mammary", 3.0)
        .variable("OT_mammary_adapted", 3.0)
        .variable("myoepithelial_activation", 0)
        .variable("milk_ejections", 0)
        .variable("last_ejection", -1)
        .variable("mammary_rise", 0)
        .assignmentRule("mammary_rise", "max(0, OT_mammary - OT_mammary_adapted)")
        .rateRule("OT_mammary", "((" + ot + ") - OT_mammary) / tau_mammary")
        .rateRule("OT_mammary_adapted", "(OT_mammary - OT_mammary_adapted) / tau_desensitisation")
        .rateRule("myoepithelial_activation", "(pow(mammary_rise, hill_mammary) / (pow(ec50_mammary, hill_mammary)"
            + " + pow(mammary_rise, hill_mammary)) - myoepithelial_activation) / tau_myoepithelium")
        .event("milk_ejection").trigger("myoepithelial_activation >= 0.5").initialValue(false)
        .assign("milk_ejections", "milk_ejections + 1").assign("last_ejection", "time").add();
    return b;
  }
}
