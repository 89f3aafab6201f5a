package org.limbic.steady;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.limbic.compile.ModelCompiler;
import org.limbic.model.Model;
import org.junit.jupiter.api.Test;

/** Conservation laws from stoichiometric matrices whose left null spaces are known by hand. Exact: no tolerance. */
class ConservationLawsTest {

  @Test
  void dimerizationConservesMonomerUnits() {
    // 2 M <-> D: N = [-2; 1], left null space spanned by (1, 2): M + 2 D
    ConservationLaws laws = ConservationLaws.ofStoichiometry(List.of("M", "D"), new double[][] {{-2}, {1}});
    assertThat(laws.count()).isEqualTo(1);
    assertThat(laws.describe(0)).isEqualTo("M + 2 D");
    assertThat(laws.dependent(0)).isEqualTo(1);
  }

  @Test
  void fractionalCoefficientsGiveIntegralLaws() {
    // A -> 0.5 B (columns: one reaction), exact in binary: law A + 2 B
    ConservationLaws laws = ConservationLaws.ofStoichiometry(List.of("A", "B"), new double[][] {{-1}, {0.5}});
    assertThat(laws.describe(0)).isEqualTo("A + 2 B");
  }

  @Test
  void aCoefficientThatIsNotADyadicFractionIsTakenExactlyAsTheDoubleItIs() {
    // A -> 0.1 B: 0.1 is not exact in binary; the law is A + (1/0.1 as a double) B, with the exact
    // integers of that ratio, and g . N = 0 holds to the last bit of the product
    ConservationLaws laws = ConservationLaws.ofStoichiometry(List.of("A", "B"), new double[][] {{-1}, {0.1}});
    double[] g = laws.law(0);
    assertThat(g[0] * -1 + g[1] * 0.1).isCloseTo(0.0, org.assertj.core.api.Assertions.within(Math.ulp(g[0]) * 2));
  }

  @Test
  void reversiblePairsAndDuplicatesDoNotRaiseTheRank() {
    // A -> B, B -> A, A -> B again, B -> C: rank 2 of 3 states, one law A + B + C
    double[][] n = {{-1, 1, -1, 0}, {1, -1, 1, -1}, {0, 0, 0, 1}};
    ConservationLaws laws = ConservationLaws.ofStoichiometry(List.of("A", "B", "C"), n);
    assertThat(laws.count()).isEqualTo(1);
    assertThat(laws.describe(0)).isEqualTo("A + B + C");
  }

  @Test
  void boundarySpeciesRateRulesAndProductionBreakConservation() {
    Model model = Model.builder("open").compartment("c", 1.0)
        .boundarySpecies("Src", "c", 1.0).species("A", "c", 1.0).species("B", "c", 0.0).species("Z", "c", 1.0)
        .parameter("k", 1.0).variable("q", 0.0).rateRule("q", "A")
        .reaction("feed", "Src -> A", "k * Src").reaction("convert", "A -> B", "k * A")
        .build();
    ConservationLaws laws = ConservationLaws.of(ModelCompiler.compile(model));
    // Src is constant (its own law), Z never changes (its own law); A and B are fed, q integrates A
    assertThat(laws.toString()).isEqualTo("ConservationLaws[Src, Z]");
  }
}
