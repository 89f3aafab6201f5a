package org.limbic.experiment.trial;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.limbic.experiment.figure.Figure;
import org.limbic.experiment.results.TidyTable;
import org.limbic.experiment.results.UnitRows;
import org.limbic.experiment.spec.TrialDesign;
import org.limbic.experiment.stats.Estimate;
import org.limbic.experiment.stats.TestResult;
import org.limbic.io.AtomicFile;

/**
 * What a trial's analysis leaves in its output directory, as tidy CSV tables that {@code limbic plot}
 * reads back without rerunning anything: {@value #ANALYSIS} (one row per comparison and statistic,
 * the primary endpoint first), {@value #TRAJECTORIES} (per arm, endpoint and visit, the mean of the
 * patients still in) and {@value #CONSORT} (the boxes of the CONSORT diagram with their counts).
 * Numbers are written in full ({@link Double#toString}), so what is read back is what was computed;
 * an empty field is NaN (no p value for Hedges' g, an interval of fewer than 2 patients).
 */
public final class TrialTables {

  public static final String ANALYSIS = "analysis.csv";
  public static final String TRAJECTORIES = "trajectories.csv";
  public static final String CONSORT = "consort.csv";

  /** The statistics of a comparison, as named in {@value #ANALYSIS}'s {@code statistic} column. */
  public static final String ANCOVA = "ancova_difference";
  public static final String HEDGES_G = "hedges_g";
  public static final String REMISSION_ARM = "remission_arm";
  public static final String REMISSION_CONTROL = "remission_control";
  public static final String REMISSION_DIFFERENCE = "remission_difference";
  public static final String NNT = "nnt";

  private TrialTables() {
  }

  /**
   * One row of {@value #ANALYSIS}.
   *
   * @param testStatistic t of the ANCOVA, z of the remission difference; NaN for the others
   * @param df the ANCOVA's degrees of freedom (n − 3); NaN for the others
   */
  public record Statistic(String trial, String arm, String control, String endpoint, String statistic, long nArm, long nControl,
                          double estimate, double lower, double upper, double p, double testStatistic, double df) {
  }

  /**
   * The rows of an analysis: per comparison the ANCOVA's adjusted difference in change (t test),
   * Hedges' g of the improvement, and with a remission threshold the two remission rates (Wilson),
   * their difference (Newcombe's interval, z test) and the NNT, 1 / difference, whose interval is
   * the reciprocal of the difference's (Altman 1998): {@code lower} = 1 / upper difference,
   * {@code upper} = 1 / lower difference, so when the difference's interval includes 0 lower is an
   * NNT(benefit) > 0 and upper is minus an NNT(harm), the interval running through infinity.
   */
  public static List<Statistic> statistics(String trial, TrialAnalysis analysis) {
    List<Statistic> rows = new ArrayList<>();
    for (TrialAnalysis.Comparison c : analysis.comparisons()) {
      TestResult a = c.ancova();
      rows.add(row(trial, c, ANCOVA, c.nArm(), c.nControl(), a.effect(), a.p(), a.statistic(), a.degreesOfFreedom()));
      rows.add(row(trial, c, HEDGES_G, c.nArm(), c.nControl(), c.smd(), Double.NaN, Double.NaN, Double.NaN));
      c.remission().ifPresent(r -> {
        rows.add(row(trial, c, REMISSION_ARM, r.nArm(), r.nControl(), r.rateArm(), Double.NaN, Double.NaN, Double.NaN));
        rows.add(row(trial, c, REMISSION_CONTROL, r.nArm(), r.nControl(), r.rateControl(), Double.NaN, Double.NaN, Double.NaN));
        rows.add(row(trial, c, REMISSION_DIFFERENCE, r.nArm(), r.nControl(), r.test().effect(), r.test().p(), r.test().statistic(),
            Double.NaN));
        rows.add(new Statistic(trial, c.arm(), c.control(), c.endpoint(), NNT, r.nArm(), r.nControl(), r.nnt().value(),
            r.nnt().lower(), r.nnt().upper(), Double.NaN, Double.NaN, Double.NaN));
      });
    }
    return rows;
  }

  private static Statistic row(String trial, TrialAnalysis.Comparison c, String statistic, long nArm, long nControl, Estimate e,
                               double p, double testStatistic, double df) {
    return new Statistic(trial, c.arm(), c.control(), c.endpoint(), statistic, nArm, nControl, e.value(), e.lower(), e.upper(),
        p, testStatistic, df);
  }

  /** Writes the three tables into {@code dir}, each whole or not at all. */
  /** The endpoints' units (and the visits' week) as units.csv (quantity, unit), as a run's results have theirs. */
  public static void writeUnits(Path dir, TrialDesign design, VirtualPatientModel model) {
    java.util.Map<String, String> units = new java.util.LinkedHashMap<>();
    units.put("week", "week");
    design.endpoints().forEach(e -> units.put(e.name(), model.endpointUnit(e.name())));
    AtomicFile.write(dir.resolve(org.limbic.experiment.results.ResultUnits.FILE), org.limbic.experiment.results.ResultUnits.csv(units));
  }

