package org.limbic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limbic.experiment.figure.Figure;
import picocli.CommandLine;

class PlotCommandTest {

  /** Two runs: run 1 a cohort of 20 subjects, run 2 a single subject; two variables; one metric with a NaN. */
  private static void writeResults(Path dir) throws Exception {
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
    Files.writeString(dir.resolve("timecourses.csv"), tc);
    Files.writeString(dir.resolve("metrics.csv"), m);
  }

  @Test
  void writesAFigurePerVariableAndPerMetric(@TempDir Path dir) throws Exception {
    writeResults(dir);
    Path out = dir.resolve("plots");
    int exit = new CommandLine(new PlotCommand()).execute(dir.toString(), "--out", out.toString());
    assertThat(exit).isZero();
    String html = Files.readString(out.resolve("index.html"));
    assertThat(html).contains("Time courses", "Metrics", "OT_plasma", "OXTR, bound", "peak_OT");
    try (Stream<Path> files = Files.list(out.resolve("figures"))) {
      assertThat(files.filter(p -> p.toString().endsWith(".png")).count()).isEqualTo(3);
    }
  }

  @Test
  void theReportShowsTheExperimentFileTheResultsCameFrom(@TempDir Path dir) throws Exception {
    writeResults(dir);
    Files.writeString(dir.resolve(org.limbic.experiment.run.ExperimentRunner.SPEC_FILE), "name: from-file\nmodel: pulsatile_release\n");
    Path out = dir.resolve("plots");
    assertThat(new CommandLine(new PlotCommand()).execute(dir.toString(), "--out", out.toString())).isZero();
    assertThat(Files.readString(out.resolve("index.html"))).contains("name: from-file").contains("model: pulsatile_release");
  }

  @Test
  void cohortsGetBandsAndSingleSubjectsLines(@TempDir Path dir) throws Exception {
    writeResults(dir);
    List<Figure> figures = PlotCommand.timeCourses(TidyCsv.read(dir.resolve("timecourses.csv"),
        List.of("run", "subject", "replicate", "time", "variable", "value")));
    Figure.TimeCourse ot = (Figure.TimeCourse) figures.getFirst();
    assertThat(ot.title()).isEqualTo("OT_plasma");
    assertThat(ot.series()).hasSize(2);
    assertThat(ot.series().get(0).upper()).isNotNull();
    assertThat(ot.series().get(0).y()[10]).isCloseTo(5 + 0.95 * 10, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(ot.series().get(1).upper()).isNull();
  }

  @Test
  void aDirectoryWithoutResultsIsBadInput(@TempDir Path dir) {
    assertThat(new CommandLine(new PlotCommand()).execute(dir.toString())).isEqualTo(2);
    assertThat(dir.resolve("report")).doesNotExist();
  }

  @Test
  void aMissingColumnIsNamedWithTheFile(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("metrics.csv"), "run,metric,value\n1,peak,3\n");
    assertThat(new CommandLine(new PlotCommand()).execute(dir.toString())).isEqualTo(2);
    assertThat(dir.resolve("report")).doesNotExist();
  }
}
