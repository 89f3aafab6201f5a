package org.limbic.models.examples;

import java.util.Map;
import org.limbic.experiment.library.BuiltInModel;
import org.limbic.model.Model;

/**
 * Engine example: a hormone released in boluses (an event every {@code period}) and cleared
 * first-order, the textbook shape of pulsatile secretion. Between pulses, with the default zero
 * basal and stimulated secretion, H(t) = H(t_i) e^{-k (t - t_i)}. Basal secretion {@code base} and
 * secretion driven by a {@code stimulus} (0 off, 1 on; {@code release} per unit) give the
 * experiment-file examples something to set, scan and knock out.
 * Illustrative numbers, not a physiological model (the oxytocin model is that).
 */
public final class PulsatileRelease implements BuiltInModel {

  @Override
  public String id() {
    return "pulsatile_release";
  }

  @Override
  public String title() {
    return "Example: pulsatile hormone release with first-order clearance (engine demo, illustrative values)";
  }

  @Override
  public Model model() {
    return Model.builder("pulsatile_release").name("Pulsatile hormone release with first-order clearance").timeUnit("min")
        .compartment("plasma", 1.0)
        .species("H", "plasma", 0.0, "pM")
        .parameter("k_clear", Math.log(2) / 4.0, "1/min", "illustration: half-life 4 min")
        .parameter("bolus", 10.0, "pM", "illustration")
        .parameter("period", 10.0, "min", "illustration")
        .parameter("base", 0.0, "pM/min", "illustration: basal secretion, off by default")
        .parameter("release", 2.0, "pM/min", "illustration: secretion per unit of stimulus")
        .parameter("stimulus", 0.0, "1", "illustration: 0 off, 1 on (set by interventions)")
        .variable("next_pulse", 0.0)
        .reaction("secretion", "-> H", "(base + release * stimulus) * plasma")
        .reaction("clearance", "H ->", "k_clear * H * plasma")
        // values at execution: a dose given at a pulse's instant adds to the pulse instead of being overwritten
        .event("pulse").trigger("time >= next_pulse").initialValue(false).useValuesFromTriggerTime(false)
        .assign("H", "H + bolus").assign("next_pulse", "next_pulse + period").add()
        .build();
  }

  @Override
  public Map<String, String> scenarios() {
    return Scenarios.load(getClass(), "pulsatile-cohort");
  }
}
