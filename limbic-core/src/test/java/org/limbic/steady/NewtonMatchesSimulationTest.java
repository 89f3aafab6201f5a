package org.limbic.steady;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.limbic.compile.CompiledModel;
import org.limbic.compile.ModelCompiler;
import org.limbic.model.Model;
import org.junit.jupiter.api.Test;

/**
 * Newton-then-simulation (the default) must give the steady state simulation reaches from the start,
 * the one PEtab and AMICI define, over sweeps of parameters and starts where Newton's method alone
 * finds another root.
 *
 * <p>Tolerance: both results pass |f_i| <= 1e-12 + 1e-8 |y_i|, which leaves a state within about
 * |f| / r of the root, r the slowest relaxation rate along the way in (0.3 and more here, see each
 * model): at most (1e-12 + 1e-8 * 5) / 0.3 < 2e-7 for states up to 5. The integrator (Rosenbrock
 * with the exact Jacobian) keeps linear invariants to rounding. 1e-6 absolute leaves a margin of 5;
 * the wrong roots found before the fix were off by 5e-3 or more.
 */
class NewtonMatchesSimulationTest {

  private static final double TOLERANCE = 1e-6;

  private static final SteadyStateOptions DEFAULT = SteadyStateOptions.DEFAULTS;
  private static final SteadyStateOptions SIMULATION = SteadyStateOptions.DEFAULTS.withStrategy(SteadyStateOptions.Strategy.SIMULATION);

  /**
   * The PEtab test suite's case 0018 (v1.0.0), self-contained: a species A and a parameter B, both
   * moved by rate rules, dA/dt = k2 B - k1 A and dB/dt = c (k1 A - k2 B), c = 1. A + B is conserved,
   * but rate rules are columns of their own in the stoichiometry, so no conservation law is found and
   * the full Jacobian [[-k2, k1], [k2, -k1]] (states B, A) is singular. Whether the LU factorization
   * sees an exact 0 pivot depends on the rounding of k2 / k2: at k2 = 0.5995 it did not, Newton's step
   * was a ratio of rounding errors, and it landed on A = 4, B = 2.0017, a root of another class
   * (A + B = 6.0017, not 2): the PEtab log-likelihood was -50.15 instead of -6.3946. From A = 0, B = 2
   * (the pre-equilibration condition preeq_c0, k1 = 0.3; also k1 = 0.8, the simulation condition's) the
   * flow reaches A = 2 k2 / (k1 + k2), B = 2 k1 / (k1 + k2); its relaxation rate is k1 + k2 >= 0.3.
   */
  @Test
  void rateRulesThatHideTheirConservationLawAsInPetabCase0018() {
    CompiledModel m = ModelCompiler.compile(Model.builder("petab_test_0018").compartment("c", 1.0)
        .species("A", "c", 0.0).parameter("k1", 0.3).parameter("k2", 0.6).variable("B", 2.0)
        .rateRule("A", "k2 * B - k1 * A").rateRule("B", "-c * k2 * B + c * k1 * A").build());
    List<String> off = new ArrayList<>();
    int count = 0;
    for (double k1 : new double[] {0.3, 0.8}) {
      List<Double> k2s = new ArrayList<>(List.of(0.5995));
      for (int i = 1; i <= 2000; i++) {
        k2s.add(0.001 * i);
      }
      for (double k2 : k2s) {
        double[] p = m.newParameters();
        p[m.parameterIndex("k1")] = k1;
        p[m.parameterIndex("k2")] = k2;
        double[] exact = new double[2];
        exact[m.layout().stateIndex("A")] = 2 * k2 / (k1 + k2);
        exact[m.layout().stateIndex("B")] = 2 * k1 / (k1 + k2);
        compare(m, p, exact, String.format(Locale.ROOT, "k1 = %s, k2 = %s", k1, k2), off);
        count++;
      }
    }
    assertThat(off).as("%d of %d parameter values where Newton-then-simulation and simulation differ", off.size(), count)
        .isEmpty();
  }

