package org.limbic.compile;

import java.util.ArrayList;
import java.util.List;
import org.limbic.math.Expr;
import org.limbic.model.Event;
import org.limbic.model.Model;
import org.limbic.model.Species;

/**
 * The compiler's event pass: each event's trigger, its root function ({@link TriggerRoots}),
 * priority, delay and assignment values become scalar functions, and each assignment learns the
 * slot it writes.
 */
final class EventLowering {

  private EventLowering() {
  }

  static List<ModelLayout.EventLayout> of(Model model, SlotAllocation slots, ExpressionLowering lowering,
                                          ScalarFunctions scalars) {
    List<ModelLayout.EventLayout> layouts = new ArrayList<>();
    for (Event e : model.events()) {
      Expr trigger = lowering.lower(e.trigger());
      int triggerIndex = scalars.add(trigger);
      int rootIndex = scalars.add(TriggerRoots.of(trigger));
      int priorityIndex = e.priority().map(p -> scalars.add(lowering.lower(p))).orElse(-1);
      int delayIndex = e.delay().map(d -> scalars.add(lowering.lower(d))).orElse(-1);
      List<ModelLayout.Target> targets = new ArrayList<>();
      for (Event.EventAssignment a : e.assignments()) {
        int valueIndex = scalars.add(lowering.lower(a.math()));
        targets.add(target(model, slots, a.variable(), valueIndex, scalars));
      }
      layouts.add(new ModelLayout.EventLayout(e.id(), triggerIndex, rootIndex, priorityIndex, delayIndex,
          e.initialValue(), e.persistent(), e.useValuesFromTriggerTime(), targets));
    }
    return layouts;
  }

  /** A state, or the parameter otherwise; a concentration's amount is the value times its compartment's size. */
  private static ModelLayout.Target target(Model model, SlotAllocation slots, String variable, int valueIndex,
                                           ScalarFunctions scalars) {
    int state = slots.stateIds.indexOf(variable);
    if (state >= 0) {
      Species s = model.speciesById(variable).orElse(null);
      int sizeIndex = s != null && !s.hasOnlySubstanceUnits() ? scalars.add(slots.loweredRead(s.compartment())) : -1;
      return new ModelLayout.Target(variable, KernelArray.STATE, state, sizeIndex, valueIndex);
    }
    return new ModelLayout.Target(variable, KernelArray.PARAMETER, slots.parameterIds.indexOf(variable), -1, valueIndex);
  }
}
