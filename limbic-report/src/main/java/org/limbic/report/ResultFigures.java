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
    return timeCourses(table, Map.of(), Map.of());
  }

  /** "OT_plasma (uU/mL)", or the name alone when its unit is unknown. */
  static String label(String quantity, Map<String, String> units) {
    String unit = units.getOrDefault(quantity, "");
    return unit.isEmpty() ? quantity : quantity + " (" + unit + ")";
  }

  /**
   * Up to this many subjects a run draws one curve a subject (a scan's points), named by the
   * parameters that vary: a median band pooled over a scan's points compares unlike runs. More
   * subjects (a cohort) are summarized by the band.
   */
  static final int MAX_SUBJECT_CURVES = 12;

  /**
   * As {@link #timeCourses(TidyTable)}, with each subject's name from {@code subjectNames} (as
   * {@link #subjectNames} gives them from the parameters table): then a run of at most
   * {@link #MAX_SUBJECT_CURVES} subjects is drawn a curve a subject (the median and band over its
   * replicates, if several).
   */
  public static List<Figure> timeCourses(TidyTable table, Map<String, String> subjectNames, Map<String, String> units) {
    // variable -> run -> subject -> replicate -> time -> value
    Map<String, Map<String, Map<String, Map<String, TreeMap<Double, Double>>>>> data = new LinkedHashMap<>();
    for (int i = 0; i < table.rows(); i++) {
      data.computeIfAbsent(table.text("variable", i), k -> new LinkedHashMap<>())
          .computeIfAbsent(table.text("run", i), k -> new LinkedHashMap<>())
          .computeIfAbsent(table.text("subject", i), k -> new LinkedHashMap<>())
          .computeIfAbsent(table.text("replicate", i), k -> new TreeMap<>())
          .put(table.number("time", i), table.number("value", i));
    }
    List<Figure> figures = new ArrayList<>();
    data.forEach((name, runs) -> {
      TreeSet<Double> allTimes = new TreeSet<>();
      runs.values().forEach(subjects -> subjects.values().forEach(reps -> reps.values().forEach(c -> allTimes.addAll(c.keySet()))));
      double[] times = allTimes.stream().mapToDouble(Double::doubleValue).toArray();
      Map<String, double[][]> bySeries = new LinkedHashMap<>();
      runs.forEach((runId, subjects) -> {
        boolean perSubject = subjects.size() > 1 && subjects.size() <= MAX_SUBJECT_CURVES
            && subjects.keySet().stream().allMatch(subjectNames::containsKey);
        if (perSubject) {
          subjects.forEach((subject, replicates) -> bySeries.put(
              (runs.size() == 1 ? "" : "run " + runId + ": ") + subjectNames.get(subject), rows(replicates.values(), times)));
          return;
        }
        List<TreeMap<Double, Double>> courses = new ArrayList<>();
        subjects.values().forEach(reps -> courses.addAll(reps.values()));
        double[][] values = rows(courses, times);
        bySeries.put(runs.size() == 1 && values.length == 1 ? name : runs.size() == 1 ? "all subjects" : "run " + runId, values);
      });
      figures.add(Figures.timeCourseBands(name, label("time", units), label(name, units), bySeries, times));
    });
    return figures;
  }

  private static double[][] rows(java.util.Collection<TreeMap<Double, Double>> courses, double[] times) {
    double[][] values = new double[courses.size()][];
    int s = 0;
    for (TreeMap<Double, Double> course : courses) {
      double[] row = new double[times.length];
      for (int t = 0; t < times.length; t++) {
        row[t] = course.getOrDefault(times[t], Double.NaN);
      }
      values[s++] = row;
    }
    return values;
  }

  /**
   * Each subject's name from a parameters table (subject, parameter, value): the parameters whose
   * values differ between subjects, in the table's order, as "bolus = 3.11, k_clear = 0.100" (3 significant digits), or
   * "subject N" when none differs.
   */
  public static Map<String, String> subjectNames(TidyTable parameters) {
    Map<String, Map<String, Double>> bySubject = new LinkedHashMap<>();
    for (int i = 0; i < parameters.rows(); i++) {
      bySubject.computeIfAbsent(parameters.text("subject", i), k -> new LinkedHashMap<>())
          .put(parameters.text("parameter", i), parameters.number("value", i));
    }
    java.util.Set<String> varying = new java.util.LinkedHashSet<>();
    Map<String, Double> first = bySubject.values().stream().findFirst().orElse(Map.of());
    for (Map<String, Double> values : bySubject.values()) {
      values.forEach((parameter, v) -> {
        if (!v.equals(first.get(parameter))) {
          varying.add(parameter);
        }
      });
    }
    Map<String, String> names = new LinkedHashMap<>();
    bySubject.forEach((subject, values) -> {
      List<String> parts = new ArrayList<>();
      for (String parameter : varying) {
        Double v = values.get(parameter);
        parts.add(parameter + " = " + (v == null ? "-" : String.format(java.util.Locale.ROOT, "%.3g", v)));
      }
      names.put(subject, parts.isEmpty() ? "subject " + subject : String.join(", ", parts));
    });
    return names;
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

  /**
   * True when every metric has one value a run (a single run, no scan, cohort or replicates): a
   * distribution of one value is a dot on a meaningless axis, so the report lists the values instead.
   */
  public static boolean oneValueARun(TidyTable metrics) {
    Map<String, Integer> counts = new java.util.HashMap<>();
    for (int i = 0; i < metrics.rows(); i++) {
      counts.merge(metrics.text("metric", i) + "\u0000" + metrics.text("run", i), 1, Integer::sum);
    }
    return !counts.isEmpty() && counts.values().stream().allMatch(c -> c == 1);
  }

  /** One histogram a metric of {@link ResultsReport#METRICS}, its NaN runs counted in the title and legend; one group a run. */
  public static List<Figure> metricHistograms(TidyTable table) {
    return metricHistograms(table, Map.of());
  }

  /** As {@link #metricHistograms(TidyTable)}, the value axis labelled with the metric's unit. */
  public static List<Figure> metricHistograms(TidyTable table, Map<String, String> units) {
    Map<String, Map<String, List<Double>>> data = new LinkedHashMap<>();
    for (int i = 0; i < table.rows(); i++) {
      data.computeIfAbsent(table.text("metric", i), k -> new LinkedHashMap<>())
          .computeIfAbsent(table.text("run", i), k -> new ArrayList<>()).add(table.number("value", i));
    }
    List<Figure> figures = new ArrayList<>();
    data.forEach((name, runs) -> {
      Map<String, double[]> groups = new LinkedHashMap<>();
      runs.forEach((runId, values) -> groups.put("run " + runId, values.stream().mapToDouble(Double::doubleValue).toArray()));
      figures.add(Figures.histogram(name + nanNote(groups.values()), label(name, units), groups));
    });
    return figures;
  }
}
