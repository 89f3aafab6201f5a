package org.limbic.cli;

import java.util.List;
import org.limbic.experiment.bench.ForkedScanComparison;
import org.limbic.experiment.bench.ScanBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code limbic bench scan}: {@link ScanBenchmark} on one thread count in this JVM, or several
 * compared in fresh JVMs, each a child {@code limbic bench scan --threads N} ({@link ForkedScanComparison}).
 */
@Command(name = "scan", mixinStandardHelpOptions = true,
    description = "Measure runs per second of an experiment scan on 1 and 2 threads, and its heap use.")
public final class BenchScanCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--runs", defaultValue = "10000", description = "scan points (default: ${DEFAULT-VALUE})")
  int runs;

  @Option(names = "--threads", defaultValue = "1,2", split = ",", description = "thread counts (default: ${DEFAULT-VALUE})")
  List<Integer> threads;

  @Option(names = "--pairs", defaultValue = "3", description = "alternating rounds of the thread counts, each in fresh"
      + " JVMs; the ratio is the median of the rounds' ratios (default: ${DEFAULT-VALUE})")
  int pairs;

  @Override
  public void run() {
    if (runs < 10 || pairs < 1 || threads.stream().anyMatch(t -> t < 1)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "need --runs >= 10, --pairs >= 1 and thread counts >= 1");
    }
    if (threads.size() > 1) {
      System.out.println(ForkedScanComparison.run(threads, pairs, this::child, System.out::println).line());
      return;
    }
    ScanBenchmark.Result result = ScanBenchmark.inThisJvm(runs, threads.getFirst(), name -> {
      ProgressReporter bar = new ProgressReporter("bench scan " + name, System.err);
      return new ScanBenchmark.Progress() {
        @Override
        public void progress(long done, long total) {
          bar.progress(done, total);
        }

        @Override
        public void close() {
          bar.close();
        }
      };
    });
    result.lines().forEach(System.out::println);
  }

  /** This command for one thread count, in a JVM of its own. */
  private List<String> child(int t) {
    String java = ProcessHandle.current().info().command().orElse("java");
    return List.of(java, "-XX:+UseParallelGC", "-Xss8m", "--enable-native-access=ALL-UNNAMED", "-cp",
        System.getProperty("java.class.path"), LimbicCommand.class.getName(), "bench", "scan", "--runs", Integer.toString(runs),
        "--threads", Integer.toString(t));
  }
}
