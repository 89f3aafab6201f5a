package org.limbic.math;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which model symbols an expression reads and which user functions it calls: what a rule depends
 * on, what a Jacobian column needs, what validation checks.
 */
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

  /** Every call of a user function in {@code e}, outer before inner, in order of appearance (unmodifiable). */
  public static List<Expr.Call> calls(Expr e) {
    List<Expr.Call> calls = new ArrayList<>();
    collectCalls(e, calls);
    return Collections.unmodifiableList(calls);
  }

  private static void collectCalls(Expr e, List<Expr.Call> calls) {
    if (e instanceof Expr.Call c) {
      calls.add(c);
    }
    for (Expr child : ExprChildren.of(e)) {
      collectCalls(child, calls);
    }
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
