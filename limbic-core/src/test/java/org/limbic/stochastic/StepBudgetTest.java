package org.limbic.stochastic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.limbic.solve.SolverException;

/**
 * Issue #14, item 7: birth-death with k 1e12 under an exact method ran for hours (about 1e14 events)
 * and printed nothing. A run past its step budget stops with how far it got and what to do.
 */
class StepBudgetTest {

  private static final MassActionNetwork FAST = MassActionNetwork.builder().species("X")
      .reaction("-> X", 1e12).reaction("X ->", 1).build();

  @Test
  @ResourceLock("system property " + StepBudget.PROPERTY)
  void anExactRunPastItsBudgetStopsWithWhereItGotAndWhatToDo() {
    System.setProperty(StepBudget.PROPERTY, "1000");
    try {
      for (String method : StochasticMethods.names()) {
        if (method.equals(TauLeaping.NAME)) {
          continue; // leaps many events at once: its steps are few
        }
        assertThatThrownBy(() -> StochasticSimulation.run(FAST, new double[] {0}, 0, new double[] {0, 10}, 1, method))
            .as(method).isInstanceOf(SolverException.class).hasMessageContaining("took 1,000 steps and reached only at t = ")
            .hasMessageMatching("(?s).*would need about [0-9.]+e\\+1[23] steps.*").hasMessageContaining("use method tau-leap");
      }
    } finally {
      System.clearProperty(StepBudget.PROPERTY);
    }
  }

  @Test
  void aBudgetCountsEveryStepAndNoMore() {
    StochasticMethod direct = StochasticMethods.create(GillespieDirect.NAME);
    direct.reset(FAST, 0, new double[] {0}, StochasticSimulation.random(3));
    StepBudget budget = StepBudget.of(5, 1);
    for (int i = 0; i < 5; i++) {
      budget.step(direct, 1);
    }
    assertThat(direct.statistics().steps()).isEqualTo(5);
    assertThatThrownBy(() -> budget.step(direct, 1)).isInstanceOf(SolverException.class);
    assertThat(direct.statistics().steps()).as("the step over the budget is not taken").isEqualTo(5);
  }

  /** Issue #14 item 7: a single long run printed nothing for hours; it is now reported every so many steps. */
  @Test
  @ResourceLock("StepBudget listener")
  void aLongRunIsReportedEverySoManyStepsWithWhereItIs() {
    java.util.List<String> reports = new java.util.ArrayList<>();
    StepBudget.onLongRuns((method, time, tEnd, steps) -> reports.add(method + " " + steps + " " + (time > 0) + " " + tEnd));
    try {
      StochasticMethod direct = StochasticMethods.create(GillespieDirect.NAME);
      direct.reset(FAST, 0, new double[] {0}, StochasticSimulation.random(3));
      StepBudget budget = StepBudget.of(1000, 10, 100);
      for (int i = 0; i < 350; i++) {
        budget.step(direct, 10);
      }
    } finally {
      StepBudget.onLongRuns(null);
    }
    assertThat(reports).containsExactly("direct 100 true 10.0", "direct 200 true 10.0", "direct 300 true 10.0");
  }
}
