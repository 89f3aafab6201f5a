package org.limbic.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationResultTest {

  /** x rises to 3 at t = 1, falls, and ties its maximum at t = 3; y has a NaN. */
  private static final SimulationResult RESULT = new SimulationResult(List.of("x", "y"), new double[] {0, 1, 2, 3},
      new double[][] {{1, Double.NaN}, {3, 2}, {2, 5}, {3, 1}}, null, List.of());

  @Test
  void maxAndTheFirstTimeItIsReached() {
    assertThat(RESULT.max("x")).isEqualTo(3);
    assertThat(RESULT.timeOfMax("x")).isEqualTo(1);
    assertThat(RESULT.max("y")).as("NaN skipped").isEqualTo(5);
    assertThat(RESULT.timeOfMax("y")).isEqualTo(2);
  }

  @Test
  void anUnknownVariableListsTheOutputs() {
    assertThatThrownBy(() -> RESULT.max("z")).hasMessageContaining("no output variable 'z'").hasMessageContaining("[x, y]");
  }
}
