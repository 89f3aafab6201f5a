package org.limbic.experiment.claims;

/**
 * Honesty about fitting: a claim is {@code calibrated} when a parameter was fitted to its number
 * ({@code detail} names which), else {@code predicted} ({@code detail} says from what it follows).
 */
public record Calibration(boolean calibrated, String detail) {

  public static Calibration calibrated(String fittedParameters) {
    return new Calibration(true, fittedParameters);
  }

  public static Calibration predicted(String reason) {
    return new Calibration(false, reason);
  }

  public String label() {
    return calibrated ? "calibrated" : "predicted";
  }
}
