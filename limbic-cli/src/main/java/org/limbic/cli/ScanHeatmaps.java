package org.limbic.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.limbic.experiment.figure.Figure;

/**
 * Heatmaps of a two-parameter grid scan: one per metric, the metric's mean over replicates at each
 * grid point. Other designs (one parameter, three or more, random or Latin hypercube points that
 * do not form a grid) give no heatmap.
 */
final class ScanHeatmaps {

  private ScanHeatmaps() {
  }

  static List<Figure> of(TidyCsv parameters, TidyCsv metrics) {
    int subjectColumn = parameters.column("subject");
    int nameColumn = parameters.column("parameter");
    Map<String, Map<String, Double>> bySubject = new LinkedHashMap<>();
    for (int i = 0; i < parameters.rows().size(); i++) {
      String[] r = parameters.rows().get(i);
      bySubject.computeIfAbsent(r[subjectColumn], k -> new LinkedHashMap<>()).put(r[nameColumn], parameters.number(i, 2));
    }
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
    int subject = metrics.column("subject");
    int metric = metrics.column("metric");
    int value = metrics.column("value");
    for (int i = 0; i < metrics.rows().size(); i++) {
      String[] r = metrics.rows().get(i);
      Map<String, Double> point = bySubject.get(r[subject]);
      if (point == null) {
        continue;
      }
      int xi = java.util.Arrays.binarySearch(x, point.get(varied.get(0)));
      int yi = java.util.Arrays.binarySearch(y, point.get(varied.get(1)));
      sums.computeIfAbsent(r[metric], k -> new double[x.length][y.length])[xi][yi] += metrics.number(i, value);
      counts.computeIfAbsent(r[metric], k -> new int[x.length][y.length])[xi][yi]++;
    }
    List<Figure> figures = new ArrayList<>();
    sums.forEach((name, z) -> {
      int[][] n = counts.get(name);
      for (int i = 0; i < x.length; i++) {
        for (int j = 0; j < y.length; j++) {
          z[i][j] = n[i][j] == 0 ? Double.NaN : z[i][j] / n[i][j];
        }
      }
      figures.add(new Figure.Heatmap(name + " over the scan", varied.get(0), varied.get(1), name, x, y, z));
    });
    return figures;
  }

  /** Parameters that take more than one value across subjects, in order of first appearance. */
  private static List<String> variedParameters(Map<String, Map<String, Double>> bySubject) {
    Map<String, TreeSet<Double>> values = new LinkedHashMap<>();
    bySubject.values().forEach(p -> p.forEach((k, v) -> values.computeIfAbsent(k, key -> new TreeSet<>()).add(v)));
    return values.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey).toList();
  }
}
