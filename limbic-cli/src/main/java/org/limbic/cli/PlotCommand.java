package org.limbic.cli;

import java.nio.file.Path;
import org.limbic.report.ResultsReport;
import org.limbic.report.TrialReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code limbic plot RESULTS_DIR}: draws a results directory's {@code timecourses.csv} and
 * {@code metrics.csv} (and, for a scan, its parameters) as an HTML report ({@link ResultsReport}),
 * or what {@code limbic trial} wrote: forest plot, CONSORT diagram and trajectories ({@link TrialReport}).
 */
@Command(name = "plot", mixinStandardHelpOptions = true,
    description = "Draw a results directory's time courses and metrics, or a trial's analysis, CONSORT flow and trajectories,"
        + " as an HTML report.")
final class PlotCommand implements Runnable {

  @Parameters(index = "0", paramLabel = "RESULTS_DIR", description = "Directory with timecourses.csv and/or metrics.csv, or the"
      + " output directory of limbic trial.")
  Path results;

  @Option(names = "--out", paramLabel = "DIR", description = "Report directory (default: RESULTS_DIR/report).")
  Path out;

  @Override
  public void run() {
    var report = TrialReport.isTrialDirectory(results) ? TrialReport.of(results) : ResultsReport.of(results);
    Path index = report.writeTo(out != null ? out : results.resolve("report"));
    System.out.println("wrote " + index);
  }
}
