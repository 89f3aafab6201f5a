package org.limbic.compile;

import java.util.List;
import org.limbic.math.Expr;

/**
 * Everything the bytecode generator needs: the statement lists of each kernel method and the scalar
 * functions, all lowered. Kept separate from code generation so either side can be tested alone.
 */
record KernelSource(int stateCount, List<Statement> initialize, List<Statement> assignments, List<Statement> rhs,
                    List<Statement> jacobian, List<Expr> scalars) {
}
