package org.limbic.model;

import org.limbic.math.Expr;

/** A rule: the value ({@link Assignment}) or the rate of change ({@link Rate}) of a variable. */
public sealed interface Rule permits Rule.Assignment, Rule.Rate {

  String variable();

  Expr math();

  /** variable = math, at all times. */
  record Assignment(String variable, Expr math) implements Rule {
  }

  /** d variable / dt = math (for a species in concentration units: d concentration / dt). */
  record Rate(String variable, Expr math) implements Rule {
  }
}
