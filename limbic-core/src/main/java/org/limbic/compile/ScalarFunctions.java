package org.limbic.compile;

import java.util.ArrayList;
import java.util.List;
import org.limbic.math.Expr;

/**
 * The kernel's scalar functions ({@link ModelKernel#scalar}) as the compiler's passes add them:
 * event parts, per-reaction propensities, delayed expressions. An index is a function's identity.
 */
final class ScalarFunctions {

  private final List<Expr> functions = new ArrayList<>();

  /** Appends a lowered expression and returns its index. */
  int add(Expr lowered) {
    functions.add(lowered);
    return functions.size() - 1;
  }

  Expr get(int index) {
    return functions.get(index);
  }

  int size() {
    return functions.size();
  }

  List<Expr> asList() {
    return List.copyOf(functions);
  }
}
