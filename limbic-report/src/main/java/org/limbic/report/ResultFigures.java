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

  /**
   * How many of the values drawn are NaN, for a title (" (2 of 40 runs NaN)"), or "" when none is: a
   * NaN run has no place on the value axis, and the legend's "n = 38 of 40" may be cut on a category axis.
   */
  static String nanNote(java.util.Collection<double[]> groups) {
    long all = 0;
    long nan = 0;
    for (double[] values : groups) {
      all += values.length;
      nan += java.util.Arrays.stream(values).filter(v -> !Double.isFinite(v)).count();
    }
    return nanNote(nan, all);
  }

  /** " (nan of all runs NaN)", or "" when nan is 0. */
  static String nanNote(long nan, long all) {
    return nan == 0 ? "" : " (" + nan + " of " + all + " runs NaN)";
  }

  /** One histogram a metric of {@link ResultsReport#METRICS}, its NaN runs counted in the title and legend; one group a run. */
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
      figures.add(Figures.histogram(name + nanNote(groups.values()), name, groups));
    });
    return figures;
  }
}
