package org.limbic.steady;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.limbic.compile.CompiledModel;
import org.limbic.compile.ModelCompiler;
import org.limbic.model.Model;
import org.limbic.simulation.SimulationOptions;
import org.limbic.solve.DenseLu;
import org.junit.jupiter.api.Test;

/**
 * Steady states against closed forms. The solver's test is |f_i| <= 1e-12 + 1e-8 |y_i| (AMICI's);
 * near a regular root the error in y is about |J^-1| |f|, here at most ~1e-8 relative, so the
 * closed forms are checked to 1e-7 relative unless said otherwise (Newton usually ends far closer).
 */
class NewtonSteadyStateTest {

  private static final double RELATIVE = 1e-7;

  private static CompiledModel compile(Model m) {
    return ModelCompiler.compile(m);
  }

  /** A <-> B, k1 A - k2 B, total T = A0 + B0: B* = T k1 / (k1 + k2). */
  private static Model reversible() {
    return Model.builder("reversible").compartment("c", 1.0)
        .species("A", "c", 3.0).species("B", "c", 1.0)
        .parameter("k1", 2.0).parameter("k2", 0.5)
        .reaction("conversion", "A <-> B", "(k1 * A - k2 * B) * c")
        .build();
  }

  @Test
  void reversibleConversionSplitsTheTotalByTheRateConstants() {
    CompiledModel m = compile(reversible());
    SteadyStateResult r = new SteadyStateSolver(m).solve(m.newParameters());
    double total = 4.0;
    assertThat(r.method()).isEqualTo(SteadyStateResult.Method.NEWTON);
    assertThat(r.value("B")).isCloseTo(total * 2.0 / 2.5, within(RELATIVE * total));
    assertThat(r.value("A")).isCloseTo(total * 0.5 / 2.5, within(RELATIVE * total));
    assertThat(r.residual()).isLessThanOrEqualTo(1.0);
    assertThat(r.conservationLaws().count()).isEqualTo(1);
    assertThat(r.conservationLaws().describe(0)).isEqualTo("A + B");
  }

  /** The full Jacobian [[-k1, k2], [k1, -k2]] is singular (rows sum to 0): plain Newton cannot take a step. */
  @Test
  void plainNewtonFailsOnTheMoietyButTheReducedSystemSolves() {
    CompiledModel m = compile(reversible());
    double[] p = m.newParameters();
    double[] y = m.initialState(0, p);
    double[] jac = new double[4];
    m.odeSystem(p).jacobian(0, y, jac);
    assertThat(new DenseLu(2).factor(jac)).as("LU of the full Jacobian").isFalse();
    SteadyStateResult r = new SteadyStateSolver(m, SteadyStateOptions.DEFAULTS.withStrategy(SteadyStateOptions.Strategy.NEWTON))
        .solve(p);
    assertThat(r.method()).isEqualTo(SteadyStateResult.Method.NEWTON);
    assertThat(r.iterations()).isBetween(1, 5); // linear: one full step, then the test
  }

  /**
   * E + S <-> ES <-> E + P (mass action), two moieties: E + ES = E0 and S + ES + P = S0. At the
   * steady state both reactions balance: ES = a E S with a = kf/kr and P = a b S with b = kcat/kb,
   * so E = E0/(1 + a S) and S solves a(1+ab) S^2 + ((1+ab) + a E0 - a S0) S - S0 = 0 (its positive root).
   */
  @Test
  void michaelisMentenEnzymeHoldsBothTotals() {
    double kf = 10, kr = 1, kcat = 2, kb = 0.5, e0 = 0.5, s0 = 3;
    Model model = Model.builder("mm").compartment("c", 1.0)
        .species("E", "c", e0).species("S", "c", s0).species("ES", "c", 0).species("P", "c", 0)
        .parameter("kf", kf).parameter("kr", kr).parameter("kcat", kcat).parameter("kb", kb)
        .reaction("binding", "E + S <-> ES", "kf * E * S - kr * ES")
        .reaction("catalysis", "ES <-> E + P", "kcat * ES - kb * E * P")
        .build();
    CompiledModel m = compile(model);
    SteadyStateResult r = new SteadyStateSolver(m).solve(m.newParameters());
    double a = kf / kr;
    double b = kcat / kb;
    double qa = a * (1 + a * b);
    double qb = (1 + a * b) + a * e0 - a * s0;
    double s = (-qb + Math.sqrt(qb * qb + 4 * qa * s0)) / (2 * qa);
    double e = e0 / (1 + a * s);
    assertThat(r.method()).isEqualTo(SteadyStateResult.Method.NEWTON);
    assertThat(r.conservationLaws().count()).isEqualTo(2);
    assertThat(r.value("S")).isCloseTo(s, within(RELATIVE * s0));
    assertThat(r.value("E")).isCloseTo(e, within(RELATIVE * e0));
    assertThat(r.value("ES")).isCloseTo(a * e * s, within(RELATIVE * s0));
    assertThat(r.value("P")).isCloseTo(a * b * s, within(RELATIVE * s0));
    // the totals of the start, to rounding (Newton holds linear constraints exactly after a full step)
    assertThat(r.value("E") + r.value("ES")).isCloseTo(e0, within(1e-12));
    assertThat(r.value("S") + r.value("ES") + r.value("P")).isCloseTo(s0, within(1e-12));
  }

