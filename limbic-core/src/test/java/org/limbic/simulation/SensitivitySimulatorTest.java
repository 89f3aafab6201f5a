package org.limbic.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.limbic.compile.CompiledModel;
import org.limbic.compile.ModelCompiler;
import org.limbic.compile.SensitivityCompiler;
import org.limbic.compile.SensitivityModel;
import org.limbic.compile.SymbolRead;
import org.limbic.model.Model;
import org.junit.jupiter.api.Test;

/**
 * Forward sensitivities against closed forms and against central differences of plain simulations.
 * Tolerances: the runs use rtol 1e-10, atol 1e-12, so the integrated sensitivities carry an error
 * of about 1e-9 relative; the closed forms are compared at 1e-7 relative. A central difference with
 * step h = 1e-4 relative has truncation error h² y''' ≈ 1e-8 and a rounding/solver error near
 * 1e-10 / 1e-4 = 1e-6 relative, so differences are compared at 1e-5 relative.
 */
class SensitivitySimulatorTest {

  private static final SimulationOptions TIGHT = SimulationOptions.DEFAULTS.withTolerances(1e-10, 1e-12);

  @Test
  void decayMatchesTheClosedFormInRateAndInitialValue() {
    Model model = Model.builder("decay").compartment("c", 1.0).amountSpecies("A", "c", 3.0).parameter("k", 0.7)
        .reaction("out", "A ->", "k * A").build();
    CompiledModel compiled = ModelCompiler.compile(model);
    int k = compiled.parameterIndex("k");
    int a0 = compiled.parameterIndex("A");
    SensitivityModel sens = SensitivityCompiler.compile(compiled, new int[] {k, a0}, 2);
    double[] p = sens.parameters(compiled.newParameters(), (j, index) -> (j == 0 && index == k) || (j == 1 && index == a0) ? 1 : 0);
    double[] times = {0, 0.5, 1, 2, 5};
    double[][] states = new SensitivitySimulator(sens, TIGHT).statesAt(p, null, times);
    for (int i = 0; i < times.length; i++) {
      double t = times[i];
      double e = Math.exp(-0.7 * t);
      assertThat(states[i][0]).isCloseTo(3 * e, within(1e-7 * 3));
      assertThat(states[i][1]).as("dA/dk at t=%s", t).isCloseTo(-3 * t * e, within(1e-7 * 3));
      assertThat(states[i][2]).as("dA/dA0 at t=%s", t).isCloseTo(e, within(1e-7));
    }
  }

  /**
   * A concentration in a compartment whose size is a parameter, an assignment rule read by a rate,
   * an initial assignment, Michaelis–Menten (nonlinear) kinetics, and an input switched on at a
   * parameter time t_on: each direction against a central difference of plain simulations.
   */
  @Test
  void everyDirectionAgreesWithCentralDifferences() {
    Model model = Model.builder("mixed")
        .compartment("cell", 2.0)
        .species("S", "cell", 1.5)
        .species("P", "cell", 0.0)
        .parameter("vmax", 1.2).parameter("km", 0.4).parameter("kin", 0.3).parameter("t_on", 1.7).parameter("scale", 2.0)
        .variable("drive", 0.0).parameter("S0", 1.5)
        .assignmentRule("drive", "scale * kin * piecewise(0, time - t_on < 0, 1)")
        .initialAssignment("S", "S0 * 1.1")
        .reaction("input", "-> S", "drive * cell")
        .reaction("convert", "S -> P", "vmax * S / (km + S) * cell")
        .build();
    CompiledModel compiled = ModelCompiler.compile(model);
    List<String> names = List.of("vmax", "km", "t_on", "scale", "cell", "S0");
    int[] seeded = names.stream().mapToInt(compiled::parameterIndex).toArray();
    SensitivityModel sens = SensitivityCompiler.compile(compiled, seeded, seeded.length);
    double[] base = compiled.newParameters();
    double[] p = sens.parameters(base, (j, index) -> index == seeded[j] ? 1 : 0);
    double[] times = {0, 0.5, 1.8, 2.5, 4}; // not at t_on itself, where [P] has a kink in t_on
    double[][] states = new SensitivitySimulator(sens, TIGHT).statesAt(p, null, times);
    int n = compiled.layout().stateCount();
    SymbolRead concentrationP = compiled.layout().reads().get("P");
    double[] w = sens.newWork();
    for (int j = 0; j < seeded.length; j++) {
      double h = 1e-4 * Math.abs(base[seeded[j]]);
      double[] up = base.clone();
      double[] down = base.clone();
      up[seeded[j]] += h;
      down[seeded[j]] -= h;
      double[] pUp = new Simulator(compiled, TIGHT).run(up, times, List.of("P")).series("P");
      double[] pDown = new Simulator(compiled, TIGHT).run(down, times, List.of("P")).series("P");
      for (int i = 1; i < times.length; i++) {
        double fd = (pUp[i] - pDown[i]) / (2 * h);
        sens.update(times[i], states[i], p, w);
        double tangent = sens.tangent(concentrationP, states[i], p, w, j);
        assertThat(tangent).as("d[P]/d%s at t=%s", names.get(j), times[i]).isCloseTo(fd, within(1e-5 * Math.max(1e-3, Math.abs(fd))));
      }
    }
    assertThat(n).isEqualTo(2);
  }

