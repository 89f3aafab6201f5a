package org.limbic.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.limbic.math.Expr;
import org.limbic.model.Model;
import org.limbic.model.Reaction;
import org.limbic.model.SpeciesReference;
import org.limbic.simulation.SimulationOptions;
import org.limbic.simulation.SimulationResult;
import org.limbic.simulation.Simulator;

/** Core features that SBML import relies on: symbolic stoichiometry, rule-only models, factorial in rates. */
class SbmlSupportTest {

  @Test
  void stoichiometrySymbolScalesTheReactionByTheParameterCurrentValue() {
    // A -> n B with rate 1 and n = 3 until an event at t = 1 makes it 5: dB/dt = n, so B(2) = 3 + 5 = 8 exactly.
    Model m = Model.builder("stoich").compartment("c", 1.0).amountSpecies("A", "c", 100).amountSpecies("B", "c", 0)
        .variable("n", 3.0)
        .reaction(new Reaction("r", List.of(new SpeciesReference("A", 1.0)),
            List.of(new SpeciesReference("B", 1.0, Optional.of("n"))), List.of(), Expr.parse("1"), false, Map.of()))
        .event("switch", "time >= 1", "n", "5")
        .build();
    SimulationResult r = new Simulator(ModelCompiler.compile(m)).run(0, 2, 3);
    assertThat(r.last("B")).isCloseTo(8.0, within(1e-9)); // integration of a piecewise-constant rate: rounding only
    assertThat(r.last("A")).isCloseTo(98.0, within(1e-9));
  }

  @Test
  void stoichiometrySymbolCarriesAConstantFactor() {
    Model m = Model.builder("factor").compartment("c", 1.0).amountSpecies("B", "c", 0).parameter("n", 2.0)
        .reaction(new Reaction("r", List.of(), List.of(new SpeciesReference("B", 0.5, Optional.of("n"))), List.of(),
            Expr.parse("1"), false, Map.of()))
        .build();
    CompiledModel c = ModelCompiler.compile(m);
    double[] p = c.newParameters();
    double[] dydt = new double[1];
    c.odeSystem(p).rhs(0, c.initialState(0, p), dydt);
    assertThat(dydt[0]).isEqualTo(1.0); // 0.5 * 2 * rate 1, exact
  }

  @Test
  void modelWithoutStatesSimulatesItsRulesAndEvents() {
    Model m = Model.builder("rules").variable("x", 0).parameter("k", 2).assignmentRule("x", "k * time").build();
    SimulationResult r = new Simulator(ModelCompiler.compile(m)).run(0, 3, 4);
    assertThat(r.series("x")).containsExactly(0.0, 2.0, 4.0, 6.0);
  }

  @Test
  void factorialOfAStateGetsADifferenceJacobianAndSolvesStiffly() {
    // dX/dt = -X factorial(ceil(X)) = -X while 0 < X <= 1: X(1) = 0.5 e^-1. Rodas needs dX'/dX, which has no symbolic form.
    Model m = Model.builder("fact").compartment("c", 1.0).amountSpecies("X", "c", 0.5)
        .reaction("decay", "X ->", "X * factorial(ceil(X))")
        .build();
    SimulationOptions rodas = SimulationOptions.DEFAULTS.withMethod("rodas5p").withTolerances(1e-10, 1e-12);
    SimulationResult r = new Simulator(ModelCompiler.compile(m), rodas).run(0, 1, 2);
    assertThat(r.last("X")).isCloseTo(0.5 * Math.exp(-1), within(1e-8)); // tolerance 1e-10 relative, global error grows ~100x
  }
}
