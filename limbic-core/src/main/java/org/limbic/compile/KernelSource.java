package org.limbic.compile;

import java.util.List;
import java.util.Map;
import org.limbic.math.Expr;

/**
 * Everything the bytecode generator needs: the statement lists of each kernel method and the scalar
 * functions, all lowered; {@code delayedScalars} gives, for the first argument of each delay, the
 * scalar function that evaluates it on a past state ({@link DelayHistory}). Kept separate from code generation so either side can be tested
 * alone, and public so that other code generators can be measured on the same statements (limbic-bench).
 */
public record KernelSource(int stateCount, List<Statement> initialize, List<Statement> assignments, List<Statement> rhs,
                    List<Statement> jacobian, List<Expr> scalars, Map<Expr, Integer> delayedScalars) {
}
