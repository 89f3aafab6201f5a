package org.limbic.math;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/** Which model symbols an expression reads: what a rule depends on, what a Jacobian column needs. */
public final class SymbolCollector {

  private SymbolCollector() {}

  /**
   * The names of every {@link Expr.Sym} in {@code e}, in order of first appearance (unmodifiable).
   * Time and user function names are not symbols; arguments of calls are searched.
   */
  public static Set<String> symbols(Expr e) {
    Set<String> names = new LinkedHashSet<>();
    collect(e, names);
    return Collections.unmodifiableSet(names);
  }

  /** Whether {@code e} reads symbol {@code name}. */
  public static boolean references(Expr e, String name) {
    if (e instanceof Expr.Sym s) {
      return s.name().equals(name);
    }
    for (Expr child : ExprChildren.of(e)) {
      if (references(child, name)) {
        return true;
      }
    }
    return false;
  }

  private static void collect(Expr e, Set<String> names) {
    if (e instanceof Expr.Sym s) {
      names.add(s.name());
    }
    for (Expr child : ExprChildren.of(e)) {
      collect(child, names);
    }
  }
}