  /** 0 -> X at k0, X -> 0 at k X: X* = k0 / k; no conservation law. */
  @Test
  void productionAndDegradationBalanceWithoutAConservationLaw() {
    Model model = Model.builder("turnover").compartment("c", 1.0).species("X", "c", 0.0)
        .parameter("k0", 3.0).parameter("k", 0.2)
        .reaction("production", "-> X", "k0 * c").reaction("degradation", "X ->", "k * X * c")
        .build();
    CompiledModel m = compile(model);
    SteadyStateResult r = new SteadyStateSolver(m).solve(m.newParameters());
    assertThat(r.conservationLaws().count()).isZero();
    assertThat(r.method()).isEqualTo(SteadyStateResult.Method.NEWTON);
    assertThat(r.value("X")).isCloseTo(15.0, within(RELATIVE * 15));
  }

  /**
   * Constant production, no degradation: dX/dt = k0 = 1 everywhere. Newton's Jacobian is 0; the
   * simulation's X grows as t, and the relative test alone would pass from t = 1e8 on
   * (|f| / (1e-12 + 1e-8 X) = 1 there): the solver must see that X is still moving, and say so with
   * the residual reached at t = 1e10, 1 / (1e-12 + 1e-8 * 1e10) = 0.01 (to 1e-6: X is t to rounding).
   */
  @Test
  void aModelWithoutASteadyStateFailsWithTheResidualReached() {
    Model model = Model.builder("filling").compartment("c", 1.0).species("X", "c", 0.0)
        .parameter("k0", 1.0).reaction("production", "-> X", "k0 * c").build();
    CompiledModel m = compile(model);
    assertThatThrownBy(() -> new SteadyStateSolver(m).solve(m.newParameters()))
        .isInstanceOf(SteadyStateException.class)
        .hasMessageContaining("no steady state reached")
        .hasMessageContaining("Newton's method stopped at iteration 0: the reduced Jacobian is singular")
        .hasMessageContaining("dX/dt is still 1")
        .hasMessageContaining("X is still moving")
        .hasMessageContaining("in variable 'X'")
        .satisfies(e -> assertThat(((SteadyStateException) e).residual()).isCloseTo(0.01, within(1e-6)));
  }

  /**
   * Species in compartments of different sizes: A in a cell (0.1, concentration), B in the medium
   * (2, concentration), C an amount in the medium; transport at kt (A - B) and B <-> C. The amounts
   * are conserved: V1 A + V2 B + C = 0.1 * 5 + 2 * 1 + 0.5 = 3. At the steady state the
   * concentrations of A and B are equal, c, and C = K c with K = kc/kd: c = 3 / (V1 + V2 + K).
   * A law over concentrations (A + B + C) would be wrong here; the result holds the amounts.
   */
  @Test
  void compartmentsOfDifferentSizesConserveAmountsNotConcentrations() {
    double v1 = 0.1, v2 = 2, kc = 1.5, kd = 0.5;
    Model model = Model.builder("two_compartments").compartment("cell", v1).compartment("medium", v2)
        .species("A", "cell", 5.0).species("B", "medium", 1.0).amountSpecies("C", "medium", 0.5)
        .parameter("kt", 0.7).parameter("kc", kc).parameter("kd", kd)
        .reaction("transport", "A <-> B", "kt * (A - B)")
        .reaction("binding", "B <-> C", "kc * B - kd * C")
        .build();
    CompiledModel m = compile(model);
    SteadyStateResult r = new SteadyStateSolver(m).solve(m.newParameters());
    double total = v1 * 5 + v2 * 1 + 0.5;
    double c = total / (v1 + v2 + kc / kd);
    assertThat(r.method()).isEqualTo(SteadyStateResult.Method.NEWTON);
    assertThat(r.conservationLaws().describe(0)).isEqualTo("A + B + C"); // amounts: the state coordinates
    // the state holds amounts: A's amount is V1 c
    assertThat(r.value("A")).isCloseTo(v1 * c, within(RELATIVE * total));
    assertThat(r.value("B")).isCloseTo(v2 * c, within(RELATIVE * total));
    assertThat(r.value("C")).isCloseTo(kc / kd * c, within(RELATIVE * total));
  }

