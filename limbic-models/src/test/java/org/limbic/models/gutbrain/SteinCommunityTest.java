package org.limbic.models.gutbrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.limbic.simulation.SimulationResult;

class SteinCommunityTest {

  @Test
  void loadsThePublishedTablesUnchanged() {
    SteinData.Parameters p = SteinData.parameters();
    assertThat(p.genera()).hasSize(11).contains("Clostridium_difficile", "Barnesiella");
    int b = p.index("Barnesiella");
    // values as printed in the supplement (first row of the table)
    assertThat(p.growth()[b]).isEqualTo(0.36807);
    assertThat(p.interactions()[b][b]).isEqualTo(-0.20516);
    assertThat(p.susceptibility()[b]).isEqualTo(-3.2926);
    assertThat(SteinData.samples()).hasSize(77); // 9 mice: 6 followed at 11 days (one at 10), 3 at 4 days
    SteinData.Sample mouse5 = SteinData.sample(5, 0);
    assertThat(mouse5.population()).isEqualTo(1);
    assertThat(mouse5.density()[p.index("Clostridium_difficile")]).isZero();
  }

  @Test
  void malformedTablesNameFileLineAndColumn() {
    List<String[]> rows = List.of(new String[] {"header"}, new String[] {"A", "0.1", "x", "1", "2"},
        new String[] {"B", "0.1", "0.2", "1", "2"}, new String[] {"", "A", "B"});
    assertThatThrownBy(() -> SteinData.parseParameters(rows, "bad.csv")).hasMessageContaining("bad.csv:2:3")
        .hasMessageContaining("expected a number, found 'x'");
    assertThatThrownBy(() -> SteinData.sample(12, 0)).hasMessageContaining("no Stein et al. 2013 sample of mouse 12");
    assertThatThrownBy(() -> SteinData.parameters().index("Lactobacillus")).hasMessageContaining("known: [Barnesiella");
  }

  @Test
  void clindamycinPulseLetsCDifficileColonizeToTheIndependentlyComputedLevel() {
    SimulationResult r = GutBrainScenarios.run("clindamycin-pulse", Map.of());
    // reference: the same equations, parameters and initial state (mouse 5, inoculum 1e-6) integrated with SciPy
    // LSODA (rtol 1e-8, atol 1e-14) give 2.286 at day 1000 and 2.285 at day 200; 0.01 covers both solvers' tolerances
    assertThat(r.last("Clostridium_difficile")).isCloseTo(2.286, offset(0.01));
    for (String genus : SteinData.parameters().genera()) {
      for (double v : r.series(genus)) {
        assertThat(v).as(genus).isGreaterThan(-1e-9); // densities stay non-negative up to the absolute tolerance
      }
    }
  }

  @Test
  void theOutcomeDependsOnTheInitialCommunity() {
    // mouse 2 (also never given clindamycin) sits in a Barnesiella/Lachnospiraceae-dominated state that resists
    // C. difficile even after the pulse (SciPy, same reference: ~1e-59): why GUT-9 uses mouse 5
    Map<String, Double> mouse2 = new HashMap<>();
    SteinData.Parameters p = SteinData.parameters();
    double[] x = SteinData.sample(2, 0).density();
    for (int i = 0; i < x.length; i++) {
      mouse2.put(p.genera().get(i), x[i]);
    }
    SimulationResult r = GutBrainScenarios.run("clindamycin-pulse", mouse2);
    assertThat(r.last("Clostridium_difficile")).isLessThan(1e-6);
  }
}
