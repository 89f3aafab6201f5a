package org.limbic.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.limbic.experiment.figure.Figure;
import org.limbic.experiment.results.TidyTable;
import org.limbic.experiment.run.ExperimentRunner;

/**
 * The HTML report of a results directory (what {@code limbic run} or {@code scan} wrote): the
 * experiment file, the time courses, the metrics and, for a scan or cohort, heatmaps or scatters of
 * the metrics over the varied parameters. The tables are read by column name ({@link TidyTable}).
 */
public final class ResultsReport {

  public static final String TIMECOURSES = "timecourses.csv";
  public static final String METRICS = "metrics.csv";
  public static final String PARAMETERS = "parameters.csv";

  private ResultsReport() {
  }

  /**
   * The report of {@code results}, titled by the directory's name.
   *
   * @throws IllegalArgumentException if the directory has neither time courses nor metrics, or a
   *     table is malformed ({@code file:line: what})
   * @throws UncheckedIOException if a file cannot be read
   */
  public static HtmlReport of(Path results) {
    Path timecourses = results.resolve(TIMECOURSES);
    Path metrics = results.resolve(METRICS);
    if (!Files.isRegularFile(timecourses) && !Files.isRegularFile(metrics)) {
      throw new IllegalArgumentException(results + " has neither " + TIMECOURSES + " nor " + METRICS
          + " (nor a trial's analysis.csv or n-of-1.csv); give the directory a run, scan or trial wrote its results to");
    }
    HtmlReport.Builder report = HtmlReport.builder("Results: " + results.toAbsolutePath().normalize().getFileName());
    Path spec = results.resolve(ExperimentRunner.SPEC_FILE);
    if (Files.isRegularFile(spec)) {
      try {
        report.spec(Files.readString(spec));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + spec + ": " + e.getMessage(), e);
      }
    }
    Map<String, String> units = units(results);
    if (Files.isRegularFile(timecourses)) {
      Map<String, String> subjects = Files.isRegularFile(results.resolve(PARAMETERS))
          ? ResultFigures.subjectNames(parameters(results)) : Map.of();
      report.section("Time courses", "Per run: the median and 5–95 % band across subjects and replicates; a scan of at most "
              + ResultFigures.MAX_SUBJECT_CURVES + " points, a curve a point, named by the parameters it varies.",
          ResultFigures.timeCourses(timecourses(results), subjects, units));
    }
    if (Files.isRegularFile(metrics)) {
      TidyTable metricRows = metrics(results);
      if (ResultFigures.oneValueARun(metricRows)) {
        report.section("Metrics", "One value a metric and run.", metricTable(metricRows, units), List.of());
      } else {
        report.section("Metrics", "Per metric: the distribution across subjects and replicates, a group per run.",
            ResultFigures.metricHistograms(metricRows, units));
      }
      if (Files.isRegularFile(results.resolve(PARAMETERS))) {
        TidyTable parameterRows = parameters(results);
        List<Figure> maps = ScanHeatmaps.of(parameterRows, metricRows);
        if (!maps.isEmpty()) {
          report.section("Scan", "Per metric: its mean over replicates at each point of the two-parameter grid.", maps);
        }
        List<Figure> scatters = ScanHeatmaps.scatters(parameterRows, metricRows);
        if (!scatters.isEmpty()) {
          report.section("Scan", "Per metric and varied parameter: the metric's mean over replicates at each scan point"
              + " or subject against the parameter's value.", scatters);
        }
      }
    }
    return report.build();
  }

  /** The time courses, then the metric histograms, of a results directory that has both tables. */
  public static List<Figure> figures(Path results) {
    Map<String, String> subjects = Files.isRegularFile(results.resolve(PARAMETERS))
        ? ResultFigures.subjectNames(parameters(results)) : Map.of();
    Map<String, String> units = units(results);
    List<Figure> figures = new ArrayList<>(ResultFigures.timeCourses(timecourses(results), subjects, units));
    figures.addAll(ResultFigures.metricHistograms(metrics(results), units));
    return figures;
  }

  /** The quantities' units from units.csv (written since units were recorded), else none. */
  static Map<String, String> units(Path results) {
    Path file = results.resolve(org.limbic.experiment.results.ResultUnits.FILE);
    if (!Files.isRegularFile(file)) {
      return Map.of();
    }
    TidyTable t = TidyTable.read(file, List.of("quantity", "unit"), List.of());
    Map<String, String> units = new java.util.LinkedHashMap<>();
    for (int i = 0; i < t.rows(); i++) {
      units.put(t.text("quantity", i), t.text("unit", i));
    }
    return units;
  }

  /** metric, run, value (6 significant digits, as the value is read, not plotted), unit. */
  private static HtmlReport.Table metricTable(TidyTable metrics, Map<String, String> units) {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < metrics.rows(); i++) {
      String metric = metrics.text("metric", i);
      double v = metrics.number("value", i);
      rows.add(List.of(metric, metrics.text("run", i), Double.isNaN(v) ? "NaN" : String.format(java.util.Locale.ROOT, "%.6g", v),
          units.getOrDefault(metric, "")));
    }
    return new HtmlReport.Table(List.of("metric", "run", "value", "unit"), rows);
  }

  static TidyTable timecourses(Path results) {
    return TidyTable.read(results.resolve(TIMECOURSES), List.of("run", "subject", "replicate", "variable"), List.of("time", "value"));
  }

  static TidyTable metrics(Path results) {
    return TidyTable.read(results.resolve(METRICS), List.of("run", "subject", "replicate", "metric"), List.of("value"));
  }

  static TidyTable parameters(Path results) {
    return TidyTable.read(results.resolve(PARAMETERS), List.of("subject", "parameter"), List.of("value"));
  }
}
