package org.limbic.compile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.limbic.math.Expr;
import org.limbic.model.FunctionDefinition;
import org.limbic.model.ModelException;

/**
 * Replaces calls of user functions by their bodies with the arguments substituted, innermost first,
 * so that generated code has no calls and the Jacobian sees through them.
 */
final class FunctionInlining {

  private final Map<String, FunctionDefinition> functions = new HashMap<>();

  FunctionInlining(List<FunctionDefinition> definitions) {
    definitions.forEach(f -> functions.put(f.id(), f));
  }

  Expr inline(Expr e) {
    return inline(e, 0);
  }

  private Expr inline(Expr e, int depth) {
    if (depth > 100) {
      throw new ModelException("", "function calls nest more than 100 deep; is a function recursive?");
    }
    return switch (e) {
      case Expr.Call c -> {
        FunctionDefinition f = functions.get(c.function());
        if (f == null) {
          throw new ModelException(c.function(), "unknown function");
        }
        Map<String, Expr> args = new HashMap<>();
        for (int i = 0; i < f.parameters().size(); i++) {
          args.put(f.parameters().get(i), inline(c.args().get(i), depth));
        }
        Expr body = Rewriting.substitute(f.body(), name -> args.getOrDefault(name, new Expr.Sym(name)));
        yield inline(body, depth + 1);
      }
      case Expr.Apply a -> new Expr.Apply(a.fn(), a.args().stream().map(x -> inline(x, depth)).toList());
      case Expr.Piecewise p -> new Expr.Piecewise(p.values().stream().map(x -> inline(x, depth)).toList(),
          p.conditions().stream().map(x -> inline(x, depth)).toList(), inline(p.otherwise(), depth));
      default -> e;
    };
  }
}
