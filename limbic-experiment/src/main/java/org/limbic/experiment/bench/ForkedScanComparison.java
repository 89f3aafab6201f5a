package org.limbic.experiment.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Thread counts of the {@link ScanBenchmark} compared each in a fresh JVM of its own (as JMH forks):
 * measured one after the other in one JVM, the JIT's profile from the first count skewed the second
 * (both came out equal, while each alone scaled). The counts are measured in alternating rounds
 * (1, 2, 1, 2, …) and the ratio is taken within each round, then the median over rounds: on a
 * shared virtual machine the speed available drifts by tens of percent over a minute, and a ratio
 * of two measurements taken a minute apart measured that drift as much as the code.
 */
public final class ForkedScanComparison {

  private static final Pattern RATES = Pattern.compile("runs_per_s=(\\d+) simulate_and_csv_runs_per_s=(\\d+)");

  private ForkedScanComparison() {
  }

  /** The ratio of the last thread count's rates to the first's, per round. */
  public record Round(int round, double endToEnd, double simulate) {
  }

  /** Every round, and the line summing them up. */
  public record Result(int firstThreads, int lastThreads, List<Round> rounds) {

    public Result {
      rounds = List.copyOf(rounds);
    }

    public double medianEndToEnd() {
      return median(rounds.stream().map(Round::endToEnd).toList());
    }

    public double medianSimulate() {
      return median(rounds.stream().map(Round::simulate).toList());
    }

    public String line() {
      return String.format(Locale.ROOT,
          "bench scan ratio threads=%d/%d end_to_end=%.2f simulate_and_csv=%.2f (median of %d alternating rounds; range %.2f-%.2f)",
          lastThreads, firstThreads, medianEndToEnd(), medianSimulate(), rounds.size(),
          rounds.stream().mapToDouble(Round::endToEnd).min().orElseThrow(),
          rounds.stream().mapToDouble(Round::endToEnd).max().orElseThrow());
    }
  }

  /**
   * Runs {@code pairs} rounds; in each, every thread count in a child process started with
   * {@code childCommand.apply(threads)}, which must print {@link ScanBenchmark.Result#lines()}.
   *
   * @param lines told every line as it comes: each child's output, then each round's ratio
   * @throws IllegalArgumentException for fewer than two thread counts or no rounds
   * @throws IllegalStateException if a child cannot be started, fails or prints no measurement
   */
  public static Result run(List<Integer> threads, int pairs, IntFunction<List<String>> childCommand, Consumer<String> lines) {
    if (threads.size() < 2 || pairs < 1) {
      throw new IllegalArgumentException("need two or more thread counts and one or more rounds, got " + threads + " and " + pairs);
    }
    List<Round> rounds = new ArrayList<>();
    for (int round = 1; round <= pairs; round++) {
      List<double[]> rates = new ArrayList<>();
      for (int t : threads) {
        rates.add(measureInChild(t, childCommand.apply(t), lines));
      }
      Round r = new Round(round, rates.getLast()[0] / rates.getFirst()[0], rates.getLast()[1] / rates.getFirst()[1]);
      rounds.add(r);
      lines.accept(String.format(Locale.ROOT, "bench scan round=%d ratio threads=%d/%d end_to_end=%.2f simulate_and_csv=%.2f",
          round, threads.getLast(), threads.getFirst(), r.endToEnd(), r.simulate()));
    }
    return new Result(threads.getFirst(), threads.getLast(), rounds);
  }

  /** {end-to-end rate, simulate-and-CSV rate} of one child process. */
  private static double[] measureInChild(int threads, List<String> command, Consumer<String> lines) {
    String output;
    int exit;
    try {
      Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      exit = child.waitFor();
    } catch (IOException e) {
      throw new IllegalStateException("cannot run the measurement with " + threads + " threads: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while measuring " + threads + " threads", e);
    }
    if (exit != 0) {
      throw new IllegalStateException("the measurement with " + threads + " threads failed (exit code " + exit + ")");
    }
    output.lines().forEach(lines);
    return rates(output).orElseThrow(() -> new IllegalStateException("no measurement in the output for " + threads + " threads"));
  }

  /** The two rates of a {@link ScanBenchmark.Result#lines()} output, if it has them. */
  static java.util.Optional<double[]> rates(String output) {
    Matcher m = RATES.matcher(output);
    return m.find() ? java.util.Optional.of(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))})
        : java.util.Optional.empty();
  }

  static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
