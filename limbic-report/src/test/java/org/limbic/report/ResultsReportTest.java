package org.limbic.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limbic.experiment.figure.Figure;
import org.limbic.experiment.run.ExperimentRunner;

class ResultsReportTest {

  @TempDir
  Path dir;

  /** Two runs: run 1 a cohort of 20 subjects, run 2 a single subject; two variables; one metric with a NaN. */
  private void writeResults() throws Exception {
    StringBuilder tc = new StringBuilder("run,subject,replicate,time,variable,value\n");
    StringBuilder m = new StringBuilder("run,subject,replicate,metric,value\n");
    for (int s = 0; s < 20; s++) {
      for (int t = 0; t <= 10; t++) {
        tc.append(String.format(Locale.ROOT, "1,%d,0,%d,OT_plasma,%s%n", s, t, 5 + s * 0.1 * t));
        tc.append(String.format(Locale.ROOT, "1,%d,0,%d,\"OXTR, bound\",%s%n", s, t, 0.1 * t));
      }
      m.append(String.format(Locale.ROOT, "1,%d,0,peak_OT,%s%n", s, 5 + s));
    }
    for (int t = 0; t <= 10; t++) {
      tc.append(String.format(Locale.ROOT, "2,0,0,%d,OT_plasma,%s%n", t, 4.0 + t));
    }
    m.append("2,0,0,peak_OT,NaN\n");
    Files.writeString(dir.resolve(ResultsReport.TIMECOURSES), tc);
    Files.writeString(dir.resolve(ResultsReport.METRICS), m);
  }

  @Test
  void aFigurePerVariableAndPerMetric() throws Exception {
    writeResults();
    Path out = dir.resolve("plots");
    Path index = ResultsReport.of(dir).writeTo(out);
    String html = Files.readString(index);
    assertThat(html).contains("Time courses", "Metrics", "OT_plasma", "OXTR, bound", "peak_OT");
    try (Stream<Path> files = Files.list(out.resolve("figures"))) {
      assertThat(files.filter(p -> p.toString().endsWith(".png")).count()).isEqualTo(3);
    }
  }

  /** A run whose metric is NaN has no place on the value axis: the figure says how many there were. */
  @Test
  void aMetricFigureCountsItsNaNRuns() throws Exception {
    writeResults();
    Figure.Distributions peak = (Figure.Distributions) ResultFigures.metricHistograms(ResultsReport.metrics(dir)).getFirst();
    assertThat(peak.title()).isEqualTo("peak_OT (1 of 21 runs NaN)");
    assertThat(peak.groups()).extracting(FigureCharts::label).containsExactly("run 1 (n = 20)", "run 2 (n = 0 of 1; 1 NaN)");
  }

  /** The legend of a histogram drawn says it too: 40 runs, 2 of them NaN. */
  @Test
  void aHistogramsLegendCountsTheNaNValues() {
    double[] values = new double[40];
    for (int i = 0; i < values.length; i++) {
      values[i] = i < 2 ? Double.NaN : i;
    }
    Figure figure = Figures.histogram("t_5", "t_5", java.util.Map.of("run a", values));
    var chart = (org.knowm.xchart.XYChart) FigureCharts.of(figure, 600, 400);
    assertThat(chart.getSeriesCollection()).extracting(org.knowm.xchart.XYSeries::getLabel)
        .contains("run a (n = 38 of 40; 2 NaN)");
  }

  @Test
  void theReportShowsTheExperimentFileTheResultsCameFrom() throws Exception {
    writeResults();
    Files.writeString(dir.resolve(ExperimentRunner.SPEC_FILE), "name: from-file\nmodel: pulsatile_release\n");
    Path index = ResultsReport.of(dir).writeTo(dir.resolve("plots"));
    assertThat(Files.readString(index)).contains("name: from-file").contains("model: pulsatile_release");
  }

  @Test
  void cohortsGetBandsAndSingleSubjectsLines() throws Exception {
    writeResults();
    List<Figure> figures = ResultFigures.timeCourses(ResultsReport.timecourses(dir));
    Figure.TimeCourse ot = (Figure.TimeCourse) figures.getFirst();
    assertThat(ot.title()).isEqualTo("OT_plasma");
    assertThat(ot.series()).hasSize(2);
    assertThat(ot.series().get(0).upper()).isNotNull();
    assertThat(ot.series().get(0).y()[10]).isCloseTo(5 + 0.95 * 10, within(1e-9));
    assertThat(ot.series().get(1).upper()).isNull();
  }

