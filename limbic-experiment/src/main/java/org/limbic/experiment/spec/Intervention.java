package org.limbic.experiment.spec;

import java.util.Map;

/**
 * Something done to the model at given times, turned into model events before compilation. All
 * times are in the model's time unit; {@code every} with {@code until} repeats an intervention. A
 * single set or dose has {@code every} 0 and {@code until} equal to {@code at}.
 */
public sealed interface Intervention {

  /** Sets parameters (or sizes) to values at {@code at}, repeated every {@code every} until {@code until} if every > 0. */
  record Set(double at, double every, double until, Map<String, Double> values) implements Intervention {
  }

  /** Adds amounts to species (a bolus) at {@code at}, repeated every {@code every} until {@code until} if every > 0. */
  record Dose(double at, double every, double until, Map<String, Double> amounts) implements Intervention {
  }

  /** Holds a parameter at {@code on} from {@code from} to {@code to}, then restores its value from before. */
  record Stimulus(double from, double to, String parameter, double on) implements Intervention {
  }

  /** Sets a parameter to 0 for the whole run (a gene knockout, a receptor antagonist at saturation). */
  record Knockout(String parameter) implements Intervention {
  }
}
