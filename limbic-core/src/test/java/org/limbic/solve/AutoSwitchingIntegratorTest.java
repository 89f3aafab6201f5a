package org.limbic.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.limbic.solve.testset.StiffProblem;

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

  @Test
  void denseOutputStaysAccurateAcrossSwitches() {
    StiffProblem p = StiffProblem.HIRES;
    AutoSwitchingIntegrator in = new AutoSwitchingIntegrator(IntegratorOptions.tolerances(1e-8, 1e-8));
    in.reset(p.system().get(), 0, p.y0());
    List<Double> times = new ArrayList<>();
    List<double[]> values = new ArrayList<>();
    while (in.time() < p.tEnd()) {
      in.step(p.tEnd());
      double mid = 0.5 * (in.previousTime() + in.time());
      double[] out = new double[8];
      in.interpolate(mid, out);
      times.add(mid);
      values.add(out);
    }
    assertThat(in.switches()).isGreaterThanOrEqualTo(1);
    // reference: Rodas5P at 1e-12, landing exactly on each midpoint
    Integrator ref = Integrators.create("rodas5p", IntegratorOptions.tolerances(1e-12, 1e-14));
    ref.reset(p.system().get(), 0, p.y0());
    double worst = 0;
    for (int q = 0; q < times.size(); q++) {
      while (ref.time() < times.get(q)) {
        ref.step(times.get(q));
      }
      for (int i = 0; i < 8; i++) {
        worst = Math.max(worst, Math.abs(values.get(q)[i] - ref.state()[i]));
      }
    }
    // HIRES components are O(1) at most; the global error at tol 1e-8 is ~1e-8 (mescd ≈ 8) and the
    // interpolants add errors of the local-error size: 1e-6 catches a wrong interpolant after a switch
    assertThat(worst).isLessThan(1e-6);
  }
}
