package org.limbic.cli;

import org.limbic.workloads.CompileBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code limbic bench compile}: {@link CompileBenchmark} on each network size, one line each. */
@Command(name = "compile", mixinStandardHelpOptions = true,
    description = "Compile time of generated mass-action networks (median of --reps after warm-up).")
final class BenchCompileCommand implements Runnable {

  @Option(names = "--reactions", split = ",", defaultValue = "100,1000", description = "Network sizes (default: ${DEFAULT-VALUE}).")
  int[] sizes;

  @Option(names = "--reps", defaultValue = "11", description = "Timed compilations per size (default: ${DEFAULT-VALUE}).")
  int reps;

  @Override
  public void run() {
    for (int size : sizes) {
      System.out.println(CompileBenchmark.run(size, reps).line());
    }
  }
}