  /**
   * A phosphorylation cycle with explicit enzyme complexes (three moieties: kinase, phosphatase,
   * substrate), nonlinear and without a closed form: Newton's solution and a tightly integrated
   * simulation (rtol 1e-10) must agree. The simulation stops where |f| <= 1e-12 + 1e-8 |y|, which
   * leaves the state within ~1e-8 relative of the root (the slowest rate here is ~0.1, so
   * |dy| <= |f| / 0.1); its totals drift by the integrator's tolerance over the run. 1e-6 relative
   * covers both with a margin. From the model's start (no complexes, no Sp) Newton's iteration goes
   * to a root with negative P, and from the state simulated to t = 10 it converges to the right one
   * but by a path outside the root's linear regime, which the solver does not trust (it would be a
   * guess that the flow goes there too): the default reaches the steady state by simulation. Newton's
   * method itself is checked from a start a twentieth of the way from the root towards the model's
   * start (in the same class: the totals are linear), where f is nearly linear.
   */
  @Test
  void newtonAndSimulationAgreeOnAPhosphorylationCycle() {
    Model model = Model.builder("cycle").compartment("c", 1.0)
        .species("K", "c", 0.3).species("P", "c", 0.2).species("S", "c", 5).species("Sp", "c", 0)
        .species("KS", "c", 0).species("PSp", "c", 0)
        .parameter("a1", 5).parameter("d1", 1).parameter("k1", 2)
        .parameter("a2", 3).parameter("d2", 0.5).parameter("k2", 1)
        .reaction("kinase_binding", "K + S <-> KS", "a1 * K * S - d1 * KS")
        .reaction("phosphorylation", "KS -> K + Sp", "k1 * KS")
        .reaction("phosphatase_binding", "P + Sp <-> PSp", "a2 * P * Sp - d2 * PSp")
        .reaction("dephosphorylation", "PSp -> P + S", "k2 * PSp")
        .build();
    CompiledModel m = compile(model);
    double[] p = m.newParameters();
    double[] y0 = m.initialState(0, p.clone());
    SteadyStateResult byDefault = new SteadyStateSolver(m).solve(p);
    SteadyStateResult simulation = new SteadyStateSolver(m, SteadyStateOptions.DEFAULTS
        .withStrategy(SteadyStateOptions.Strategy.SIMULATION)
        .withSimulation(SimulationOptions.DEFAULTS.withTolerances(1e-10, 1e-14))).solve(p);
    assertThat(simulation.method()).isEqualTo(SteadyStateResult.Method.SIMULATION);
    double[] b = simulation.state();
    double[] near = new double[b.length];
    for (int i = 0; i < b.length; i++) {
      near[i] = b[i] + 0.05 * (y0[i] - b[i]);
    }
    SteadyStateResult newton = new SteadyStateSolver(m, SteadyStateOptions.DEFAULTS.withStrategy(SteadyStateOptions.Strategy.NEWTON))
        .solve(p, near, 0);
    assertThat(newton.method()).as(newton.note()).isEqualTo(SteadyStateResult.Method.NEWTON);
    assertThat(newton.conservationLaws().count()).isEqualTo(3);
    assertThat(byDefault.note()).contains("negative amount of P");
    for (SteadyStateResult r : new SteadyStateResult[] {byDefault, newton}) {
      double[] a = r.state();
      for (int i = 0; i < a.length; i++) {
        assertThat(a[i]).as("%s by %s", m.layout().stateIds().get(i), r.method()).isCloseTo(b[i], within(1e-6 * 5));
      }
    }
    assertThat(b[m.layout().stateIndex("Sp")]).isGreaterThan(0.5); // nontrivial: both forms present
  }

  /**
   * A reaction whose rate constant is 0 for these parameters (a drug absent, as in PEtab's Isensee
   * pre-equilibration): C -> D at kc = 0. C and D are then each constant, a law the structure alone
   * (C + D) does not show, and without it the reduced Jacobian is singular. The solver finds the
   * reaction off at the start and at spread states, holds C and D, and checks at every Newton
   * iterate that it stays off. Exact for C and D: Newton's step leaves them unchanged.
   */
  @Test
  void aReactionSwitchedOffByItsParametersKeepsItsSpeciesConstant() {
    Model model = Model.builder("off").compartment("c", 1.0)
        .species("A", "c", 3.0).species("B", "c", 1.0).species("C", "c", 2.0).species("D", "c", 0.5)
        .parameter("k1", 2.0).parameter("k2", 0.5).parameter("kc", 0.0)
        .reaction("conversion", "A <-> B", "(k1 * A - k2 * B) * c")
        .reaction("drug", "C -> D", "kc * C * A")
        .build();
    CompiledModel m = compile(model);
    SteadyStateResult r = new SteadyStateSolver(m).solve(m.newParameters());
    assertThat(r.method()).as(r.note()).isEqualTo(SteadyStateResult.Method.NEWTON);
    assertThat(r.conservationLaws().count()).isEqualTo(3); // A + B, C, D
    assertThat(r.value("B")).isCloseTo(3.2, within(RELATIVE * 4));
    assertThat(r.value("C")).isEqualTo(2.0);
    assertThat(r.value("D")).isEqualTo(0.5);
  }
}
