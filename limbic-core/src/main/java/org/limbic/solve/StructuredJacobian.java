package org.limbic.solve;

/**
 * A system that solves its own Newton-matrix systems W x = b, W = I/(hγ) − J, because it knows a
 * structure that a dense LU of the whole would waste: forward sensitivities have a block lower
 * triangular Jacobian with the model's Jacobian on every diagonal block, so one LU of the model's
 * size serves every block (n³ instead of (n (1 + directions))³). {@link RosenbrockIntegrator} uses
 * these methods instead of {@link #jacobian} and its own LU.
 */
public interface StructuredJacobian extends OdeSystem {

  /** Evaluates, at (t, y), the start of a step, what the solves need; returns a bound of ‖J‖∞. */
  double prepare(double t, double[] y);

  /** Factors W for this diagonal, 1/(hγ); false when W is singular. */
  boolean factor(double diagonal);

  /** Solves W x = b in place ({@code b} becomes x), with W as last factored. */
  void solve(double[] b);
}
