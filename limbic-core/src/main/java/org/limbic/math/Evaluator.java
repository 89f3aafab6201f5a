package org.limbic.math;

/**
 * A plain tree-walking interpreter: the reference semantics that compiled models are tested
 * against. Not for hot paths (it allocates an argument array per operator). Piecewise evaluates
 * only the chosen piece; operators evaluate all arguments (expressions have no side effects).
 */
public final class Evaluator {

  private Evaluator() {}

  /** The value of {@code e}; throws IllegalArgumentException for a user function call (inline it first). */
  public static double evaluate(Expr e, Bindings bindings) {
    return switch (e) {
      case Expr.Num n -> n.value();
      case Expr.Sym s -> bindings.value(s.name());
      case Expr.Time t -> bindings.time();
      case Expr.Apply a -> {
        double[] x = new double[a.args().size()];
        for (int i = 0; i < x.length; i++) {
          x[i] = evaluate(a.arg(i), bindings);
        }
        yield Functions.apply(a.fn(), x);
      }
      case Expr.Piecewise p -> {
        for (int i = 0; i < p.values().size(); i++) {
          if (Functions.holds(evaluate(p.conditions().get(i), bindings))) {
            yield evaluate(p.values().get(i), bindings);
          }
        }
        yield evaluate(p.otherwise(), bindings);
      }
      case Expr.Call c -> throw new IllegalArgumentException(
          "cannot evaluate a call of user function '" + c.function() + "'; inline it first (FunctionInliner)");
    };
  }
}
