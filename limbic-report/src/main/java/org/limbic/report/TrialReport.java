package org.limbic.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.limbic.experiment.figure.Figure;
import org.limbic.experiment.launch.RecordedTrial;
import org.limbic.experiment.results.TidyTable;
import org.limbic.experiment.trial.NOfOneTrial;
import org.limbic.experiment.trial.TrialFigures;
import org.limbic.experiment.trial.TrialTables;

/**
 * The HTML report of what {@code limbic trial} wrote, drawn from its files alone (so {@code limbic
 * plot} draws it again without rerunning): for a trial the analysis table, a forest plot of every
 * arm against the control on every endpoint (Hedges' g), the CONSORT diagram and the trajectories
 * ({@link TrialTables}); for an N-of-1 series a forest plot of each patient's own A − B estimate
 * and the series' mean ({@value NOfOneTrial#FILE}, {@value NOfOneTrial#SERIES_FILE}).
 */
public final class TrialReport {

  private TrialReport() {
  }

  /** Whether {@code dir} holds what {@code limbic trial} writes (a trial's analysis or an N-of-1 series). */
  public static boolean isTrialDirectory(Path dir) {
    return TrialTables.isTrialDirectory(dir) || Files.isRegularFile(dir.resolve(NOfOneTrial.FILE));
  }

  /**
   * The report of the trial results in {@code dir}.
   *
   * @throws IllegalArgumentException if {@code dir} holds no trial results, or a table is malformed ({@code file:line: what})
   */
  public static HtmlReport of(Path dir) {
    if (TrialTables.isTrialDirectory(dir)) {
      return trial(dir);
    }
    if (Files.isRegularFile(dir.resolve(NOfOneTrial.FILE))) {
      return nOfOne(dir);
    }
    throw new IllegalArgumentException(dir + " has neither " + TrialTables.ANALYSIS + " nor " + NOfOneTrial.FILE
        + "; give the directory limbic trial wrote its results to");
  }

  private static HtmlReport trial(Path dir) {
    List<TrialTables.Statistic> statistics = TrialTables.readAnalysis(dir);
    if (statistics.isEmpty()) {
      throw new IllegalArgumentException(dir.resolve(TrialTables.ANALYSIS) + ": no rows; it should hold the trial's comparisons");
    }
    String trial = statistics.getFirst().trial();
    HtmlReport.Builder report = HtmlReport.builder("Trial: " + trial);
    spec(dir).ifPresent(report::spec);
    report.section("Analysis", "Every arm against " + statistics.getFirst().control() + " on every endpoint at the last"
            + " observation (primary endpoint first): ANCOVA of the change adjusted for baseline (t test), Hedges' g of the"
            + " improvement (> 0 favours the arm), remission rates (Wilson), their difference (Newcombe; z test) and the NNT"
            + " (Altman 1998; an interval through infinity reads 'NNT(benefit) a to infinity to NNT(harm) b'). From "
            + TrialTables.ANALYSIS + ".", table(statistics), List.of(TrialFigures.effects(trial, statistics)));
    report.section("Flow of participants", "From " + TrialTables.CONSORT + ".",
        List.of(TrialTables.readConsort(dir, trial + ": CONSORT flow of participants")));
    var means = TrialTables.readTrajectories(dir);
    // units.csv since trials wrote one; older folders' axes show the endpoint alone
    java.util.Map<String, String> units = ResultsReport.units(dir);
    Set<String> endpoints = new LinkedHashSet<>();
    means.forEach(r -> endpoints.add(r.endpoint()));
    report.section("Trajectories", "Per endpoint, the mean per visit and arm with its 95 % t interval, of the patients still"
        + " in the trial at that visit. From " + TrialTables.TRAJECTORIES + ".", endpoints.stream()
        .map(e -> (Figure) TrialFigures.trajectories(trial, e, ResultFigures.label(e, units), means)).toList());
    return report.build();
  }

  private static HtmlReport.Table table(List<TrialTables.Statistic> statistics) {
    List<List<String>> rows = new ArrayList<>();
    for (TrialTables.Statistic s : statistics) {
      String estimate = s.statistic().equals(TrialTables.NNT) && !(s.lower() > 0 && s.upper() > 0)
          ? String.format(Locale.ROOT, "%.4g (NNT(benefit) %.4g to infinity to NNT(harm) %.4g)", s.estimate(), s.lower(), -s.upper())
          : String.format(Locale.ROOT, "%.4g (%.4g to %.4g)", s.estimate(), s.lower(), s.upper());
      rows.add(List.of(s.arm() + " vs " + s.control(), s.endpoint(), s.statistic(), s.nArm() + " vs " + s.nControl(), estimate,
          Double.isNaN(s.p()) ? "" : String.format(Locale.ROOT, "%.3g", s.p())));
    }
    return new HtmlReport.Table(List.of("comparison", "endpoint", "statistic", "n", "estimate (95 % CI)", "p"), rows);
  }

  private static HtmlReport nOfOne(Path dir) {
    Path seriesFile = dir.resolve(NOfOneTrial.SERIES_FILE);
    TidyTable series = TidyTable.read(seriesFile, List.of("series", "a", "b", "endpoint"), List.of("estimate", "ci_low", "ci_high", "p"));
    if (series.rows() != 1) {
      throw new IllegalArgumentException(seriesFile + ": " + series.rows() + " rows; it should hold the one series");
    }
    Path file = dir.resolve(NOfOneTrial.FILE);
    TidyTable t = TidyTable.read(file, List.of("patient", "order"), List.of("difference", "lower", "upper"));
    List<Figure.Row> rows = new ArrayList<>();
    for (int i = 0; i < t.rows(); i++) {
      rows.add(new Figure.Row("patient " + t.text("patient", i) + " (" + t.text("order", i) + ")", t.number("difference", i),
          t.number("lower", i), t.number("upper", i)));
    }
    rows.add(new Figure.Row(String.format(Locale.ROOT, "series mean (p = %.3g)", series.number("p", 0)),
        series.number("estimate", 0), series.number("ci_low", 0), series.number("ci_high", 0)));
    String name = series.text("series", 0);
    String difference = series.text("a", 0) + " - " + series.text("b", 0);
    HtmlReport.Builder report = HtmlReport.builder("N-of-1 series: " + name);
    spec(dir).ifPresent(report::spec);
    report.section("Patients", "Each patient's own mean " + difference + " over the pairs of periods with its 95 % t interval,"
            + " and the series' mean of them, a one-sample t test (Zucker et al. 1997). From " + NOfOneTrial.FILE + " and "
            + NOfOneTrial.SERIES_FILE + ".",
        List.of(new Figure.Forest(name + ": each patient's " + difference + " and the series mean",
            series.text("endpoint", 0) + ", " + difference + " (95 % CI)", rows, 0)));
    return report.build();
  }

  private static java.util.Optional<String> spec(Path dir) {
    Path spec = dir.resolve(RecordedTrial.SPEC_FILE);
    if (!Files.isRegularFile(spec)) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(Files.readString(spec));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + spec + ": " + e.getMessage(), e);
    }
  }
}
