package org.limbic.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The arguments {@code limbic run} and {@code limbic scan} share (a picocli mixin). */
final class ExperimentArguments {

  @Parameters(index = "0", paramLabel = "FILE", description = "the experiment file (YAML)")
  Path file;

  @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: runs/<run id>); must not exist or be empty")
  Path out;

  @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores)")
  Integer threads;

  int launch(String command, boolean requireScanOrCohort) {
    return ExperimentLauncher.launch(command, file, out, threads, requireScanOrCohort, System.out, System.err);
  }
}
