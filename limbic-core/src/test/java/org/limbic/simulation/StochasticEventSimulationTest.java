package org.limbic.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.limbic.compile.CompiledModel;
import org.limbic.compile.ModelCompiler;
import org.limbic.compile.ModelReactionNetwork;
import org.limbic.model.Model;
import org.limbic.model.ModelBuilder;
import org.limbic.model.ModelException;
import org.limbic.stochastic.EnsembleMoments;

/** Jump processes with events, against exact moments (DSMTS case 00028's model) and for determinism. */
class StochasticEventSimulationTest {

  private static final double ALPHA = 1;
  private static final double MU = 0.1;
  private static final double RESET_TIME = 25;
  private static final double RESET_COUNT = 50;
  private static final int REPLICATES = 10_000;
  private static final double[] TIMES = {10, 24.5, 25, 26, 30, 40, 50};

  /** Immigration (rate alpha) and death (mu X) from X = 0, with the event {@code time >= 25: X = 50}. */
  private static ModelBuilder immigrationDeathWithReset() {
    return Model.builder("immigrationDeath").compartment("Cell", 1).amountSpecies("X", "Cell", 0)
        .parameter("Alpha", ALPHA).parameter("Mu", MU)
        .reaction("Immigration", "-> X", "Alpha").reaction("Death", "X ->", "Mu * X")
        .event("reset", "time >= " + RESET_TIME, "X", Double.toString(RESET_COUNT));
  }

  /**
   * The exact law of immigration-death from x0 after time s: Binomial(x0, p) + Poisson(lambda)
   * independent, p = e^{-mu s}, lambda = (alpha / mu)(1 - p) (Gardiner, Handbook of Stochastic
   * Methods, sec. 7.1; Jahnke &amp; Huisinga 2007, J Math Biol 54:1, theorem 1). Before the reset
   * x0 = 0 and s = t; after it x0 = 50 and s = t - 25. Returns {mean, variance, fourth central moment}.
   */
  private static double[] exactMoments(double t) {
    double x0 = t >= RESET_TIME ? RESET_COUNT : 0;
    double s = t >= RESET_TIME ? t - RESET_TIME : t;
    double p = Math.exp(-MU * s);
    double lambda = ALPHA / MU * (1 - p);
    double q = p * (1 - p);
    double variance = x0 * q + lambda;
    double fourthCumulant = x0 * q * (1 - 6 * q) + lambda;
    return new double[] {x0 * p + lambda, variance, fourthCumulant + 3 * variance * variance};
  }

  @ParameterizedTest
  @ValueSource(strings = {"direct", "nrm"})
  void resetEventGivesTheExactMeanAndVarianceOfTheRestartedProcess(String method) {
    CompiledModel c = ModelCompiler.compile(immigrationDeathWithReset().build());
    EnsembleMoments m = StochasticEventSimulation.ensemble(c, c.newParameters(), 0, TIMES, List.of("X"), 2008, REPLICATES,
        method, 2);
    for (int k = 0; k < TIMES.length; k++) {
      double[] exact = exactMoments(TIMES[k]);
      double n = REPLICATES;
      // Standard errors of the sample mean, sqrt(var / n), and of the sample variance,
      // sqrt((mu4 - var^2 (n - 3) / (n - 1)) / n); 4 SE leaves a false failure per point below 1e-4.
      double meanSe = Math.sqrt(exact[1] / n);
      double varianceSe = Math.sqrt((exact[2] - exact[1] * exact[1] * (n - 3) / (n - 1)) / n);
      assertThat(m.mean(k, 0)).as("mean at t = %s", TIMES[k]).isCloseTo(exact[0], within(4 * meanSe));
      assertThat(m.variance(k, 0)).as("variance at t = %s", TIMES[k]).isCloseTo(exact[1], within(4 * varianceSe));
    }
    // At t = 25 the event has just executed: every replicate holds exactly 50.
    assertThat(m.mean(2, 0)).isEqualTo(RESET_COUNT);
    assertThat(m.variance(2, 0)).isEqualTo(0.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"direct", "nrm", "tau-leap"})
  void sameSeedGivesIdenticalMomentsOnOneAndTwoThreads(String method) {
    // A species-triggered reset (DSMTS 00033's shape) and a time-triggered one, with a parameter assigned
    ModelBuilder b = Model.builder("dimerization").compartment("Cell", 1).amountSpecies("P", "Cell", 100)
        .amountSpecies("P2", "Cell", 0).parameter("k1", 0.001).variable("k2", 0.01).variable("resets", 0)
        .reaction("Dimerisation", "2 P -> P2", "k1 * P * (P - 1) / 2").reaction("Disassociation", "P2 -> 2 P", "k2 * P2")
        .event("full", "P2 > 30", "P", "100", "P2", "0", "resets", "resets + 1")
        .event("late", "time >= 37.5", "k2", "0.05");
    CompiledModel c = ModelCompiler.compile(b.build());
    double[] times = {10, 20, 30, 40, 50};
    List<String> outputs = List.of("P", "P2", "resets", "k2");
    EnsembleMoments one = StochasticEventSimulation.ensemble(c, c.newParameters(), 0, times, outputs, 7, 300, method, 1);
    EnsembleMoments two = StochasticEventSimulation.ensemble(c, c.newParameters(), 0, times, outputs, 7, 300, method, 2);
    assertThat(two).isEqualTo(one);
    assertThat(one.mean(4, 1)).isLessThanOrEqualTo(30); // the reset keeps P2 at or below 30
    assertThat(one.mean(4, 2)).isGreaterThan(0); // and it happened
    assertThat(one.mean(2, 3)).isEqualTo(0.01); // k2 before its event, in every replicate
    assertThat(one.mean(3, 3)).isEqualTo(0.05); // and after
    assertThat(one.variance(3, 3)).isEqualTo(0.0);
  }

  @Test
  void recordsParametersAndAssignmentRuleValuesLikeSpecies() {
    ModelBuilder b = immigrationDeathWithReset().variable("y", 0).assignmentRule("y", "2 * X")
        .variable("resets", 0).event("count", "time >= 40", "resets", "resets + 1");
    CompiledModel c = ModelCompiler.compile(b.build());
    EnsembleMoments m = StochasticEventSimulation.ensemble(c, c.newParameters(), 0, TIMES, List.of("X", "y", "resets"),
        11, 500, "nrm", 2);
    for (int k = 0; k < TIMES.length; k++) {
      // y = 2 X in every replicate: doubling is exact in binary, so the moments scale exactly
      assertThat(m.mean(k, 1)).isEqualTo(2 * m.mean(k, 0));
      assertThat(m.variance(k, 1)).isCloseTo(4 * m.variance(k, 0), within(1e-9 * (1 + m.variance(k, 0))));
      assertThat(m.mean(k, 2)).isEqualTo(TIMES[k] >= 40 ? 1.0 : 0.0);
    }
  }

  @Test
  void plainReactionNetworkRefusesEventsAndNamesTheDriver() {
    CompiledModel c = ModelCompiler.compile(immigrationDeathWithReset().build());
    assertThatThrownBy(() -> new ModelReactionNetwork(c, c.newParameters()))
        .isInstanceOf(ModelException.class).hasMessageContaining("StochasticEventSimulation");
  }
}
