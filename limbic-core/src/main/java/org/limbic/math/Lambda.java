package org.limbic.math;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A user function definition (SBML's functionDefinition: a MathML lambda): named parameters and a
 * body over them. Symbols in the body that are not parameters are left for the model to bind.
 */
public record Lambda(List<String> parameters, Expr body) {

  public Lambda {
    parameters = List.copyOf(parameters);
    Objects.requireNonNull(body, "body");
    if (new HashSet<>(parameters).size() != parameters.size()) {
      throw new IllegalArgumentException("lambda parameters must be distinct, got " + parameters);
    }
  }

  /** A lambda whose body is read from infix text, e.g. {@code Lambda.of("v * s / (k + s)", "v", "s", "k")}. */
  public static Lambda of(String body, String... parameters) {
    return new Lambda(List.of(parameters), ExprParser.parse(body));
  }
}
