package org.limbic.solve;

/**
 * Work done by an integrator since it was created (accepted and rejected steps, function and
 * Jacobian evaluations, LU factorizations), as CVODE reports them.
 */
public record SolverStatistics(long steps, long rejectedSteps, long rhsEvaluations, long jacobianEvaluations,
                               long luDecompositions) {

  public static final SolverStatistics NONE = new SolverStatistics(0, 0, 0, 0, 0);

  public SolverStatistics plus(SolverStatistics o) {
    return new SolverStatistics(steps + o.steps, rejectedSteps + o.rejectedSteps, rhsEvaluations + o.rhsEvaluations,
        jacobianEvaluations + o.jacobianEvaluations, luDecompositions + o.luDecompositions);
  }
}
