package org.limbic.stochastic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeterminismTest {

  private static final MassActionNetwork DIMERIZATION = MassActionNetwork.builder().species("A", "B")
      .reaction("2 A -> B", 0.001).reaction("B -> 2 A", 1).build();
  private static final double[] X0 = {1000, 0};
  private static final double[] TIMES = {0.1, 0.2, 0.5, 1, 2};

  @ParameterizedTest
  @ValueSource(strings = {"direct", "nrm", "tau-leap"})
  void sameSeedGivesIdenticalTrajectories(String method) {
    Trajectory first = StochasticSimulation.run(DIMERIZATION, X0, 0, TIMES, 99, method);
    Trajectory second = StochasticSimulation.run(DIMERIZATION, X0, 0, TIMES, 99, method);
    assertThat(second).isEqualTo(first);
  }

  @ParameterizedTest
  @ValueSource(strings = {"direct", "nrm", "tau-leap"})
  void reusedMethodInstanceGivesTheSameTrajectoryAsAFreshOne(String method) {
    StochasticMethod reused = StochasticMethods.create(method);
    StochasticSimulation.run(DIMERIZATION, X0, 0, TIMES, 1, reused);
    assertThat(StochasticSimulation.run(DIMERIZATION, X0, 0, TIMES, 99, reused))
        .isEqualTo(StochasticSimulation.run(DIMERIZATION, X0, 0, TIMES, 99, method));
  }

  @ParameterizedTest
  @ValueSource(strings = {"direct", "nrm", "tau-leap"})
  void differentSeedsGiveDifferentTrajectories(String method) {
    // ~ 400 events by t = 2: two independent runs agreeing at all 5 samples has probability far below 1e-6
    assertThat(StochasticSimulation.run(DIMERIZATION, X0, 0, TIMES, 100, method))
        .isNotEqualTo(StochasticSimulation.run(DIMERIZATION, X0, 0, TIMES, 99, method));
  }

  @ParameterizedTest
  @ValueSource(strings = {"direct", "nrm", "tau-leap"})
  void ensembleIsBitForBitTheSameWithOneOrTwoThreads(String method) {
    int replicates = 3 * Ensemble.BLOCK + 5; // several blocks and a partial one
    EnsembleMoments oneThread = Ensemble.run(DIMERIZATION, X0, 0, TIMES, 7, replicates, method, 1);
    EnsembleMoments twoThreads = Ensemble.run(DIMERIZATION, X0, 0, TIMES, 7, replicates, method, 2);
    assertThat(twoThreads).isEqualTo(oneThread);
    assertThat(oneThread.replicates()).isEqualTo(replicates);
  }

  @Test
  void ensembleReplicateIsTheSingleRunWithTheDerivedSeed() {
    // with one replicate the mean is that replicate's trajectory; the variance is undefined (NaN)
    EnsembleMoments one = Ensemble.run(DIMERIZATION, X0, 0, TIMES, 5, 1, "nrm", 1);
    Trajectory run = StochasticSimulation.run(DIMERIZATION, X0, 0, TIMES, ReplicateSeeds.seed(5, 0), "nrm");
    for (int k = 0; k < TIMES.length; k++) {
      assertThat(one.mean(k, 0)).isEqualTo(run.value(k, 0));
      assertThat(one.variance(k, 0)).isNaN();
    }
  }

  @Test
  void replicateSeedsAreDistinctAndDependOnTheEnsembleSeed() {
    assertThat(ReplicateSeeds.seed(1, 0)).isNotEqualTo(ReplicateSeeds.seed(1, 1));
    assertThat(ReplicateSeeds.seed(1, 0)).isNotEqualTo(ReplicateSeeds.seed(2, 0));
    // SplitMix64 from state 0: first output 0xE220A8397B1DCDAF (Vigna's reference splitmix64.c)
    assertThat(ReplicateSeeds.seed(0, 0)).isEqualTo(0xE220A8397B1DCDAFL);
  }
}
