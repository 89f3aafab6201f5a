package org.limbic.web;

import java.nio.file.Path;
import org.limbic.experiment.launch.ExperimentSource;
import org.limbic.experiment.run.ExperimentRunner;
import org.limbic.experiment.run.ProgressListener;
import org.limbic.experiment.run.RunOptions;

/**
 * An experiment file, run by the command line's runner ({@link ExperimentRunner}, one thread, the
 * text recorded beside the results): its files are those {@code limbic run FILE --run-id ID}
 * writes. A scan's metrics table is read back from them ({@link ScanTable}), so the page and the
 * download agree.
 */
record ExperimentJob(ExperimentSource source) implements ExplorerJob {

  @Override
  public String kind() {
    return "experiment";
  }

  @Override
  public String name() {
    return source.spec().name();
  }

  @Override
  public String text() {
    return source.text();
  }

  @Override
  public Result run(String runId, Path directory, ProgressListener progress) {
    RunOptions options = RunOptions.defaults().withThreads(1).withRunId(runId).withSpecText(source.text()).withProgress(progress);
    new ExperimentRunner(options).run(source.spec(), source.model(), directory);
    return Result.NONE;
  }
}
