package org.limbic.stochastic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TauLeapingTest {

  @Test
  void leapsWhenCountsAreLargeSoTheReferenceTestsExerciseLeaping() {
    MassActionNetwork birthDeath = MassActionNetwork.builder().species("X")
        .reaction("-> X", 1000).reaction("X ->", 1).build();
    TauLeaping method = new TauLeaping();
    method.reset(birthDeath, 0, new double[] {100}, StochasticSimulation.random(3));
    method.advanceTo(3);
    StochasticStatistics statistics = method.statistics();
    // ~3000 events by t = 3; leaps of 0.02-0.5 cover most of them (exact fallback only at the start)
    assertThat(statistics.leaps()).isGreaterThan(10);
    assertThat(statistics.firings()).isGreaterThan(10 * statistics.leaps());
  }

  @Test
  void fallsBackToExactStepsWhenCountsAreSmall() {
    MassActionNetwork birthDeath = MassActionNetwork.builder().species("X")
        .reaction("-> X", 4).reaction("X ->", 1).build();
    TauLeaping method = new TauLeaping();
    method.reset(birthDeath, 0, new double[] {5}, StochasticSimulation.random(3));
    method.advanceTo(10);
    // a0 ~ 8 and tau' <= 1 / 8 < 10 / a0: Cao et al. 2006 step 3 abandons leaping every time
    assertThat(method.statistics().leaps()).isZero();
  }

  @Test
  void sourceOnlyNetworkStepsWithoutAStopTime() {
    // no reactant bounds the leap: an unbounded step must still advance by a finite time
    MassActionNetwork source = MassActionNetwork.builder().species("X").reaction("-> X", 2).build();
    TauLeaping method = new TauLeaping();
    method.reset(source, 0, new double[] {0}, StochasticSimulation.random(3));
    double t = method.step(Double.POSITIVE_INFINITY);
    assertThat(t).isFinite().isPositive();
    assertThat(method.state()[0]).isEqualTo(1);
  }
}
