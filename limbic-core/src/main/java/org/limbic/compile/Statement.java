package org.limbic.compile;

import org.limbic.math.Expr;

/**
 * {@code target[index] = value} in generated code; {@code target} is 'y', 'p', 'w', 'd' (dy/dt) or
 * 'j' (the Jacobian), {@code value} a lowered expression (symbols are slots, functions inlined).
 */
record Statement(char target, int index, Expr value) {
}
