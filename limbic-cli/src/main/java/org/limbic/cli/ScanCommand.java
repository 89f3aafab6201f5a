package org.limbic.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code limbic scan FILE}: like {@code run}, for an experiment file that has a scan or a cohort. */
@Command(name = "scan", mixinStandardHelpOptions = true,
    description = {"Run the parameter scan or virtual cohort of an experiment file, in parallel.",
        "Exit codes: 0 ok, 1 a run failed, 2 bad input (including a file with neither scan nor cohort)."})
public final class ScanCommand implements Runnable {

  @Mixin
  ExperimentArguments arguments;

  @Override
  public void run() {
    arguments.launch(true);
  }
}
