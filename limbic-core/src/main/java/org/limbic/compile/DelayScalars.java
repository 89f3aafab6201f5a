package org.limbic.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.limbic.math.Expr;
import org.limbic.math.Fn;

/**
 * The compiler's delay pass: each delay(x, d) in the kernel's statements and scalar functions gets
 * x and d as scalar functions, x's once per distinct x, so a simulation can evaluate x on a past
 * state ({@link DelayHistory}) and know how far back each delay looks.
 *
 * @param scalarOf per distinct delayed expression x, its scalar function (for the code generator)
 * @param valueScalars the same scalar functions in the order the delays were found
 * @param timeScalars per distinct x, the scalar function giving its delay d
 */
record DelayScalars(Map<Expr, Integer> scalarOf, int[] valueScalars, int[] timeScalars) {

  static DelayScalars of(List<List<Statement>> statementLists, ScalarFunctions scalars) {
    Map<Expr, Integer> delayed = new LinkedHashMap<>();
    List<Integer> delayTimes = new ArrayList<>();
    for (List<Statement> list : statementLists) {
      list.forEach(st -> collect(st.value(), delayed, delayTimes, scalars));
    }
    for (int k = 0; k < scalars.size(); k++) { // grows while delays inside delayed expressions are found
      collect(scalars.get(k), delayed, delayTimes, scalars);
    }
    return new DelayScalars(Map.copyOf(delayed), delayed.values().stream().mapToInt(Integer::intValue).toArray(),
        delayTimes.stream().mapToInt(Integer::intValue).toArray());
  }

  private static void collect(Expr e, Map<Expr, Integer> delayed, List<Integer> delayTimes, ScalarFunctions scalars) {
    switch (e) {
      case Expr.Apply a -> {
        a.args().forEach(x -> collect(x, delayed, delayTimes, scalars));
        if (a.fn() == Fn.DELAY && !delayed.containsKey(a.arg(0))) {
          delayed.put(a.arg(0), scalars.add(a.arg(0)));
          delayTimes.add(scalars.add(a.arg(1)));
        }
      }
      case Expr.Piecewise p -> {
        p.values().forEach(x -> collect(x, delayed, delayTimes, scalars));
        p.conditions().forEach(x -> collect(x, delayed, delayTimes, scalars));
        collect(p.otherwise(), delayed, delayTimes, scalars);
      }
      default -> {
      }
    }
  }
}