  /**
   * B' = -k B², B(0) = 1e-3, beside a state A = 1e6 that does not move: B = B0 / (1 + k B0 t),
   * dB/dk = -B0² t / (1 + k B0 t)², dB/dB0 = 1 / (1 + k B0 t)². The Rosenbrock solves need the
   * coupling ∂(J s + f_p ṗ)/∂y of the sensitivity equations along each stage; a difference whose
   * step is scaled to ‖y‖ (1e6) moved B by far more than its size, and dB/dk was off by 6e-4 at
   * rtol 1e-10 (1.9e-5 with A = 1e3), with no end of steps at rtol 1e-12.
   */
  @Test
  void aSmallStateBesideALargeOneGetsItsSensitivitiesToTheTolerance() {
    double b0 = 1e-3;
    double k = 100;
    Model model = Model.builder("scales").compartment("c", 1.0).amountSpecies("A", "c", 1e6).amountSpecies("B", "c", b0)
        .parameter("k", k).reaction("pair", "B ->", "k * B * B").build();
    CompiledModel compiled = ModelCompiler.compile(model);
    int rate = compiled.parameterIndex("k");
    int initial = compiled.parameterIndex("B");
    SensitivityModel sens = SensitivityCompiler.compile(compiled, new int[] {rate, initial}, 2);
    double[] p = sens.parameters(compiled.newParameters(),
        (j, index) -> (j == 0 && index == rate) || (j == 1 && index == initial) ? 1 : 0);
    double[] times = {0, 1, 10, 100};
    int n = compiled.layout().stateCount();
    int b = compiled.layout().stateIds().indexOf("B");
    for (double rtol : new double[] {1e-10, 1e-12}) {
      SimulationOptions options = SimulationOptions.DEFAULTS.withTolerances(rtol, rtol * 1e-3 * b0);
      double[][] states = new SensitivitySimulator(sens, options).statesAt(p, null, times);
      for (int i = 1; i < times.length; i++) {
        double t = times[i];
        double d = 1 + k * b0 * t;
        assertThat(states[i][n + b]).as("dB/dk at t=%s, rtol %s", t, rtol)
            .isCloseTo(-b0 * b0 * t / (d * d), within(100 * rtol * b0 * b0 * t / (d * d)));
        assertThat(states[i][2 * n + b]).as("dB/dB0 at t=%s, rtol %s", t, rtol).isCloseTo(1 / (d * d), within(100 * rtol / (d * d)));
      }
    }
  }

  @Test
  void modelsWithEventsAreRefusedWithTheReason() {
    Model model = Model.builder("dosed").compartment("c", 1.0).amountSpecies("A", "c", 3.0).parameter("k", 0.7)
        .reaction("out", "A ->", "k * A").event("dose", "time >= 1", "A", "A + 1").build();
    CompiledModel compiled = ModelCompiler.compile(model);
    assertThatThrownBy(() -> SensitivityCompiler.compile(compiled, new int[] {0}, 1))
        .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("events");
  }
}
