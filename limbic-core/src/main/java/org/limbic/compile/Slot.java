package org.limbic.compile;

/** One entry of a readable {@link KernelArray}: where a value lives in a running model. */
public record Slot(KernelArray array, int index) {

  public Slot {
    if (!array.isReadable() || index < 0) {
      throw new IllegalArgumentException("not a readable slot: " + array + "[" + index + "]");
    }
  }

  /**
   * The slot a lowered symbol reads, for code generators outside this package (limbic-bench).
   *
   * @throws IllegalArgumentException if {@code lowered} is a model symbol, not a slot
   */
  public static Slot of(org.limbic.math.Expr.Sym lowered) {
    if (!Slots.isSlot(lowered.name())) {
      throw new IllegalArgumentException("symbol '" + lowered.name() + "' was not lowered to a slot");
    }
    return Slots.of(lowered.name());
  }

  /** The value in the arrays of a running model; allocates nothing (it is read per output sample). */
  public double read(double[] y, double[] p, double[] w) {
    return switch (array) {
      case STATE -> y[index];
      case PARAMETER -> p[index];
      default -> w[index];
    };
  }
}