  public static void write(Path dir, String trial, TrialAnalysis analysis, List<VisitMeans.Row> trajectories, Figure.Flow consort) {
    StringBuilder a = new StringBuilder("trial,arm,control,endpoint,statistic,n_arm,n_control,estimate,ci_low,ci_high,p,"
        + "test_statistic,df\n");
    for (Statistic s : statistics(trial, analysis)) {
      a.append(UnitRows.text(trial)).append(',').append(UnitRows.text(s.arm())).append(',').append(UnitRows.text(s.control()))
          .append(',').append(UnitRows.text(s.endpoint())).append(',').append(s.statistic()).append(',').append(s.nArm())
          .append(',').append(s.nControl()).append(',').append(number(s.estimate())).append(',').append(number(s.lower()))
          .append(',').append(number(s.upper())).append(',').append(number(s.p())).append(',').append(number(s.testStatistic()))
          .append(',').append(number(s.df())).append('\n');
    }
    AtomicFile.write(dir.resolve(ANALYSIS), a.toString());
    StringBuilder t = new StringBuilder("trial,arm,endpoint,week,n,mean,ci_low,ci_high\n");
    for (VisitMeans.Row r : trajectories) {
      t.append(UnitRows.text(trial)).append(',').append(UnitRows.text(r.arm())).append(',').append(UnitRows.text(r.endpoint()))
          .append(',').append(r.week()).append(',').append(r.n()).append(',').append(number(r.mean())).append(',')
          .append(number(r.lower())).append(',').append(number(r.upper())).append('\n');
    }
    AtomicFile.write(dir.resolve(TRAJECTORIES), t.toString());
    StringBuilder f = new StringBuilder("trial,stage,box,n,exit\n");
    for (Figure.FlowStage stage : consort.stages()) {
      for (Figure.FlowBox b : stage.boxes()) {
        f.append(UnitRows.text(trial)).append(',').append(UnitRows.text(stage.name())).append(',').append(UnitRows.text(b.label()))
            .append(',').append(b.count()).append(',').append(b.exit()).append('\n');
      }
    }
    AtomicFile.write(dir.resolve(CONSORT), f.toString());
  }

  private static String number(double v) {
    return Double.isNaN(v) ? "" : Double.toString(v);
  }

  /** Whether {@code dir} holds a trial's analysis (what {@link #write} writes). */
  public static boolean isTrialDirectory(Path dir) {
    return Files.isRegularFile(dir.resolve(ANALYSIS));
  }

  /**
   * Reads {@value #ANALYSIS} of {@code dir}.
   *
   * @throws IllegalArgumentException {@code file:line: what} for a missing column or a malformed row
   */
  public static List<Statistic> readAnalysis(Path dir) {
    TidyTable t = TidyTable.read(dir.resolve(ANALYSIS), List.of("trial", "arm", "control", "endpoint", "statistic"),
        List.of("n_arm", "n_control", "estimate", "ci_low", "ci_high", "p", "test_statistic", "df"));
    List<Statistic> rows = new ArrayList<>();
    for (int i = 0; i < t.rows(); i++) {
      rows.add(new Statistic(t.text("trial", i), t.text("arm", i), t.text("control", i), t.text("endpoint", i),
          t.text("statistic", i), (long) t.number("n_arm", i), (long) t.number("n_control", i), t.number("estimate", i),
          t.number("ci_low", i), t.number("ci_high", i), t.number("p", i), t.number("test_statistic", i), t.number("df", i)));
    }
    return rows;
  }

  /** Reads {@value #TRAJECTORIES} of {@code dir}. */
  public static List<VisitMeans.Row> readTrajectories(Path dir) {
    TidyTable t = TidyTable.read(dir.resolve(TRAJECTORIES), List.of("arm", "endpoint"),
        List.of("week", "n", "mean", "ci_low", "ci_high"));
    List<VisitMeans.Row> rows = new ArrayList<>();
    for (int i = 0; i < t.rows(); i++) {
      rows.add(new VisitMeans.Row(t.text("arm", i), t.text("endpoint", i), t.number("week", i), (long) t.number("n", i),
          t.number("mean", i), t.number("ci_low", i), t.number("ci_high", i)));
    }
    return rows;
  }

  /** Reads {@value #CONSORT} of {@code dir} as the CONSORT diagram it was written from. */
  public static Figure.Flow readConsort(Path dir, String title) {
    Path file = dir.resolve(CONSORT);
    TidyTable t = TidyTable.read(file, List.of("stage", "box", "exit"), List.of("n"));
    List<Figure.FlowStage> stages = new ArrayList<>();
    List<Figure.FlowBox> boxes = new ArrayList<>();
    String stage = null;
    for (int i = 0; i < t.rows(); i++) {
      if (stage != null && !stage.equals(t.text("stage", i))) {
        stages.add(new Figure.FlowStage(stage, boxes));
        boxes = new ArrayList<>();
      }
      stage = t.text("stage", i);
      String exit = t.text("exit", i);
      if (!exit.equals("true") && !exit.equals("false")) {
        throw new IllegalArgumentException(file + ":" + (i + 2) + ": column 'exit' holds '" + exit + "', not true or false");
      }
      boxes.add(new Figure.FlowBox(t.text("box", i), (long) t.number("n", i), exit.equals("true")));
    }
    if (stage == null) {
      throw new IllegalArgumentException(file + ": no rows; it should hold the CONSORT boxes of the trial");
    }
    stages.add(new Figure.FlowStage(stage, boxes));
    return new Figure.Flow(title, stages);
  }
}
