package org.limbic.math;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Replaces user function calls by their bodies with the arguments substituted, so that compiled
 * code, derivatives and simplification see only built-ins. Calls inside bodies and inside
 * arguments are inlined too; a function that reaches itself is an error (SBML forbids recursion).
 */
public final class FunctionInliner {

  private final Map<String, Lambda> functions;

  public FunctionInliner(Map<String, Lambda> functions) {
    this.functions = Map.copyOf(functions);
  }

  /** {@code e} with every call inlined, using {@code functions}. */
  public static Expr inline(Expr e, Map<String, Lambda> functions) {
    return new FunctionInliner(functions).inline(e);
  }

  /**
   * {@code e} without {@link Expr.Call}s. Throws IllegalArgumentException naming the function for a
   * call of an unknown function, a call with the wrong number of arguments, or recursion (with the
   * cycle, e.g. {@code f -> g -> f}).
   */
  public Expr inline(Expr e) {
    return inline(e, new ArrayList<>());
  }

  private Expr inline(Expr e, List<String> callers) {
    if (!(e instanceof Expr.Call call)) {
      return ExprChildren.map(e, child -> inline(child, callers));
    }
    String name = call.function();
    Lambda lambda = functions.get(name);
    if (lambda == null) {
      throw new IllegalArgumentException("call of unknown function '" + name + "'; defined functions are " + new TreeSet<>(functions.keySet()));
    }
    if (lambda.parameters().size() != call.args().size()) {
      throw new IllegalArgumentException("function '" + name + "' takes " + lambda.parameters().size()
          + " argument(s) " + lambda.parameters() + ", got " + call.args().size());
    }
    if (callers.contains(name)) {
      List<String> cycle = new ArrayList<>(callers.subList(callers.indexOf(name), callers.size()));
      cycle.add(name);
      throw new IllegalArgumentException("function '" + name + "' is recursive (" + String.join(" -> ", cycle)
          + "); user functions cannot call themselves");
    }
    Map<String, Expr> bound = new HashMap<>();
    for (int i = 0; i < call.args().size(); i++) {
      bound.put(lambda.parameters().get(i), inline(call.args().get(i), callers));
    }
    callers.add(name);
    Expr body = inline(lambda.body(), callers);
    callers.removeLast();
    return Substitution.apply(body, bound);
  }
}
