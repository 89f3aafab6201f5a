package org.limbic.model;

import java.util.List;
import org.limbic.math.Expr;

/** A user function, e.g. {@code hill(x, k, n) = x^n / (k^n + x^n)}; inlined where it is called. */
public record FunctionDefinition(String id, List<String> parameters, Expr body) {

  public FunctionDefinition {
    Ids.requireValid(id);
    parameters = List.copyOf(parameters);
  }
}
