package org.limbic.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.limbic.model.Model;
import org.limbic.model.ModelBuilder;
import org.limbic.model.ModelException;

class ModelCompilerTest {

  /** Exact arithmetic on small integers and halves: compiled code must reproduce it to the last bit. */
  private static final double EXACT = 0.0;

  @Test
  void speciesAreAmountsInStateAndConcentrationsInExpressions() {
    Model m = Model.builder("conc").compartment("V", 2.0)
        .species("A", "V", 3.0) // concentration 3 in size 2: amount 6
        .species("B", "V", 0.0)
        .parameter("k", 0.5)
        .reaction("r", "A -> B", "k * A * V") // 0.5 * 3 * 2 = 3 amount per time
        .build();
    CompiledModel c = ModelCompiler.compile(m);
    double[] p = c.newParameters();
    double[] y = c.initialState(0, p);
    assertThat(y).containsExactly(6.0, 0.0);
    double[] dydt = new double[2];
    c.odeSystem(p).rhs(0, y, dydt);
    assertThat(dydt).containsExactly(-3.0, 3.0);
  }

  @Test
  void layoutSaysWhereEachSymbolIsReadTyped() {
    Model m = Model.builder("where").compartment("V", 2.0)
        .species("A", "V", 3.0).amountSpecies("N", "V", 1.0)
        .parameter("k", 0.5).variable("twiceK", 0).assignmentRule("twiceK", "2 * k")
        .reaction("r", "A -> N", "k * A")
        .build();
    ModelLayout layout = ModelCompiler.compile(m).layout();
    Slot a = new Slot(KernelArray.STATE, layout.stateIndex("A"));
    assertThat(layout.reads().get("A"))
        .isEqualTo(new SymbolRead.Concentration(a, new Slot(KernelArray.PARAMETER, layout.parameterIndex("V"))));
    assertThat(layout.reads().get("N")).isEqualTo(new SymbolRead.Stored(new Slot(KernelArray.STATE, layout.stateIndex("N"))));
    assertThat(layout.reads().get("k")).isEqualTo(new SymbolRead.Stored(new Slot(KernelArray.PARAMETER, layout.parameterIndex("k"))));
    assertThat(layout.reads().get("twiceK").slot().array()).isEqualTo(KernelArray.WORK);
    assertThat(layout.reads().get("r").slot()).isEqualTo(new Slot(KernelArray.WORK, layout.workIds().indexOf("r")));
    // amount 6 in size 2 reads as the concentration 3, as expressions see it
    double[] y = new double[layout.stateCount()];
    y[a.index()] = 6.0;
    double[] p = new double[layout.parameterCount()];
    p[layout.parameterIndex("V")] = 2.0;
    assertThat(layout.reads().get("A").value(y, p, new double[layout.workCount()])).isEqualTo(3.0);
  }

