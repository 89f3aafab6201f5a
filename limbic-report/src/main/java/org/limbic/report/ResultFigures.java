package org.limbic.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.limbic.experiment.figure.Figure;
import org.limbic.experiment.results.TidyTable;

/**
 * Figures of a results directory's tidy tables: one time course a variable (per run, the median and
 * 5–95 % band across subjects and replicates, or the line when there is one) and one histogram a
 * metric (a group per run), each in order of first appearance.
 */
public final class ResultFigures {

  private ResultFigures() {
  }

  /** One figure a variable of {@link ResultsReport#TIMECOURSES}; one series a run. */
  public static List<Figure> timeCourses(TidyTable table) {
    // variable -> run -> subject/replicate -> time -> value
    Map<String, Map<String, Map<String, TreeMap<Double, Double>>>> data = new LinkedHashMap<>();
    for (int i = 0; i < table.rows(); i++) {
      data.computeIfAbsent(table.text("variable", i), k -> new LinkedHashMap<>())
          .computeIfAbsent(table.text("run", i), k -> new LinkedHashMap<>())
          .computeIfAbsent(table.text("subject", i) + "/" + table.text("replicate", i), k -> new TreeMap<>())
          .put(table.number("time", i), table.number("value", i));
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

  /** One histogram a metric of {@link ResultsReport#METRICS}; one group a run. */
  public static List<Figure> metricHistograms(TidyTable table) {
    Map<String, Map<String, List<Double>>> data = new LinkedHashMap<>();
    for (int i = 0; i < table.rows(); i++) {
      data.computeIfAbsent(table.text("metric", i), k -> new LinkedHashMap<>())
          .computeIfAbsent(table.text("run", i), k -> new ArrayList<>()).add(table.number("value", i));
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
