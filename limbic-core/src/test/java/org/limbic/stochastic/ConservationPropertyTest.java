package org.limbic.stochastic;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;

/** Dimerization 2A -> B, B -> 2A conserves A + 2B exactly, after every event and every leap. */
class ConservationPropertyTest {

  @Property(tries = 60)
  void aPlusTwoBIsConstantAlongEveryTrajectory(
      @ForAll @DoubleRange(min = 1e-4, max = 1) @Scale(6) double c1,
      @ForAll @DoubleRange(min = 1e-3, max = 10) @Scale(6) double c2,
      @ForAll @IntRange(min = 0, max = 2000) int a0,
      @ForAll @IntRange(min = 0, max = 500) int b0,
      @ForAll @LongRange long seed,
      @ForAll("methods") String method) {
    MassActionNetwork network = MassActionNetwork.builder().species("A", "B")
        .reaction("2 A -> B", c1).reaction("B -> 2 A", c2).build();
    StochasticMethod simulator = StochasticMethods.create(method);
    simulator.reset(network, 0, new double[] {a0, b0}, StochasticSimulation.random(seed));
    double total = a0 + 2.0 * b0;
    for (int step = 0; step < 2000 && simulator.time() < 5; step++) {
      simulator.step(5);
      double[] x = simulator.state();
      // counts are whole numbers below 2^53, so the sum is exact: no tolerance
      assertThat(x[0] + 2 * x[1]).as("A + 2B after step %d at t=%s", step, simulator.time()).isEqualTo(total);
      assertThat(x[0]).isGreaterThanOrEqualTo(0);
      assertThat(x[1]).isGreaterThanOrEqualTo(0);
    }
  }

  @Provide
  Arbitrary<String> methods() {
    return Arbitraries.of(StochasticMethods.names());
  }
}
