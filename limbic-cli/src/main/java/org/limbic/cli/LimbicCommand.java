package org.limbic.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code limbic} command: entry point and sub-command registry. */
@Command(name = "limbic", mixinStandardHelpOptions = true, version = "limbic 0.1.0",
    description = "Simulate Limbic's models of bonding and mood, and check them against the literature.",
    subcommands = {DemoCommand.class, BenchCommand.class, SbmlTestSuiteCommand.class, CommandLine.HelpCommand.class})
public final class LimbicCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new LimbicCommand()).execute(args));
  }
}
