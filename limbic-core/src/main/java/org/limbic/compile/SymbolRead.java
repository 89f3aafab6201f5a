package org.limbic.compile;

/**
 * How expressions read a model symbol's value: straight from its slot, or, for a species integrated
 * as an amount whose expressions see its concentration (SBML's convention), as that amount over its
 * compartment's size.
 */
public sealed interface SymbolRead {

  /** Where the symbol's own value is stored (for a concentration, the amount). */
  Slot slot();

  /** The value expressions see, from the arrays of a running model; allocates nothing. */
  double value(double[] y, double[] p, double[] w);

  /** A value read as stored. */
  record Stored(Slot slot) implements SymbolRead {
    @Override
    public double value(double[] y, double[] p, double[] w) {
      return slot.read(y, p, w);
    }
  }

  /** A species amount read as a concentration: amount / size. */
  record Concentration(Slot slot, Slot size) implements SymbolRead {
    @Override
    public double value(double[] y, double[] p, double[] w) {
      return slot.read(y, p, w) / size.read(y, p, w);
    }
  }
}
