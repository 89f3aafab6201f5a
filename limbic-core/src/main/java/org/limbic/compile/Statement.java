package org.limbic.compile;

import org.limbic.math.Expr;

/**
 * {@code target[index] = value} in generated code, {@code value} a lowered expression (symbols are
 * slots, functions inlined). Public, with {@link KernelSource}, for code generators measured
 * against {@link KernelClassWriter} (limbic-bench).
 */
public record Statement(KernelArray target, int index, Expr value) {
}
