package org.limbic.model;

import org.limbic.math.Expr;

/** Sets a symbol's value at the start time from other symbols (overrides its declared value). */
public record InitialAssignment(String symbol, Expr math) {
}