  /**
   * A three-state chain by rate rules, A <-> B <-> C: dA/dt = -a A + b B, dB/dt = a A - (b + cc) B
   * + d C, dC/dt = cc B - d C, conserving A + B + C = 1.5 without a law the stoichiometry shows. Unlike
   * case 0018's, its Jacobian does not become exactly singular when its rows and columns are scaled:
   * rounding leaves a pivot near 1e-17 for most b, which only the condition estimate tells from a
   * regular one. Before the solver's checks, 291 of these 1000 values of b gave a root with another
   * total. The flow reaches B = 1.5 / (b/a + 1 + cc/d), A = b B / a, C = cc B / d. The nonzero
   * eigenvalues have product a cc + a d + b d >= 0.27 and sum at most 2.2, so the slowest rate is
   * at least 0.12: the bound of the class comment is (1e-12 + 1.5e-8) / 0.12 < 1.3e-7.
   */
  @Test
  void aChainOfRateRulesWhoseHiddenLawRoundingObscures() {
    CompiledModel m = ModelCompiler.compile(Model.builder("chain").compartment("c", 1.0)
        .species("A", "c", 1.0).species("B", "c", 0.0).species("C", "c", 0.5)
        .parameter("a", 0.3).parameter("b", 0.6).parameter("cc", 0.7).parameter("d", 0.2)
        .rateRule("A", "-a * A + b * B").rateRule("B", "a * A - b * B - cc * B + d * C").rateRule("C", "cc * B - d * C")
        .build());
    List<String> off = new ArrayList<>();
    double a = 0.3;
    double cc = 0.7;
    double d = 0.2;
    for (int i = 1; i <= 1000; i++) {
      double b = 0.001 * i;
      double[] p = m.newParameters();
      p[m.parameterIndex("b")] = b;
      double steadyB = 1.5 / (b / a + 1 + cc / d);
      double[] exact = new double[3];
      exact[m.layout().stateIndex("A")] = b * steadyB / a;
      exact[m.layout().stateIndex("B")] = steadyB;
      exact[m.layout().stateIndex("C")] = cc * steadyB / d;
      compare(m, p, exact, String.format(Locale.ROOT, "b = %s", b), off);
    }
    assertThat(off).as("%d of 1000 parameter values where Newton-then-simulation and simulation differ", off.size()).isEmpty();
  }

  /**
   * Schlögl's bistable reaction network, 0 -> X, X -> 0, X -> 2X (rate 6 s X^2), 2X -> X (s X^3):
   * dX/dt = s (6 - 11 X + 6 X^2 - X^3) = -s (X - 1)(X - 2)(X - 3). X = 1 and 3 are stable, X = 2
   * unstable: the flow from X0 < 2 reaches 1, from X0 > 2 reaches 3, and from 2 stays there. Newton's
   * method from X0 = 2.5 jumps to 1 in one step (f(2.5) / f'(2.5) = 1.5), a stable root in the other
   * basin. Relaxation rates: |f'(1)| = |f'(3)| = 2 s; the sweep is at s = 1 and s = 0.05 (rate 0.1:
   * the bound above becomes (1e-12 + 3e-8) / 0.1 = 3e-7, still within the tolerance).
   */
  @Test
  void aBistableNetworkGoesWhereTheFlowFromTheStartGoes() {
    CompiledModel m = ModelCompiler.compile(Model.builder("schloegl").compartment("c", 1.0)
        .species("X", "c", 1.0).parameter("s", 1.0)
        .reaction("inflow", "-> X", "6 * s * c").reaction("outflow", "X ->", "11 * s * X * c")
        .reaction("autocatalysis", "X -> 2 X", "6 * s * X^2 * c").reaction("inhibition", "2 X -> X", "s * X^3 * c")
        .build());
    List<String> off = new ArrayList<>();
    int count = 0;
    for (double s : new double[] {1.0, 0.05}) {
      for (int i = 0; i <= 100; i++) {
        double x0 = 0.05 * i;
        double[] p = m.newParameters();
        p[m.parameterIndex("s")] = s;
        double[] y0 = {x0};
        double exact = x0 < 2 ? 1 : x0 > 2 ? 3 : 2;
        compare(m, p, y0, new double[] {exact}, String.format(Locale.ROOT, "s = %s, X0 = %.2f", s, x0), off);
        count++;
      }
    }
    assertThat(off).as("%d of %d starts where Newton-then-simulation and simulation differ", off.size(), count).isEmpty();
  }

  private static void compare(CompiledModel m, double[] p, double[] exact, String where, List<String> off) {
    compare(m, p, m.initialState(0, p.clone()), exact, where, off);
  }

  private static void compare(CompiledModel m, double[] p, double[] y0, double[] exact, String where, List<String> off) {
    SteadyStateResult byDefault = new SteadyStateSolver(m, DEFAULT).solve(p, y0, 0);
    SteadyStateResult simulated = new SteadyStateSolver(m, SIMULATION).solve(p, y0, 0);
    double[] a = byDefault.state();
    double[] b = simulated.state();
    for (int i = 0; i < a.length; i++) {
      String id = m.layout().stateIds().get(i);
      if (!(Math.abs(a[i] - b[i]) <= TOLERANCE) || !(Math.abs(b[i] - exact[i]) <= TOLERANCE)) {
        off.add(String.format(Locale.ROOT, "%s: %s = %.10g by %s, %.10g by simulation, %.10g exactly", where, id, a[i],
            byDefault.method(), b[i], exact[i]));
        return;
      }
    }
  }
}
