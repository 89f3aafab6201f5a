package org.limbic.solve;

/**
 * Tolerances and limits of an adaptive integrator. The error test per component is
 * {@code |err_i| <= atol + rtol * max(|y_i|, |y_new_i|)} in the root-mean-square norm.
 *
 * @param relativeTolerance rtol, dimensionless, in (0, 1)
 * @param absoluteTolerance atol, in the units of the state, > 0
 * @param initialStep first step size; 0 lets the integrator choose (Hairer's starting-step algorithm)
 * @param maxStep largest step allowed (infinity for none); output and event times are never stepped over
 * @param maxSteps steps allowed in one solve before a {@link SolverException}
 */
public record IntegratorOptions(double relativeTolerance, double absoluteTolerance, double initialStep,
                                double maxStep, long maxSteps) {

  public static final IntegratorOptions DEFAULTS = new IntegratorOptions(1e-6, 1e-10, 0.0, Double.POSITIVE_INFINITY, 1_000_000);

  public IntegratorOptions {
    if (!(relativeTolerance > 0 && relativeTolerance < 1)) {
      throw new IllegalArgumentException("relative tolerance must be in (0, 1), got " + relativeTolerance);
    }
    if (!(absoluteTolerance > 0)) {
      throw new IllegalArgumentException("absolute tolerance must be > 0, got " + absoluteTolerance);
    }
    if (!(initialStep >= 0)) {
      throw new IllegalArgumentException("initial step must be >= 0 (0 = automatic), got " + initialStep);
    }
    if (!(maxStep > 0)) {
      throw new IllegalArgumentException("max step must be > 0, got " + maxStep);
    }
    if (maxSteps < 1) {
      throw new IllegalArgumentException("max steps must be >= 1, got " + maxSteps);
    }
  }

  public static IntegratorOptions tolerances(double rtol, double atol) {
    return DEFAULTS.withTolerances(rtol, atol);
  }

  public IntegratorOptions withTolerances(double rtol, double atol) {
    return new IntegratorOptions(rtol, atol, initialStep, maxStep, maxSteps);
  }

  public IntegratorOptions withInitialStep(double h0) {
    return new IntegratorOptions(relativeTolerance, absoluteTolerance, h0, maxStep, maxSteps);
  }

  public IntegratorOptions withMaxStep(double hmax) {
    return new IntegratorOptions(relativeTolerance, absoluteTolerance, initialStep, hmax, maxSteps);
  }

  public IntegratorOptions withMaxSteps(long n) {
    return new IntegratorOptions(relativeTolerance, absoluteTolerance, initialStep, maxStep, n);
  }
}
