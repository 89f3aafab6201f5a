package org.limbic.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.limbic.compile.CompiledModel;
import org.limbic.compile.ModelCompiler;
import org.limbic.model.Model;
import org.limbic.model.ModelException;

/**
 * The contract every registered engine keeps, with every method it runs (in the way of Hipparchus's
 * {@code *AbstractTest}s, but driven by the registry: an engine registered later is tested without
 * anyone remembering to add it). The system is first-order decay A → ∅ from 100 molecules, whose
 * mean is 100·e^(−kt) exactly (the counts are binomial with p = e^(−kt)).
 */
class EngineContractTest {

  private static final double K = Math.log(2); // half-life 1
  private static final double A0 = 100;
  private static final double[] TIMES = {0, 0.5, 1, 2};
  private static final CompiledModel DECAY = ModelCompiler.compile(Model.builder("decay").compartment("c", 1.0)
      .amountSpecies("A", "c", A0).parameter("k", K).reaction("decay", "A ->", "k * A").build());

  static Stream<Arguments> everyEngineAndMethod() {
    return Engines.all().stream().flatMap(type -> type.methods().stream().map(method -> Arguments.of(type, method)));
  }

  private static Engine engine(EngineType type, String method) {
    return type.create(DECAY, List.of("A"), SimulationOptions.DEFAULTS.withMethod(method).withTolerances(1e-8, 1e-10));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyEngineAndMethod")
  void recordsItsVariablesAtTheRequestedTimesFromTheInitialState(EngineType type, String method) {
    assertThat(type.description()).isNotBlank();
    Engine engine = engine(type, method);
    assertThat(engine.type()).isEqualTo(type);
    assertThat(engine.variables()).containsExactly("A");
    SimulationResult r = engine.run(DECAY.newParameters(), TIMES, 1);
    assertThat(r.times()).containsExactly(TIMES);
    assertThat(r.values()).hasDimensions(TIMES.length, 1);
    assertThat(r.values()[0][0]).isEqualTo(A0);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyEngineAndMethod")
  void theSameSeedGivesTheSameResultAndOnlyAStochasticEngineDependsOnIt(EngineType type, String method) {
    Engine engine = engine(type, method);
    double[] p = DECAY.newParameters();
    double[] before = p.clone();
    double[][] first = engine.run(p, TIMES, 42).values();
    assertThat(engine.run(p, TIMES, 42).values()).isDeepEqualTo(first);
    assertThat(p).containsExactly(before);
    boolean seedMatters = !Arrays.deepEquals(first, engine.run(p, TIMES, 43).values());
    assertThat(seedMatters).as("results depend on the seed").isEqualTo(type.kind() != EngineKind.DETERMINISTIC);
  }

  /**
   * Deterministic: the ODE solution within 1e-5 relative (tolerances 1e-8 relative, 1e-10 absolute;
   * the global error of a decaying linear system stays of their order). Stochastic: the mean of 400
   * runs within 5 standard errors of the exact mean, the standard error being √(100 p (1 − p) / 400)
   * (0.25 at t = 1, p = 1/2); with fixed seeds the test is deterministic.
   */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyEngineAndMethod")
  void theMeanIsTheExactMeanOfDecay(EngineType type, String method) {
    Engine engine = engine(type, method);
    int runs = type.kind() == EngineKind.DETERMINISTIC ? 1 : 400;
    double[] mean = new double[TIMES.length];
    for (int seed = 0; seed < runs; seed++) {
      double[][] v = engine.run(DECAY.newParameters(), TIMES, seed).values();
      for (int i = 0; i < TIMES.length; i++) {
        mean[i] += v[i][0] / runs;
      }
    }
    for (int i = 1; i < TIMES.length; i++) {
      double p = Math.exp(-K * TIMES[i]);
      double allowance = runs == 1 ? 1e-5 * A0 * p : 5 * Math.sqrt(A0 * p * (1 - p) / runs);
      assertThat(mean[i]).as("mean at t = %s", TIMES[i]).isCloseTo(A0 * p, within(allowance));
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyEngineAndMethod")
  void refusesBadRunsWithAReason(EngineType type, String method) {
    Engine engine = engine(type, method);
    double[] p = DECAY.newParameters();
    assertThatThrownBy(() -> engine.run(p, new double[] {0, 2, 1}, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not decrease");
    assertThatThrownBy(() -> engine.run(p, new double[] {0, Double.NaN}, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not finite");
    assertThatThrownBy(() -> engine.run(p, new double[0], 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no output times");
    assertThatThrownBy(() -> engine.run(new double[p.length + 1], TIMES, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("parameter vector has " + (p.length + 1) + " entries");
    assertThatThrownBy(() -> type.create(DECAY, List.of("B"), SimulationOptions.DEFAULTS.withMethod(method)))
        .isInstanceOf(ModelException.class).hasMessageContaining("B");
    assertThatThrownBy(() -> type.create(DECAY, List.of("A"), SimulationOptions.DEFAULTS.withMethod("no-such-method")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no method 'no-such-method'");
  }
}
