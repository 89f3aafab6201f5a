package org.limbic.stochastic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MassActionNetworkTest {

  private final MassActionNetwork network = MassActionNetwork.builder().species("A", "B", "C")
      .reaction("2 A -> B", 0.5)
      .reaction("A + B -> C", 2)
      .reaction("-> A", 3)
      .reaction("C -> 0", 4)
      .reaction("3A + B -> A + C", 1)
      .build();

  @Test
  void propensityCountsDistinctReactantCombinations() {
    double[] x = {10, 4, 7};
    // exact integers in binary floating point: compared exactly
    assertThat(network.propensity(0, 0, x)).isEqualTo(0.5 * 10 * 9 / 2);
    assertThat(network.propensity(1, 0, x)).isEqualTo(2 * 10 * 4);
    assertThat(network.propensity(2, 0, x)).isEqualTo(3);
    assertThat(network.propensity(3, 0, x)).isEqualTo(4 * 7);
    assertThat(network.propensity(4, 0, x)).isEqualTo(1 * (10 * 9 * 8 / 6) * 4);
  }

  @Test
  void propensityIsZeroWithTooFewMolecules() {
    assertThat(network.propensity(0, 0, new double[] {1, 0, 0})).isZero();
    assertThat(network.propensity(4, 0, new double[] {2, 5, 0})).isZero();
  }

  @Test
  void stoichiometryIsNetAndSorted() {
    assertThat(network.changedSpecies(4)).containsExactly(0, 1, 2);
    assertThat(network.changes(4)).containsExactly(-2, -1, 1);
    assertThat(network.propensityDependsOn(4)).containsExactly(0, 1);
    assertThat(network.reactantOrders(4)).containsExactly(3, 1);
    assertThat(network.changedSpecies(2)).containsExactly(0);
    assertThat(network.propensityDependsOn(2)).isEmpty();
  }

  @Test
  void defaultReactantOrdersGuessFromNetChange() {
    ReactionNetwork viaDefaults = new ReactionNetwork() {
      public int speciesCount() { return network.speciesCount(); }
      public int reactionCount() { return network.reactionCount(); }
      public double propensity(int r, double t, double[] x) { return network.propensity(r, t, x); }
      public int[] changedSpecies(int r) { return network.changedSpecies(r); }
      public double[] changes(int r) { return network.changes(r); }
      public int[] propensityDependsOn(int r) { return network.propensityDependsOn(r); }
    };
    assertThat(viaDefaults.reactantOrders(0)).containsExactly(2);
    assertThat(viaDefaults.reactantOrders(1)).containsExactly(1, 1);
    // 3A + B -> A + C consumes net 2 A: the guess under-counts, as documented
    assertThat(viaDefaults.reactantOrders(4)).containsExactly(2, 1);
  }

  @Test
  void unknownSpeciesIsNamedWithWhereAndWhatToDo() {
    assertThatThrownBy(() -> MassActionNetwork.builder().species("A").reaction("A -> Q", 1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reaction 0 'A -> Q'")
        .hasMessageContaining("unknown species 'Q'")
        .hasMessageContaining("declare it with species(...)");
  }

  @Test
  void negativeRateIsRejected() {
    assertThatThrownBy(() -> MassActionNetwork.builder().species("A").reaction("A ->", -1).build())
        .hasMessageContaining("rate constant must be finite and >= 0");
  }

  @Test
  void unknownMethodNamesTheKnownOnes() {
    assertThatThrownBy(() -> StochasticMethods.create("gillespie"))
        .hasMessageContaining("unknown stochastic method 'gillespie'; known: direct, nrm, tau-leap");
  }

  @Test
  void exactMethodsRejectTimeDependentNetworks() {
    ReactionNetwork clocked = new ReactionNetwork() {
      public int speciesCount() { return 1; }
      public int reactionCount() { return 1; }
      public double propensity(int r, double t, double[] x) { return t; }
      public int[] changedSpecies(int r) { return new int[] {0}; }
      public double[] changes(int r) { return new double[] {1}; }
      public int[] propensityDependsOn(int r) { return new int[0]; }
      public boolean timeDependent() { return true; }
    };
    assertThatThrownBy(() -> StochasticSimulation.run(clocked, new double[] {0}, 0, new double[] {1}, 1, "nrm"))
        .hasMessageContaining("propensities read time");
  }

  @Test
  void fractionalInitialCountsAreRejected() {
    assertThatThrownBy(() -> StochasticSimulation.run(network, new double[] {1.5, 0, 0}, 0, new double[] {1}, 1, "direct"))
        .hasMessageContaining("initial count of A is 1.5");
  }

  @Test
  void sampleAtAnEventTimeIncludesThatEvent() {
    // a single reaction A -> B with one molecule: sampled at t0 the state is the initial one
    MassActionNetwork decay = MassActionNetwork.builder().species("A", "B").reaction("A -> B", 1).build();
    Trajectory run = StochasticSimulation.run(decay, new double[] {1, 0}, 0, new double[] {0, 1000}, 3, "direct");
    assertThat(run.state(0)).containsExactly(1, 0);
    // after 1000 mean lifetimes the molecule has converted (probability e^-1000 otherwise)
    assertThat(run.state(1)).containsExactly(0, 1);
  }
}
