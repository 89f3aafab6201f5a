package org.limbic.cli;

import org.limbic.experiment.launch.CatalogLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code limbic run FILE}: carries out an experiment file and records it in the run catalog. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {"Run an experiment file (a single run, replicates, a scan or a cohort).",
        "Writes timecourses, metrics, parameters and failures as CSV and Parquet, and records the run in"
            + " the run catalog (" + CatalogLocation.DEFAULT_IN_WORDS + "; results without --out go to runs/ beside it),"
            + " which limbic runs reads.",
        "Exit codes: 0 ok, 1 a run failed, 2 bad input."})
public final class RunCommand implements Runnable {

  @Mixin
  ExperimentArguments arguments;

  @Override
  public void run() {
    arguments.launch(false);
  }
}
