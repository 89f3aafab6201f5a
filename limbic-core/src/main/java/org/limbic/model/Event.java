package org.limbic.model;

import java.util.List;
import java.util.Optional;
import org.limbic.math.Expr;

/**
 * A discontinuity, with SBML Level 3 semantics: it fires when {@code trigger} goes from false to
 * true; after {@code delay} (none = immediately) its assignments are applied. Simultaneous events
 * execute in order of decreasing {@code priority}.
 *
 * @param initialValue the trigger's value just before the start time (false: a trigger true at t0
 *     fires at t0)
 * @param persistent if false, a delayed event is cancelled when its trigger turns false before it executes
 * @param useValuesFromTriggerTime evaluate the assignments when triggered (true) or when executed (false)
 */
public record Event(String id, Expr trigger, Optional<Expr> delay, Optional<Expr> priority, boolean initialValue,
                    boolean persistent, boolean useValuesFromTriggerTime, List<EventAssignment> assignments) {

  public Event {
    Ids.requireValid(id);
    assignments = List.copyOf(assignments);
  }

  /** variable := math when the event executes. */
  public record EventAssignment(String variable, Expr math) {
  }
}
