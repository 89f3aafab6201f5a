package org.limbic.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code limbic scan FILE}: like {@code run}, for an experiment file that has a scan or a cohort. */
@Command(name = "scan", mixinStandardHelpOptions = true,
    description = {"Run the parameter scan or virtual cohort of an experiment file, in parallel.",
        "Exit codes: 0 ok, 1 a run failed, 2 bad input (including a file with neither scan nor cohort)."})
public final class ScanCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE", description = "the experiment file (YAML) with a scan or cohort")
  Path file;

  @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: runs/<run id>)")
  Path out;

  @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores)")
  Integer threads;

  @Override
  public Integer call() {
    return ExperimentLauncher.launch("scan", file, out, threads, true, System.out, System.err);
  }
}
