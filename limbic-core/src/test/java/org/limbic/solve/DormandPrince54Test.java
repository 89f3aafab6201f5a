package org.limbic.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DormandPrince54Test {

  private static final IntegratorOptions TIGHT = IntegratorOptions.tolerances(1e-10, 1e-12);

  @Test
  void exponentialDecayMatchesClosedForm() {
    double[] y = TestSystems.solve(new DormandPrince54(TIGHT), TestSystems.decay(2.0), new double[] {1.0}, 3.0);
    // rtol 1e-10: global error of a tolerance-proportional 5th-order method stays within ~10 tol
    assertThat(y[0]).isCloseTo(Math.exp(-6.0), within(1e-11));
  }

  @Test
  void harmonicOscillatorAfterTenPeriods() {
    double omega = 2 * Math.PI;
    double[] y = TestSystems.solve(new DormandPrince54(TIGHT), TestSystems.oscillator(omega), new double[] {1, 0}, 10);
    // 10 periods, ~1000 steps at local error 1e-10: global error grows linearly, ≤ 1e-7 expected
    assertThat(y[0]).isCloseTo(1.0, within(1e-7));
    assertThat(y[1]).isCloseTo(0.0, within(1e-6)); // v has amplitude ω ≈ 6.3
  }

  @Test
  void denseOutputIsFourthOrderAccurateBetweenSteps() {
    double omega = 2 * Math.PI;
    DormandPrince54 in = new DormandPrince54(IntegratorOptions.tolerances(1e-8, 1e-10));
    in.reset(TestSystems.oscillator(omega), 0, new double[] {1, 0});
    double[] out = new double[2];
    double worst = 0;
    while (in.time() < 3) {
      in.step(3);
      for (int q = 1; q < 8; q++) {
        double t = in.previousTime() + q * (in.time() - in.previousTime()) / 8;
        in.interpolate(t, out);
        worst = Math.max(worst, Math.abs(out[0] - Math.cos(omega * t)));
      }
    }
    // the continuous extension is 4th order: its error is of the size of the local error of the
    // step (≈ rtol) times a modest constant; 1e-6 = 100 rtol
    assertThat(worst).isLessThan(1e-6);
  }

  @Test
  void landsExactlyOnStopTimeAndHonoursMaxStep() {
    DormandPrince54 in = new DormandPrince54(IntegratorOptions.tolerances(1e-6, 1e-9).withMaxStep(0.01));
    in.reset(TestSystems.decay(1.0), 0, new double[] {1});
    double prev = 0;
    while (in.time() < 0.3) {
      double t = in.step(0.3);
      assertThat(t - prev).isLessThanOrEqualTo(0.01 * (1 + 1e-12));
      prev = t;
    }
    assertThat(in.time()).isEqualTo(0.3);
  }

  @Test
  void doesNotFlagANonStiffOscillator() {
    DormandPrince54 in = new DormandPrince54(IntegratorOptions.tolerances(1e-6, 1e-8));
    in.reset(TestSystems.oscillator(1.0), 0, new double[] {1, 0});
    in.integrateTo(100);
    assertThat(in.stiffnessDetected()).isFalse();
  }
}
