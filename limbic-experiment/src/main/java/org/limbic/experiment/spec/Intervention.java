package org.limbic.experiment.spec;

import java.util.Map;

/**
 * Something done to the model at given times, turned into model events, reactions and rules before
 * compilation. All times are in the model's time unit; {@code every} with {@code until} repeats an
 * intervention. A single set or dose has {@code every} 0 and {@code until} equal to {@code at}. A
 * set, dose or infusion may have a {@code name} ("" when it has none) by which a scan varies its
 * numbers ({@link InterventionField}).
 */
public sealed interface Intervention {

  /** Sets parameters (or sizes) to values at {@code at}, repeated every {@code every} until {@code until} if every > 0. */
  record Set(double at, double every, double until, Map<String, Double> values, String name) implements Intervention {
    public Set(double at, double every, double until, Map<String, Double> values) {
      this(at, every, until, values, "");
    }
  }

  /** Adds amounts to species (a bolus) at {@code at}, repeated every {@code every} until {@code until} if every > 0. */
  record Dose(double at, double every, double until, Map<String, Double> amounts, String name) implements Intervention {
    public Dose(double at, double every, double until, Map<String, Double> amounts) {
      this(at, every, until, amounts, "");
    }
  }

  /** Holds a parameter at {@code on} from {@code from} to {@code to}, then restores its value from before. */
  record Stimulus(double from, double to, String parameter, double on) implements Intervention {
  }

  /** Sets a parameter to 0 for the whole run (a gene knockout, a receptor antagonist at saturation). */
  record Knockout(String parameter) implements Intervention {
  }

  /**
   * Adds each species at a constant rate, in the model's substance unit per time unit (a zero-order
   * input: an intravenous drip, a pump), from {@code from} until {@code to} (infinite: to the end).
   */
  record Infusion(double from, double to, Map<String, Double> rates, String name) implements Intervention {
    public Infusion {
      rates = Map.copyOf(rates);
    }
  }

  /** Parameters that follow given functions of time for the whole run, each instead of its value. */
  record Input(Map<String, InputSignal> signals) implements Intervention {
    public Input {
      signals = Map.copyOf(signals);
    }
  }
}
