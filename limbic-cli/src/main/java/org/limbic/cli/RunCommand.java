package org.limbic.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code limbic run FILE}: carries out an experiment file and records it in the run catalog. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {"Run an experiment file (a single run, replicates, a scan or a cohort).",
        "Writes timecourses, metrics, parameters and failures as CSV and Parquet, and records the run in"
            + " the run catalog ($LIMBIC_CATALOG, else runs/limbic-runs.duckdb), which limbic runs reads.",
        "Exit codes: 0 ok, 1 a run failed, 2 bad input."})
public final class RunCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE", description = "the experiment file (YAML)")
  Path file;

  @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: runs/<run id>); must not exist or be empty")
  Path out;

  @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores)")
  Integer threads;

  @Override
  public Integer call() {
    return ExperimentLauncher.launch("run", file, out, threads, false, System.out, System.err);
  }
}
