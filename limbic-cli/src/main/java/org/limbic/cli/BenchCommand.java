package org.limbic.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code limbic bench}: speed measurements, each printing machine-readable lines. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure solver, stochastic simulation and compiler speed.",
    subcommands = {BenchStiffCommand.class, BenchSsaCommand.class, BenchCompileCommand.class, BenchScanCommand.class,
        BenchLlhCommand.class, BenchGradientCommand.class})
final class BenchCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
