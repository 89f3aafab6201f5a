package org.limbic.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RosenbrockIntegratorTest {

  private static final IntegratorOptions TIGHT = IntegratorOptions.tolerances(1e-10, 1e-12);

  private static RosenbrockIntegrator rodas5p(IntegratorOptions o) {
    return new RosenbrockIntegrator(RosenbrockTableau.RODAS5P, o);
  }

  /** Fixed step h: an error test that always passes (atol huge) and maxStep = initial step = h. */
  private static double fixedStepError(RosenbrockTableau tab, OdeSystem sys, double y0, double tEnd, int steps,
                                       java.util.function.DoubleUnaryOperator exact) {
    double h = tEnd / steps;
    IntegratorOptions fixed = new IntegratorOptions(0.5, 1e30, h, h, 10 * steps);
    RosenbrockIntegrator in = new RosenbrockIntegrator(tab, fixed);
    in.reset(sys, 0, new double[] {y0});
    in.integrateTo(tEnd);
    assertThat(in.statistics().steps()).isBetween((long) steps, (long) steps + 1);
    return Math.abs(in.state()[0] - exact.applyAsDouble(tEnd));
  }

  private static void assertOrder(RosenbrockTableau tab, OdeSystem sys, double y0, double tEnd,
                                  java.util.function.DoubleUnaryOperator exact) {
    double e1 = fixedStepError(tab, sys, y0, tEnd, 10, exact);
    double e2 = fixedStepError(tab, sys, y0, tEnd, 20, exact);
    double e3 = fixedStepError(tab, sys, y0, tEnd, 40, exact);
    double p1 = Math.log(e1 / e2) / Math.log(2);
    double p2 = Math.log(e2 / e3) / Math.log(2);
    // observed order as h halves: within 0.3 of the classical order once in the asymptotic range
    // (errors here are 1e-6 .. 1e-11, far above roundoff)
    assertThat(p2).as("%s order, ratios %s %s", tab.name(), p1, p2).isGreaterThan(tab.order() - 0.3);
  }

  @Test
  void rodas5pConvergesWithOrderFive() {
    assertOrder(RosenbrockTableau.RODAS5P, TestSystems.riccati(), 1.0, 2.0, t -> 1 / (1 + t));
  }

  @Test
  void rodas4ConvergesWithOrderFour() {
    assertOrder(RosenbrockTableau.RODAS4, TestSystems.riccati(), 1.0, 2.0, t -> 1 / (1 + t));
  }

  @Test
  void rodas5pKeepsItsOrderOnANonAutonomousProblem() {
    assertOrder(RosenbrockTableau.RODAS5P, TestSystems.forced(), 0.5, 3.0, t -> 1 / (2 - Math.sin(t)));
  }

  @Test
  void exponentialDecayMatchesClosedForm() {
    double[] y = TestSystems.solve(rodas5p(TIGHT), TestSystems.decay(2.0), new double[] {1.0}, 3.0);
    // rtol 1e-10; a tolerance-proportional method keeps the global error within ~10 tol
    assertThat(y[0]).isCloseTo(Math.exp(-6.0), within(1e-11));
  }

  @Test
  void harmonicOscillatorAfterTenPeriods() {
    double omega = 2 * Math.PI;
    double[] y = TestSystems.solve(rodas5p(TIGHT), TestSystems.oscillator(omega), new double[] {1, 0}, 10);
    // global error grows with the number of periods; 1e-7 is 1000 rtol
    assertThat(y[0]).isCloseTo(1.0, within(1e-7));
    assertThat(y[1]).isCloseTo(0.0, within(1e-6));
  }

  @Test
  void denseOutputIsAccurateBetweenSteps() {
    double omega = 2 * Math.PI;
    for (RosenbrockTableau tab : new RosenbrockTableau[] {RosenbrockTableau.RODAS5P, RosenbrockTableau.RODAS4}) {
      RosenbrockIntegrator in = new RosenbrockIntegrator(tab, IntegratorOptions.tolerances(1e-8, 1e-10));
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
      // interpolants of order 4 (Rodas5P) and 3 (Rodas4): error of the order of the step's local
      // error tolerance times a modest constant; 1e-5 = 1000 rtol still catches a wrong coefficient
      // (which gives O(h) errors ≈ 1e-2 here)
      assertThat(worst).as(tab.name()).isLessThan(1e-5);
    }
  }

  @Test
  void landsExactlyOnStopTimeAndHonoursMaxStep() {
    RosenbrockIntegrator in = rodas5p(IntegratorOptions.tolerances(1e-6, 1e-9).withMaxStep(0.01));
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
  void takesLargeStepsOnAVeryStiffLinearProblem() {
    // y' = −1e6 y: an explicit method needs ~1e6 steps on [0, 1]; an L-stable one a few dozen
    RosenbrockIntegrator in = rodas5p(IntegratorOptions.tolerances(1e-6, 1e-9));
    in.reset(TestSystems.decay(1e6), 0, new double[] {1});
    in.integrateTo(1);
    assertThat(in.statistics().steps()).isLessThan(200);
    assertThat(in.state()[0]).isCloseTo(0.0, within(1e-9)); // atol
  }
}
