package org.limbic.workloads.stiff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.limbic.solve.AutoSwitchingIntegrator;
import org.limbic.solve.DormandPrince54;
import org.limbic.solve.Integrator;
import org.limbic.solve.IntegratorOptions;
import org.limbic.solve.Integrators;

/**
 * The core's stiffness detection and method switching on the Test Set's stiff problems (the
 * integrators' other tests, on systems with closed-form solutions, are in limbic-core).
 */
class StiffnessSwitchingTest {

  @Test
  void detectsStiffnessOnRobertson() {
    DormandPrince54 in = new DormandPrince54(IntegratorOptions.tolerances(1e-6, 1e-8));
    in.reset(StiffProblem.ROBER.system().get(), 0, StiffProblem.ROBER.y0());
    while (!in.stiffnessDetected() && in.time() < 10) {
      in.step(10);
    }
    assertThat(in.stiffnessDetected()).isTrue();
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
