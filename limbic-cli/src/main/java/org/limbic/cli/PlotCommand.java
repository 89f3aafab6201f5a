package org.limbic.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.limbic.experiment.figure.Figure;
import org.limbic.report.Figures;
import org.limbic.report.HtmlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code limbic plot RESULTS_DIR}: draws a results directory's {@code timecourses.csv} (one figure a
 * variable: per run, the median and 5–95 % band across subjects and replicates, or the line when
 * there is one) and {@code metrics.csv} (one histogram a metric, a group per run) as an HTML report.
 */
@Command(name = "plot", mixinStandardHelpOptions = true,
    description = "Draw a results directory's time courses and metrics as an HTML report.")
final class PlotCommand implements Callable<Integer> {

  static final String TIMECOURSES = "timecourses.csv";
  static final String METRICS = "metrics.csv";
  static final String PARAMETERS = "parameters.csv";

  @Parameters(index = "0", paramLabel = "RESULTS_DIR", description = "Directory with timecourses.csv and/or metrics.csv.")
  Path results;

  @Option(names = "--out", paramLabel = "DIR", description = "Report directory (default: RESULTS_DIR/report).")
  Path out;

  @Override
  public Integer call() {
    Path timecourses = results.resolve(TIMECOURSES);
    Path metrics = results.resolve(METRICS);
    if (!Files.isRegularFile(timecourses) && !Files.isRegularFile(metrics)) {
      System.err.println("limbic plot: " + results + " has neither " + TIMECOURSES + " nor " + METRICS
          + "; give the directory a run or scan wrote its results to");
      return 2;
    }
    HtmlReport.Builder report = HtmlReport.builder("Results: " + results.toAbsolutePath().normalize().getFileName());
    try {
      Path spec = results.resolve(org.limbic.experiment.run.ExperimentRunner.SPEC_FILE);
      if (Files.isRegularFile(spec)) {
        report.spec(Files.readString(spec));
      }
      if (Files.isRegularFile(timecourses)) {
        report.section("Time courses", "Per run: the median and 5–95 % band across subjects and replicates.",
            timeCourses(TidyCsv.read(timecourses, List.of("run", "subject", "replicate", "time", "variable", "value"))));
      }
      if (Files.isRegularFile(metrics)) {
        TidyCsv metricRows = TidyCsv.read(metrics, List.of("run", "subject", "replicate", "metric", "value"));
        report.section("Metrics", "Per metric: the distribution across subjects and replicates, a group per run.",
            metricHistograms(metricRows));
        Path parameters = results.resolve(PARAMETERS);
        if (Files.isRegularFile(parameters)) {
          TidyCsv parameterRows = TidyCsv.read(parameters, List.of("subject", "parameter", "value"));
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
    } catch (IllegalArgumentException | java.io.IOException e) {
      System.err.println("limbic plot: " + e.getMessage());
      return 2;
    }
    Path dir = out != null ? out : results.resolve("report");
    Path index = report.build().writeTo(dir);
    System.out.println("wrote " + index);
    return 0;
  }

  /** One figure a variable, in order of first appearance; one series a run. */
  static List<Figure> timeCourses(TidyCsv csv) {
    int run = csv.column("run");
    int subject = csv.column("subject");
    int replicate = csv.column("replicate");
    int time = csv.column("time");
    int variable = csv.column("variable");
    int value = csv.column("value");
    // variable -> run -> subject/replicate -> time -> value
    Map<String, Map<String, Map<String, TreeMap<Double, Double>>>> data = new LinkedHashMap<>();
    for (int i = 0; i < csv.rows().size(); i++) {
      String[] r = csv.rows().get(i);
      TidyCsv.group(TidyCsv.group(TidyCsv.group(data, r[variable], LinkedHashMap::new), r[run], LinkedHashMap::new),
          r[subject] + "/" + r[replicate], TreeMap::new).put(csv.number(i, time), csv.number(i, value));
    }
    List<Figure> figures = new ArrayList<>();
    data.forEach((name, runs) -> {
      TreeSet<Double> allTimes = new TreeSet<>();
      runs.values().forEach(subjects -> subjects.values().forEach(course -> allTimes.addAll(course.keySet())));
      double[] times = allTimes.stream().mapToDouble(Double::doubleValue).toArray();
      Map<String, double[][]> byRun = new LinkedHashMap<>();
      runs.forEach((runId, subjects) -> {
        double[][] values = new double[subjects.size()][];
        int s = 0;
        for (TreeMap<Double, Double> course : subjects.values()) {
          double[] row = new double[times.length];
          for (int t = 0; t < times.length; t++) {
            row[t] = course.getOrDefault(times[t], Double.NaN);
          }
          values[s++] = row;
        }
        byRun.put(runs.size() == 1 && values.length == 1 ? name : "run " + runId, values);
      });
      figures.add(Figures.timeCourseBands(name, "time", name, byRun, times));
    });
    return figures;
  }

  /** One histogram a metric, in order of first appearance; one group a run. */
  static List<Figure> metricHistograms(TidyCsv csv) {
    int run = csv.column("run");
    int metric = csv.column("metric");
    int value = csv.column("value");
    Map<String, Map<String, List<Double>>> data = new LinkedHashMap<>();
    for (int i = 0; i < csv.rows().size(); i++) {
      String[] r = csv.rows().get(i);
      TidyCsv.group(TidyCsv.group(data, r[metric], LinkedHashMap::new), r[run], ArrayList::new).add(csv.number(i, value));
    }
    List<Figure> figures = new ArrayList<>();
    data.forEach((name, runs) -> {
      Map<String, double[]> groups = new LinkedHashMap<>();
      runs.forEach((runId, values) -> groups.put("run " + runId, values.stream().mapToDouble(Double::doubleValue).toArray()));
      figures.add(Figures.histogram(name, name, groups));
    });
    return figures;
  }
}
