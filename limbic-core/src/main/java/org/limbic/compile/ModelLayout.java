package org.limbic.compile;

import java.util.List;
import java.util.Map;

/**
 * Where each model symbol lives in the arrays of an executable model, and how to read its value
 * as expressions see it. Built by {@link ModelCompiler}; used by simulators and result writers.
 *
 * @param stateIds the ids behind y, in order (species amounts, rate-ruled parameters and compartments)
 * @param parameterIds the ids behind p, in order (parameters, sizes, and the initial value of every state)
 * @param workIds the ids behind w, in order (assignment-ruled symbols and reaction ids)
 * @param tangentCount scratch entries after the named ones in w, used by the Jacobian (see ForwardJacobian)
 * @param reads for every symbol, where its value is read (a slot, or an amount over a size)
 * @param events per event, where its trigger, priority, delay and assignment values are found
 * @param reactionWorkIndex per reaction (model order), its rate's index in w
 * @param reactionRateScalar per reaction, the scalar function computing its rate from y and p alone
 *     (assignment rules inlined), for stochastic simulators that update one propensity at a time; -1
 *     where that form would be too large (then the rate is read from a full work update)
 * @param scalarSources the lowered expression of each scalar function, in index order
 */
public record ModelLayout(List<String> stateIds, List<String> parameterIds, List<String> workIds, int tangentCount,
                          Map<String, SymbolRead> reads, List<EventLayout> events, int[] reactionWorkIndex,
                          int[] reactionRateScalar, List<org.limbic.math.Expr> scalarSources) {

  public ModelLayout {
    stateIds = List.copyOf(stateIds);
    parameterIds = List.copyOf(parameterIds);
    workIds = List.copyOf(workIds);
    reads = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(reads));
    events = List.copyOf(events);
    reactionWorkIndex = reactionWorkIndex.clone();
    reactionRateScalar = reactionRateScalar.clone();
    scalarSources = List.copyOf(scalarSources);
  }

  public int stateCount() {
    return stateIds.size();
  }

  public int parameterCount() {
    return parameterIds.size();
  }

  /** Length of the work array: named values plus the Jacobian's scratch. */
  public int workCount() {
    return workIds.size() + tangentCount;
  }

  public int stateIndex(String id) {
    return stateIds.indexOf(id);
  }

  public int parameterIndex(String id) {
    return parameterIds.indexOf(id);
  }

  /**
   * One event's compiled parts, as indices of {@link ModelKernel#scalar} functions (-1 when absent).
   *
   * @param targets per assignment, what it writes
   */
  public record EventLayout(String id, int triggerIndex, int rootIndex, int priorityIndex, int delayIndex,
                            boolean initialValue, boolean persistent, boolean useValuesFromTriggerTime,
                            List<Target> targets) {
    public EventLayout {
      targets = List.copyOf(targets);
    }
  }

  /**
   * Where an event assignment writes: a state or parameter slot.
   *
   * @param array {@link KernelArray#STATE} or {@link KernelArray#PARAMETER}
   * @param valueIndex the scalar function giving the assigned value
   * @param sizeIndex the scalar function giving the compartment size when the value is a concentration
   *     (the amount written is value times size), or -1
   */
  public record Target(String variable, KernelArray array, int index, int sizeIndex, int valueIndex) {
    public Target {
      if (array != KernelArray.STATE && array != KernelArray.PARAMETER) {
        throw new IllegalArgumentException("event assignment to '" + variable + "' must write a state or a parameter, not " + array);
      }
    }
  }
}
