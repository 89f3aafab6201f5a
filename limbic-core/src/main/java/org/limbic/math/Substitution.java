package org.limbic.math;

import java.util.Map;

/** Replaces symbols by expressions: binds function parameters, applies assignment rules. */
public final class Substitution {

  private Substitution() {}

  /**
   * {@code e} with every {@link Expr.Sym} named in {@code replacements} replaced by its expression.
   * The replacement is simultaneous: replacement expressions are not themselves searched, so
   * {@code {x -> y, y -> x}} swaps x and y.
   */
  public static Expr apply(Expr e, Map<String, Expr> replacements) {
    if (replacements.isEmpty()) {
      return e;
    }
    if (e instanceof Expr.Sym s) {
      Expr r = replacements.get(s.name());
      return r != null ? r : s;
    }
    return ExprChildren.map(e, child -> apply(child, replacements));
  }
}
