package org.limbic.workloads;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import org.limbic.stochastic.MassActionNetwork;
import org.limbic.stochastic.StochasticMethod;
import org.limbic.stochastic.StochasticMethods;
import org.limbic.stochastic.StochasticSimulation;
import org.limbic.stochastic.StochasticStatistics;

/**
 * Throughput of the stochastic methods on a generated 100-reaction mass-action network, "ring100":
 * 50 species in a ring, S_i -> S_{i+1} for all i and S_{i+1} -> S_i for i &lt; 40 (90 conversions), plus
 * 5 reversible dimerizations 2 S_{10j} &lt;-> S_{10j+5}; conversion rates drawn in [0.5, 2) with a fixed
 * seed, 1000 molecules of each species. Mass is conserved, so the run never dies out. A benchmark, not a
 * test: nothing asserts on its timings.
 */
public final class SsaBenchmark {

  public static final String NETWORK = "ring100";
  private static final int SPECIES = 50;
  private static final long NETWORK_SEED = 100;

  /** One measurement; {@link #line()} prints it. */
  public record Result(String network, int reactions, String method, long events, long leaps, double seconds) {

    public double eventsPerSecond() {
      return events / seconds;
    }

    public String line() {
      String line = String.format(Locale.ROOT, "ssa network=%s reactions=%d method=%s events=%d events_per_s=%.4g",
          network, reactions, method, events, eventsPerSecond());
      return leaps > 0 ? line + String.format(Locale.ROOT, " leaps=%d leaps_per_s=%.4g", leaps, leaps / seconds) : line;
    }
  }

  private SsaBenchmark() {
  }

  public static MassActionNetwork ring100() {
    SplittableRandom rates = new SplittableRandom(NETWORK_SEED);
    MassActionNetwork.Builder builder = MassActionNetwork.builder();
    for (int i = 0; i < SPECIES; i++) {
      builder.species("S" + i);
    }
    for (int i = 0; i < SPECIES; i++) {
      builder.reaction("S" + i + " -> S" + (i + 1) % SPECIES, rates.nextDouble(0.5, 2));
    }
    for (int i = 0; i < 40; i++) {
      builder.reaction("S" + (i + 1) + " -> S" + i, rates.nextDouble(0.5, 2));
    }
    for (int j = 0; j < 5; j++) {
      builder.reaction("2 S" + 10 * j + " -> S" + (10 * j + 5), 0.001);
      builder.reaction("S" + (10 * j + 5) + " -> 2 S" + 10 * j, 0.5);
    }
    return builder.build();
  }

  /** Runs {@code warmupEvents} unmeasured, then measures {@code events} reaction events (at least). */
  public static Result byEvents(String method, long warmupEvents, long events, long seed) {
    MassActionNetwork network = ring100();
    StochasticMethod simulator = start(network, method, seed);
    runEvents(simulator, warmupEvents);
    StochasticStatistics before = simulator.statistics();
    long start = System.nanoTime();
    runEvents(simulator, events);
    double seconds = (System.nanoTime() - start) * 1e-9;
    return result(network, method, before, simulator.statistics(), seconds);
  }

  /** Runs {@code warmupSeconds} unmeasured, then measures for about {@code seconds}. */
  public static Result bySeconds(String method, double warmupSeconds, double seconds, long seed) {
    MassActionNetwork network = ring100();
    StochasticMethod simulator = start(network, method, seed);
    runFor(simulator, warmupSeconds);
    StochasticStatistics before = simulator.statistics();
    double measured = runFor(simulator, seconds);
    return result(network, method, before, simulator.statistics(), measured);
  }

  private static StochasticMethod start(MassActionNetwork network, String method, long seed) {
    StochasticMethod simulator = StochasticMethods.create(method);
    double[] x0 = new double[network.speciesCount()];
    Arrays.fill(x0, 1000);
    simulator.reset(network, 0, x0, StochasticSimulation.random(seed));
    return simulator;
  }

  private static void runEvents(StochasticMethod simulator, long events) {
    long target = simulator.statistics().firings() + events;
    // statistics() allocates a small record; read it every 1024 steps so the loop stays in the kernel
    while (simulator.statistics().firings() < target) {
      for (int i = 0; i < 1024; i++) {
        simulator.step(Double.POSITIVE_INFINITY);
      }
    }
  }

  private static double runFor(StochasticMethod simulator, double seconds) {
    long start = System.nanoTime();
    long deadline = start + (long) (seconds * 1e9);
    long now;
    do {
      for (int i = 0; i < 1024; i++) {
        simulator.step(Double.POSITIVE_INFINITY);
      }
      now = System.nanoTime();
    } while (now < deadline);
    return (now - start) * 1e-9;
  }

  private static Result result(MassActionNetwork network, String method, StochasticStatistics before,
                               StochasticStatistics after, double seconds) {
    return new Result(NETWORK, network.reactionCount(), method, after.firings() - before.firings(),
        after.leaps() - before.leaps(), seconds);
  }
}