  @Test
  void aSlotOfAnOutputArrayIsRefused() {
    assertThatThrownBy(() -> new Slot(KernelArray.DERIVATIVE, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ModelLayout.Target("x", KernelArray.WORK, 0, -1, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'x'");
  }

  @Test
  void assignmentRulesAreComputedInDependencyOrderEvenWhenDeclaredOutOfOrder() {
    Model m = Model.builder("rules").compartment("c", 1.0).amountSpecies("X", "c", 4.0)
        .variable("doubled", 0).variable("quadrupled", 0)
        .assignmentRule("quadrupled", "2 * doubled")
        .assignmentRule("doubled", "2 * X")
        .reaction("out", "X ->", "quadrupled / 8")
        .build();
    CompiledModel c = ModelCompiler.compile(m);
    double[] p = c.newParameters();
    double[] y = c.initialState(0, p);
    double[] dydt = new double[1];
    var ode = c.odeSystem(p);
    ode.rhs(0, y, dydt);
    assertThat(dydt[0]).isCloseTo(-2.0, within(EXACT));
    int w = c.layout().workIds().indexOf("quadrupled");
    assertThat(ode.work()[w]).isEqualTo(16.0);
  }

  @Test
  void initialAssignmentsMayReadRulesAndEachOther() {
    Model m = Model.builder("init").compartment("c", 1.0).amountSpecies("X", "c", 0.0)
        .parameter("base", 3.0).variable("scaled", 0).variable("sum", 0)
        .initialAssignment("X", "scaled + 1")
        .initialAssignment("scaled", "2 * base")
        .assignmentRule("sum", "X + scaled")
        .build();
    CompiledModel c = ModelCompiler.compile(m);
    double[] p = c.newParameters();
    double[] y = c.initialState(0, p);
    assertThat(y[c.layout().stateIndex("X")]).isEqualTo(7.0);
    assertThat(p[c.parameterIndex("scaled")]).isEqualTo(6.0);
  }

  @Test
  void functionDefinitionsAndPiecewiseCompile() {
    Model m = Model.builder("fn").compartment("c", 1.0).amountSpecies("X", "c", 2.0)
        .function("hill", List.of("x", "k", "n"), "x^n / (k^n + x^n)")
        .parameter("K", 2.0)
        .reaction("r", "-> X", "piecewise(hill(X, K, 2), X < 5 && X >= 1, 0)")
        .build();
    CompiledModel c = ModelCompiler.compile(m);
    double[] p = c.newParameters();
    double[] dydt = new double[1];
    c.odeSystem(p).rhs(0, new double[] {2.0}, dydt);
    assertThat(dydt[0]).isEqualTo(0.5); // 4 / (4 + 4)
    c.odeSystem(p).rhs(0, new double[] {6.0}, dydt);
    assertThat(dydt[0]).isEqualTo(0.0);
  }

  @Test
  void analyticJacobianMatchesFiniteDifferences() {
    Model m = Model.builder("jac").compartment("c", 1.5)
        .species("A", "c", 1.0).species("B", "c", 2.0).species("C", "c", 0.5)
        .parameter("k1", 0.7).parameter("k2", 1.3).parameter("Km", 0.4)
        .variable("total", 0).assignmentRule("total", "A + B + C")
        .reaction("r1", "A + B -> C", "k1 * A * B * c")
        .reaction("r2", "C -> A", "k2 * C / (Km + C) * c")
        .reaction("r3", "B ->", "sin(B) * exp(-total / 10) + B^1.5")
        .build();
    CompiledModel c = ModelCompiler.compile(m);
    double[] p = c.newParameters();
    var ode = c.odeSystem(p);
    double[] y = {1.1, 2.3, 0.7};
    int n = 3;
    double[] jac = new double[n * n];
    ode.jacobian(0, y, jac);
    double[] fPlus = new double[n];
    double[] fMinus = new double[n];
    for (int j = 0; j < n; j++) {
      double h = 1e-6 * (1 + Math.abs(y[j]));
      double[] yp = y.clone();
      double[] ym = y.clone();
      yp[j] += h;
      ym[j] -= h;
      ode.rhs(0, yp, fPlus);
      ode.rhs(0, ym, fMinus);
      for (int i = 0; i < n; i++) {
        double fd = (fPlus[i] - fMinus[i]) / (2 * h);
        // central differences: truncation O(h^2 f''') ~ 1e-12 plus rounding ~ eps |f| / h ~ 1e-10
        assertThat(jac[i * n + j]).as("J[%d][%d]", i, j).isCloseTo(fd, within(1e-7));
      }
    }
  }

  @Test
  void largeGeneratedNetworkSplitsIntoChunksAndComputesTheSameRates() {
    int species = 500;
    int reactions = 1000;
    CompiledModel c = ModelCompiler.compile(RandomMassActionNetwork.massAction("big", species, reactions, 7));
    double[] p = c.newParameters();
    Random random = new Random(3);
    double[] y = new double[species];
    for (int i = 0; i < species; i++) {
      y[i] = random.nextDouble();
    }
    double[] dydt = new double[species];
    c.odeSystem(p).rhs(0, y, dydt);
    double[] expected = RandomMassActionNetwork.massActionRhs(species, reactions, 7, y);
    for (int i = 0; i < species; i++) {
      // same operations in a possibly different association order: a few ulps of the largest term
      assertThat(dydt[i]).as("dy[%d]", i).isCloseTo(expected[i], within(1e-12));
    }
  }

  @Test
  void unknownParameterNameIsExplained() {
    CompiledModel c = ModelCompiler.compile(Model.builder("m").compartment("c", 1).parameter("k_on", 1).build());
    assertThatThrownBy(() -> c.parameterIndex("kon"))
        .isInstanceOf(ModelException.class).hasMessageContaining("did you mean 'k_on'?");
  }

  @Test
  void modelsCompileIndependentlyAndConcurrently() {
    ModelBuilder b = Model.builder("same").compartment("c", 1).amountSpecies("X", "c", 1).parameter("k", 2)
        .reaction("r", "X ->", "k * X");
    List<Double> rates = java.util.stream.IntStream.range(0, 8).parallel().mapToObj(i -> {
      CompiledModel c = ModelCompiler.compile(b.build());
      double[] d = new double[1];
      c.odeSystem(c.newParameters()).rhs(0, new double[] {3.0}, d);
      return d[0];
    }).toList();
    assertThat(rates).containsOnly(-6.0);
  }

  @Test
  void longChainsOfAssignmentRulesCompileWithoutBlowingUp() {
    // a_i = a_{i-1} * a_{i-1} * 0.5 + a_{i-1}: inlining doubles the tree per rule (2^40 nodes);
    // the forward-mode Jacobian keeps one tangent per rule instead.
    int rules = 40;
    ModelBuilder b = Model.builder("chain").compartment("c", 1).amountSpecies("X", "c", 0.1).variable("a0", 0)
        .assignmentRule("a0", "X");
    for (int i = 1; i <= rules; i++) {
      b.variable("a" + i, 0).assignmentRule("a" + i, "a" + (i - 1) + " * a" + (i - 1) + " * 0.001 + a" + (i - 1));
    }
    b.reaction("out", "X ->", "a" + rules);
    CompiledModel c = ModelCompiler.compile(b.build());
    var ode = c.odeSystem(c.newParameters());
    double x = 0.1;
    double[] jac = new double[1];
    ode.jacobian(0, new double[] {x}, jac);
    // d out / dX by the chain rule, computed directly: prod (1 + 0.002 a_{i-1})
    double a = x;
    double derivative = 1;
    for (int i = 1; i <= rules; i++) {
      derivative *= 1 + 0.002 * a;
      a = a * a * 0.001 + a;
    }
    // the same products in the same order up to association: a few ulps of 1.0
    assertThat(jac[0]).isCloseTo(-derivative, within(1e-14));
  }
}
