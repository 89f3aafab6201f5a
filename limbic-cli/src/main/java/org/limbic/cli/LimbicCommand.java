package org.limbic.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code limbic} command: entry point and sub-command registry. */
@Command(name = "limbic", mixinStandardHelpOptions = true, version = "limbic 0.1.0",
    description = "Simulate Limbic's models of bonding and mood, and check them against the literature.",
    subcommands = {DemoCommand.class, RunCommand.class, ScanCommand.class, CheckCommand.class, ModelsCommand.class,
        RunsCommand.class, PlotCommand.class, TrialCommand.class, SbmlTestSuiteCommand.class, PetabCommand.class,
        PetabTestSuiteCommand.class, FitCommand.class, ProfileCommand.class, SensitivityCommand.class, SteadyStateCommand.class,
        ExportCommand.class, ServeCommand.class,
        BenchCommand.class,
        picocli.AutoComplete.GenerateCompletion.class, CommandLine.HelpCommand.class})
public final class LimbicCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    // a single long exact stochastic run says where it is, every 2^26 steps (a few seconds)
    org.limbic.stochastic.StepBudget.onLongRuns((method, time, tEnd, steps) -> System.err.printf(java.util.Locale.ROOT,
        "limbic: a %s run is at t = %.6g of %.6g after %,d steps%n", method, time, tEnd, steps));
    System.exit(commandLine().execute(args));
  }

  /**
   * The command line with Limbic's exit codes ({@link ExitCodes}): 0 success, 1 a run or check
   * failed, 2 bad input (usage, model or experiment-file errors), each reported as one message
   * without a stack trace, prefixed with the command that failed ({@code limbic run: ...}).
   */
  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new LimbicCommand());
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      String message = e.getMessage() != null ? e.getMessage() : e.toString();
      commandLine.getErr().println(commandLine.getCommandSpec().qualifiedName() + ": " + message);
      return ExitCodes.of(e);
    });
    cl.setParameterExceptionHandler((e, args) -> {
      CommandLine c = e.getCommandLine();
      c.getErr().println("limbic: " + e.getMessage());
      c.getErr().println("(limbic " + c.getCommandSpec().qualifiedName(" ").replaceFirst("^limbic ?", "") + " --help shows the usage)");
      return ExitCodes.BAD_INPUT;
    });
    return cl;
  }
}
