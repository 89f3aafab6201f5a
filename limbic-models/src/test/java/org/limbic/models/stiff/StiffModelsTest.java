package org.limbic.models.stiff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.limbic.solve.OdeSystem;
import org.limbic.workloads.stiff.StiffProblem;

/** The compiled models are the hand-written problems: same right-hand side and Jacobian, at the start and at the reference. */
class StiffModelsTest {

  @ParameterizedTest
  @ValueSource(strings = {"hires", "pollu", "rober"})
  void theCompiledModelHasTheHandWrittenRightHandSideAndJacobian(String name) {
    StiffProblem hand = StiffProblem.named(name);
    StiffProblem compiled = StiffModels.compiled(name);
    assertThat(compiled.name()).isEqualTo(name);
    assertThat(compiled.tEnd()).isEqualTo(hand.tEnd());
    OdeSystem a = hand.system().get();
    OdeSystem b = compiled.system().get();
    assertThat(b.dimension()).isEqualTo(a.dimension());
    for (double[] y : new double[][] {hand.y0(), hand.reference()}) {
      int n = a.dimension();
      double[] fa = new double[n];
      double[] fb = new double[n];
      a.rhs(0, y, fa);
      b.rhs(0, y, fb);
      for (int i = 0; i < n; i++) {
        assertThat(fb[i]).as("%s: f[%d]", name, i).isCloseTo(fa[i], Offset.offset(1e-12 * Math.max(1, Math.abs(fa[i]))));
      }
      double[] ja = new double[n * n];
      double[] jb = new double[n * n];
      a.jacobian(0, y, ja);
      b.jacobian(0, y, jb);
      for (int i = 0; i < n * n; i++) {
        assertThat(jb[i]).as("%s: J[%d]", name, i).isCloseTo(ja[i], Offset.offset(1e-12 * Math.max(1, Math.abs(ja[i]))));
      }
    }
  }

  @Test
  void anUnknownProblemNamesTheKnownOnes() {
    assertThatThrownBy(() -> StiffModels.model("oregonator")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("known: hires, pollu, rober");
  }
}
