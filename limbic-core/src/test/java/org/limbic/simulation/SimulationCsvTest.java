package org.limbic.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationCsvTest {

  @Test
  void aHeaderThenOneRowPerTimeInShortestExactDecimals() {
    SimulationResult r = new SimulationResult(List.of("x", "y"), new double[] {0, 0.1},
        new double[][] {{1, Double.NaN}, {1.0 / 3, 2e-12}}, null, List.of());
    assertThat(SimulationCsv.of(r)).isEqualTo("time,x,y\n0.0,1.0,NaN\n0.1,0.3333333333333333,2.0E-12\n");
  }
}
