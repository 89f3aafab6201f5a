package org.limbic.compile;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.limbic.math.Expr;
import org.limbic.model.Compartment;
import org.limbic.model.Model;
import org.limbic.model.Parameter;
import org.limbic.model.Reaction;
import org.limbic.model.Rule;
import org.limbic.model.Species;

/**
 * The compiler's first pass: where every symbol of a model lives in the kernel's arrays, and how
 * expressions read it. Every species not fixed by an assignment rule is a state (constant ones
 * simply have dy/dt = 0), as is every rate-ruled compartment or parameter; assignment-ruled symbols
 * and reaction rates are work values; everything else, and the initial value of every state, is a
 * parameter.
 *
 * <p>State convention (SBML's): species are integrated as amounts; in expressions a species id reads
 * its concentration (amount / size) unless it has only substance units.
 */
final class SlotAllocation {

  final IndexedIds stateIds = new IndexedIds();
  final IndexedIds parameterIds = new IndexedIds();
  final IndexedIds workIds = new IndexedIds();
  private final Map<String, SymbolRead> reads = new LinkedHashMap<>();
  private final Map<String, Expr> lowered = new HashMap<>();

  private SlotAllocation() {
  }

  static SlotAllocation of(Model model) {
    SlotAllocation a = new SlotAllocation();
    Map<String, Rule> rules = new HashMap<>();
    model.rules().forEach(r -> rules.put(r.variable(), r));
    for (Compartment c : model.compartments()) {
      a.place(c.id(), rules.get(c.id()), false);
    }
    for (Parameter p : model.parameters()) {
      a.place(p.id(), rules.get(p.id()), false);
    }
    for (Species s : model.species()) {
      a.place(s.id(), rules.get(s.id()), true);
    }
    for (Reaction r : model.reactions()) {
      a.reads.put(r.id(), stored(KernelArray.WORK, a.workIds.add(r.id())));
    }
    // Species reads need their compartment's slot, known only now.
    for (Species s : model.species()) {
      if (a.reads.get(s.id()) instanceof SymbolRead.Stored(Slot slot) && slot.array() == KernelArray.STATE
          && !s.hasOnlySubstanceUnits()) {
        a.reads.put(s.id(), new SymbolRead.Concentration(slot, a.reads.get(s.compartment()).slot()));
      }
    }
    a.reads.forEach((id, read) -> a.lowered.put(id, Slots.lowered(read)));
    return a;
  }

  private void place(String id, Rule rule, boolean isSpecies) {
    if (rule instanceof Rule.Assignment) {
      reads.put(id, stored(KernelArray.WORK, workIds.add(id)));
      return;
    }
    boolean isState = isSpecies || rule instanceof Rule.Rate;
    if (isState) {
      reads.put(id, stored(KernelArray.STATE, stateIds.add(id)));
    }
    int parameter = parameterIds.add(id); // a parameter's value, or a state's initial value
    if (!isState) {
      reads.put(id, stored(KernelArray.PARAMETER, parameter));
    }
  }

  private static SymbolRead stored(KernelArray array, int index) {
    return new SymbolRead.Stored(new Slot(array, index));
  }

  /** The lowered expression reading {@code id} (e.g. {@code $y0 / $p2}), or null for a name that is no model symbol. */
  Expr loweredRead(String id) {
    return lowered.get(id);
  }

  /** Every symbol's read, in layout order (unmodifiable). */
  Map<String, SymbolRead> reads() {
    return Collections.unmodifiableMap(reads);
  }

  /** The parameter vector as the model declares it: sizes, values and initial values. */
  double[] defaultParameters(Model model) {
    double[] p = new double[parameterIds.size()];
    for (int i = 0; i < p.length; i++) {
      Object element = model.element(parameterIds.get(i)).orElseThrow();
      p[i] = switch (element) {
        case Compartment c -> c.size();
        case Parameter par -> par.value();
        case Species s -> s.initialValue();
        default -> throw new IllegalStateException("not a valued element: " + element);
      };
    }
    return p;
  }
}
