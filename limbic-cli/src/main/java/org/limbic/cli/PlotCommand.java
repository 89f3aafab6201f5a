package org.limbic.cli;

import java.nio.file.Path;
import org.limbic.report.ResultsReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code limbic plot RESULTS_DIR}: draws a results directory's {@code timecourses.csv} and
 * {@code metrics.csv} (and, for a scan, its parameters) as an HTML report ({@link ResultsReport}).
 */
@Command(name = "plot", mixinStandardHelpOptions = true,
    description = "Draw a results directory's time courses and metrics as an HTML report.")
final class PlotCommand implements Runnable {

  @Parameters(index = "0", paramLabel = "RESULTS_DIR", description = "Directory with timecourses.csv and/or metrics.csv.")
  Path results;

  @Option(names = "--out", paramLabel = "DIR", description = "Report directory (default: RESULTS_DIR/report).")
  Path out;

  @Override
  public void run() {
    Path index = ResultsReport.of(results).writeTo(out != null ? out : results.resolve("report"));
    System.out.println("wrote " + index);
  }
}
