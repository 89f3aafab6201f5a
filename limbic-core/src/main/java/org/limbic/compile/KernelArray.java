package org.limbic.compile;

/**
 * The arrays a {@link ModelKernel} works on. Lowered expressions read the first three; kernel
 * statements write any of them, the last two being the {@code out} array of rhs and jacobian.
 */
public enum KernelArray {
  /** y: what the integrator advances (species amounts, rate-ruled values). */
  STATE,
  /** p: parameters, constant sizes and initial values, changed only by events or overrides. */
  PARAMETER,
  /** w: values recomputed from y and p (assignment rules, reaction rates, the Jacobian's tangents). */
  WORK,
  /** dy/dt, the out array of {@link ModelKernel#rhs}. */
  DERIVATIVE,
  /** The Jacobian in row-major order, the out array of {@link ModelKernel#jacobian}. */
  JACOBIAN;

  /** Whether expressions can read this array (the outputs are only written). */
  public boolean isReadable() {
    return this == STATE || this == PARAMETER || this == WORK;
  }
}
