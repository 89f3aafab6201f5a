package org.limbic.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.limbic.experiment.figure.Figure;
import org.limbic.experiment.results.TidyTable;

/**
 * Pictures of a scan: for a two-parameter grid, heatmaps (one per metric, the metric's mean over
 * replicates at each grid point); for other designs (one parameter, three or more, random or Latin
 * hypercube points that do not form a grid), scatters of each metric against each varied parameter.
 * The tables are a results directory's {@link ResultsReport#PARAMETERS} and {@link ResultsReport#METRICS}.
 * A metric's NaN runs are counted in its figures' titles: they are a blank cell or a missing point.
 */
public final class ScanHeatmaps {

  private ScanHeatmaps() {
  }

  /** One heatmap per metric if the subjects form a full grid over two varied parameters; else none. */
  public static List<Figure> of(TidyTable parameters, TidyTable metrics) {
    Map<String, Map<String, Double>> bySubject = bySubject(parameters);
    List<String> varied = variedParameters(bySubject);
    if (varied.size() != 2) {
      return List.of();
    }
    TreeSet<Double> xs = new TreeSet<>();
    TreeSet<Double> ys = new TreeSet<>();
    bySubject.values().forEach(p -> {
      xs.add(p.get(varied.get(0)));
      ys.add(p.get(varied.get(1)));
    });
    if (xs.size() * ys.size() != bySubject.size()) {
      return List.of(); // not a full grid
    }
    double[] x = xs.stream().mapToDouble(Double::doubleValue).toArray();
    double[] y = ys.stream().mapToDouble(Double::doubleValue).toArray();
    Map<String, double[][]> sums = new LinkedHashMap<>();
    Map<String, int[][]> counts = new LinkedHashMap<>();
    for (int i = 0; i < metrics.rows(); i++) {
      Map<String, Double> point = bySubject.get(metrics.text("subject", i));
      if (point == null) {
        continue;
      }
      String metric = metrics.text("metric", i);
      int xi = Arrays.binarySearch(x, point.get(varied.get(0)));
      int yi = Arrays.binarySearch(y, point.get(varied.get(1)));
      sums.computeIfAbsent(metric, k -> new double[x.length][y.length])[xi][yi] += metrics.number("value", i);
      counts.computeIfAbsent(metric, k -> new int[x.length][y.length])[xi][yi]++;
    }
    List<Figure> figures = new ArrayList<>();
    sums.forEach((name, z) -> {
      int[][] n = counts.get(name);
      for (int i = 0; i < x.length; i++) {
        for (int j = 0; j < y.length; j++) {
          z[i][j] = n[i][j] == 0 ? Double.NaN : z[i][j] / n[i][j];
        }
      }
      figures.add(new Figure.Heatmap(name + " over the scan" + nanNote(metrics, name), varied.get(0), varied.get(1), name, x, y, z));
    });
    return figures;
  }

  /**
   * For designs that are not a full two-parameter grid (random or Latin hypercube points, one
   * parameter, three or more): one scatter per metric and varied parameter, the metric's mean over
   * replicates at each point against the parameter's value.
   */
  public static List<Figure> scatters(TidyTable parameters, TidyTable metrics) {
    if (!of(parameters, metrics).isEmpty()) {
      return List.of(); // a grid: the heatmaps show it
    }
    Map<String, Map<String, Double>> bySubject = bySubject(parameters);
    List<String> varied = variedParameters(bySubject);
    if (varied.isEmpty()) {
      return List.of();
    }
    // metric -> subject -> {sum, count} over replicates
    Map<String, Map<String, double[]>> sums = new LinkedHashMap<>();
    for (int i = 0; i < metrics.rows(); i++) {
      String subject = metrics.text("subject", i);
      double v = metrics.number("value", i);
      if (!bySubject.containsKey(subject)) {
        continue;
      }
      // a metric NaN in every run still gets its (empty) figures, whose titles say so
      Map<String, double[]> perSubject = sums.computeIfAbsent(metrics.text("metric", i), k -> new LinkedHashMap<>());
      if (Double.isFinite(v)) {
        double[] acc = perSubject.computeIfAbsent(subject, k -> new double[2]);
        acc[0] += v;
        acc[1]++;
      }
    }
    List<Figure> figures = new ArrayList<>();
    sums.forEach((name, perSubject) -> {
      for (String p : varied) {
        double[] x = new double[perSubject.size()];
        double[] y = new double[perSubject.size()];
        int i = 0;
        for (var e : perSubject.entrySet()) {
          x[i] = bySubject.get(e.getKey()).getOrDefault(p, Double.NaN);
          y[i++] = e.getValue()[0] / e.getValue()[1];
        }
        figures.add(new Figure.Scatter(name + " against " + p + nanNote(metrics, name), p, name,
            List.of(Figure.Series.line(x.length + " points", x, y))));
      }
    });
    return figures;
  }

  /** How many of the metric's rows are NaN, as {@link ResultFigures#nanNote(long, long)} says it. */
  private static String nanNote(TidyTable metrics, String metric) {
    long all = 0;
    long nan = 0;
    for (int i = 0; i < metrics.rows(); i++) {
      if (metrics.text("metric", i).equals(metric)) {
        all++;
        nan += Double.isFinite(metrics.number("value", i)) ? 0 : 1;
      }
    }
    return ResultFigures.nanNote(nan, all);
  }

  private static Map<String, Map<String, Double>> bySubject(TidyTable parameters) {
    Map<String, Map<String, Double>> bySubject = new LinkedHashMap<>();
    for (int i = 0; i < parameters.rows(); i++) {
      bySubject.computeIfAbsent(parameters.text("subject", i), k -> new LinkedHashMap<>())
          .put(parameters.text("parameter", i), parameters.number("value", i));
    }
    return bySubject;
  }

  /** Parameters that take more than one value across subjects, in order of first appearance. */
  private static List<String> variedParameters(Map<String, Map<String, Double>> bySubject) {
    Map<String, TreeSet<Double>> values = new LinkedHashMap<>();
    bySubject.values().forEach(p -> p.forEach((k, v) -> values.computeIfAbsent(k, key -> new TreeSet<>()).add(v)));
    return values.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey).toList();
  }
}
