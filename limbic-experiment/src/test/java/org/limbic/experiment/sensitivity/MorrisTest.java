package org.limbic.experiment.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.limbic.experiment.sensitivity.SensitivityIndex.Kind;

class MorrisTest {

  /** Ishigami with a fourth factor, x4, that the output does not read. */
  private static final ModelResponse ISHIGAMI_AND_DUMMY = ModelResponse.of("y", Ishigami::y);

  private static List<Factor> factors() {
    List<Factor> f = new ArrayList<>(Ishigami.factors());
    f.add(Factor.uniform("x4", 0, 1));
    return f;
  }

  @Test
  void ishigamiRanksAsItsTotalIndicesAndTheDummyHasNoEffect() {
    SensitivityResult r = Morris.analyse(factors(), 100, ISHIGAMI_AND_DUMMY, SensitivityOptions.defaults().withSeed(3).withThreads(2));
    assertThat(r.evaluations()).isEqualTo(100 * 5);
    double mu1 = r.index("x1", "y", Kind.MU_STAR).value();
    double mu2 = r.index("x2", "y", Kind.MU_STAR).value();
    double mu3 = r.index("x3", "y", Kind.MU_STAR).value();
    // x3 acts only through its interaction with x1, yet is not screened out
    assertThat(mu3).isGreaterThan(0);
    assertThat(r.index("x3", "y", Kind.MU_STAR).ciLow()).isGreaterThan(0);
    // the dummy: the output never reads x4, so every elementary effect is exactly 0
    assertThat(r.index("x4", "y", Kind.MU_STAR).value()).isZero();
    assertThat(r.index("x4", "y", Kind.SIGMA).value()).isZero();
    assertThat(r.index("x4", "y", Kind.MU_STAR).ciHigh()).isZero();
    // x1 and x2 matter most (ST 0.56 and 0.44 against 0.24 for x3)
    assertThat(Math.min(mu1, mu2)).isGreaterThan(mu3);
    // x3 acts through b x3^4 sin x1, whose sign follows x1's: its effects cancel in mu but not in mu*
    assertThat(Math.abs(r.index("x3", "y", Kind.MU).value())).isLessThan(mu3);
  }

  @Test
  void theSameSeedGivesTheSameEffectsOnOneAndTwoThreads() {
    SensitivityOptions options = SensitivityOptions.defaults().withSeed(11).withResamples(200);
    SensitivityResult one = Morris.analyse(factors(), 40, ISHIGAMI_AND_DUMMY, options.withThreads(1));
    SensitivityResult two = Morris.analyse(factors(), 40, ISHIGAMI_AND_DUMMY, options.withThreads(2));
    assertThat(two.indices()).isEqualTo(one.indices());
  }

  @Test
  void everyTrajectoryMovesEachFactorOnceByHalfTheLevels() {
    MorrisDesign d = MorrisDesign.of(4, 20, 4, 5);
    for (int t = 0; t < 20; t++) {
      for (int s = 0; s < 4; s++) {
        int[] before = d.levels()[t * 5 + s];
        int[] after = d.levels()[t * 5 + s + 1];
        int changed = 0;
        for (int i = 0; i < 4; i++) {
          if (before[i] != after[i]) {
            changed++;
            assertThat(Math.abs(after[i] - before[i])).isEqualTo(2); // p/2 levels
            assertThat(after[i]).isBetween(0, 3);
          }
        }
        assertThat(changed).isEqualTo(1);
      }
    }
  }
}
