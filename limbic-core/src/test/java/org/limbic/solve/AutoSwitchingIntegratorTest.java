package org.limbic.solve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AutoSwitchingIntegratorTest {

  @Test
  void staysExplicitOnANonStiffProblem() {
    AutoSwitchingIntegrator in = new AutoSwitchingIntegrator(IntegratorOptions.tolerances(1e-8, 1e-10));
    in.reset(TestSystems.oscillator(1.0), 0, new double[] {1, 0});
    in.integrateTo(50);
    assertThat(in.switches()).isZero();
    assertThat(in.currentMethod()).isEqualTo("dopri5");
    assertThat(in.statistics().jacobianEvaluations()).isZero();
  }

  @Test
  void switchesBackWhenTheStiffnessIsGone() {
    // y' = -k(t)(y - cos t): stiff (k = 1e4) until t = 1, then k = 1: non-stiff again
    OdeSystem fading = new OdeSystem() {
      public int dimension() {
        return 1;
      }

      private double k(double t) {
        return t < 1 ? 1e4 : 1;
      }

      public void rhs(double t, double[] y, double[] d) {
        d[0] = -k(t) * (y[0] - Math.cos(t));
      }

      public void jacobian(double t, double[] y, double[] j) {
        j[0] = -k(t);
      }
    };
    AutoSwitchingIntegrator in = new AutoSwitchingIntegrator(IntegratorOptions.tolerances(1e-6, 1e-8));
    in.reset(fading, 0, new double[] {1});
    in.integrateTo(1);
    assertThat(in.currentMethod()).isEqualTo("rodas5p");
    in.integrateTo(30);
    assertThat(in.switches()).isEqualTo(2);
    assertThat(in.currentMethod()).isEqualTo("dopri5");
  }
}