  /**
   * A 2 x 2 scan (k in 0.1, 0.2; dose 1 fixed; bolus in 1, 30) with 3 replicates a point: a curve a
   * point, named by the parameters that vary, its line the median of its own replicates (issue #15
   * item 5: one band over all points compared unlike runs).
   */
  @Test
  void aScanDrawsACurveAPointNamedByWhatItVaries() throws Exception {
    StringBuilder tc = new StringBuilder("run,subject,replicate,time,variable,value\n");
    StringBuilder p = new StringBuilder("subject,parameter,value\n");
    double[][] points = {{0.1, 1}, {0.1, 30}, {0.2, 1}, {0.2, 30}};
    for (int s = 0; s < points.length; s++) {
      p.append(String.format(Locale.ROOT, "%d,k,%s%n%d,dose,1%n%d,bolus,%s%n", s, points[s][0], s, s, points[s][1]));
      for (int r = 0; r < 3; r++) {
        for (int t = 0; t <= 4; t++) {
          tc.append(String.format(Locale.ROOT, "scan,%d,%d,%d,H,%s%n", s, r, t, points[s][1] * Math.exp(-points[s][0] * t) + r));
        }
      }
    }
    Files.writeString(dir.resolve(ResultsReport.TIMECOURSES), tc);
    Files.writeString(dir.resolve(ResultsReport.PARAMETERS), p);
    var names = ResultFigures.subjectNames(ResultsReport.parameters(dir));
    assertThat(names).containsEntry("0", "bolus = 1.00, k = 0.100").containsEntry("3", "bolus = 30.0, k = 0.200");
    Figure.TimeCourse h = (Figure.TimeCourse) ResultFigures.timeCourses(ResultsReport.timecourses(dir), names, Map.of()).getFirst();
    assertThat(h.series()).hasSize(4);
    assertThat(h.series().get(3).name()).startsWith("bolus = 30.0, k = 0.200 (median, 5–95 % of 3)");
    // replicates add 0, 1, 2: the median is the middle one's course
    assertThat(h.series().get(3).y()[4]).isCloseTo(30 * Math.exp(-0.8) + 1, within(1e-9));
  }

  @Test
  void theFiguresAreTheTimeCoursesThenTheMetrics() throws Exception {
    writeResults();
    assertThat(ResultsReport.figures(dir)).extracting(Figure::title).containsExactly("OT_plasma", "OXTR, bound", "peak_OT (1 of 21 runs NaN)");
  }

  @Test
  void aDirectoryWithoutResultsIsRefused() {
    assertThatThrownBy(() -> ResultsReport.of(dir)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has neither timecourses.csv nor metrics.csv");
  }

  @Test
  void aMissingColumnIsNamedWithTheFile() throws Exception {
    Files.writeString(dir.resolve(ResultsReport.METRICS), "run,metric,value\n1,peak,3\n");
    assertThatThrownBy(() -> ResultsReport.of(dir)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(dir.resolve(ResultsReport.METRICS) + ":1: no column 'subject'");
  }

  /** Axes carry the units the run wrote to units.csv (issue #15 item 5): "time (min)", "H (pM)", "peak_H (pM)". */
  @Test
  void axesCarryTheRecordedUnits() throws Exception {
    writeResults();
    Files.writeString(dir.resolve(org.limbic.experiment.results.ResultUnits.FILE),
        "quantity,unit\ntime,min\nOT_plasma,uU/mL\n\"OXTR, bound\",\npeak_OT,uU/mL\n");
    Map<String, String> units = ResultsReport.units(dir);
    List<Figure> courses = ResultFigures.timeCourses(ResultsReport.timecourses(dir), Map.of(), units);
    assertThat(courses).extracting(f -> ((Figure.TimeCourse) f).xLabel()).containsOnly("time (min)");
    assertThat(courses).extracting(f -> ((Figure.TimeCourse) f).yLabel()).containsExactly("OT_plasma (uU/mL)", "OXTR, bound");
    Figure.Distributions peak = (Figure.Distributions) ResultFigures.metricHistograms(ResultsReport.metrics(dir), units).getFirst();
    assertThat(peak.valueLabel()).isEqualTo("peak_OT (uU/mL)");
  }

  /** A single run's metric was one dot on an axis whose one tick read "42.08395494895056": it is a table row now. */
  @Test
  void aSingleRunsMetricsAreATableNotADot() throws Exception {
    Files.writeString(dir.resolve(ResultsReport.METRICS), "run,subject,replicate,metric,value\nr,0,0,peak_H,42.08395494895056\n"
        + "r,0,0,t_5,NaN\n");
    Files.writeString(dir.resolve(org.limbic.experiment.results.ResultUnits.FILE), "quantity,unit\npeak_H,pM\nt_5,min\n");
    assertThat(ResultFigures.oneValueARun(ResultsReport.metrics(dir))).isTrue();
    Path index = ResultsReport.of(dir).writeTo(dir.resolve("plots"));
    String html = Files.readString(index);
    assertThat(html).contains("<td>peak_H</td><td>r</td><td>42.0840</td><td>pM</td>").contains("<td>t_5</td><td>r</td><td>NaN</td>")
        .doesNotContain("42.08395494895056");
    assertThat(dir.resolve("plots/figures")).satisfiesAnyOf(d -> assertThat(d).doesNotExist(), d -> assertThat(d).isEmptyDirectory());
    writeResults();
    assertThat(ResultFigures.oneValueARun(ResultsReport.metrics(dir))).as("a cohort of 20 in run 1").isFalse();
  }
}
