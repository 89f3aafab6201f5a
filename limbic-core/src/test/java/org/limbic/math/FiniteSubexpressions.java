package org.limbic.math;

/** Test support: whether every sub-expression of a tree evaluates to a finite number at a point. */
final class FiniteSubexpressions {

  private FiniteSubexpressions() {}

  static boolean everywhere(Expr e, Bindings at) {
    if (!Double.isFinite(Evaluator.evaluate(e, at))) {
      return false;
    }
    for (Expr child : ExprChildren.of(e)) {
      if (!everywhere(child, at)) {
        return false;
      }
    }
    return true;
  }
}
