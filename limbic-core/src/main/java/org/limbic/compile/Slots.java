package org.limbic.compile;

import org.limbic.math.Expr;
import org.limbic.math.Fn;

/**
 * The lowered form of a symbol: a read of a {@link Slot}. Lowered expressions name slots with a '$'
 * prefix that no model id can have (ids are SBML SIds), then the array's letter and the index:
 * {@code $y<i>} ({@link KernelArray#STATE}), {@code $p<i>} ({@link KernelArray#PARAMETER}),
 * {@code $w<i>} ({@link KernelArray#WORK}). This class is the only one that writes or parses
 * these names.
 */
final class Slots {

  private Slots() {
  }

  static Expr.Sym symbol(Slot slot) {
    char letter = switch (slot.array()) {
      case STATE -> 'y';
      case PARAMETER -> 'p';
      case WORK -> 'w';
      case DERIVATIVE, JACOBIAN -> throw new IllegalArgumentException("outputs are not read: " + slot);
    };
    return new Expr.Sym("$" + letter + slot.index());
  }

  static Expr.Sym state(int i) {
    return symbol(new Slot(KernelArray.STATE, i));
  }

  static Expr.Sym parameter(int i) {
    return symbol(new Slot(KernelArray.PARAMETER, i));
  }

  static Expr.Sym work(int i) {
    return symbol(new Slot(KernelArray.WORK, i));
  }

  /** The lowered expression of a read: a slot, or amount / size. */
  static Expr lowered(SymbolRead read) {
    return switch (read) {
      case SymbolRead.Stored s -> symbol(s.slot());
      case SymbolRead.Concentration c -> Expr.apply(Fn.DIVIDE, symbol(c.slot()), symbol(c.size()));
    };
  }

  static boolean isSlot(String name) {
    return name.length() > 2 && name.charAt(0) == '$';
  }

  /** The array a slot name reads. */
  static KernelArray array(String slotName) {
    return switch (slotName.charAt(1)) {
      case 'y' -> KernelArray.STATE;
      case 'p' -> KernelArray.PARAMETER;
      case 'w' -> KernelArray.WORK;
      default -> throw new IllegalArgumentException("not a slot name: " + slotName);
    };
  }

  static int index(String slotName) {
    return Integer.parseInt(slotName, 2, slotName.length(), 10);
  }

  static Slot of(String slotName) {
    return new Slot(array(slotName), index(slotName));
  }
}
