package org.limbic.experiment.trial;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.limbic.experiment.figure.Figure;
import org.limbic.experiment.stats.MetaAnalysis;
import org.limbic.experiment.stats.Roc;

/**
 * The figures trials report: a trial's effects (forest plot) and trajectories, a meta-analysis'
 * forest plot and a stratifier's ROC curve.
 */
public final class TrialFigures {

  private static final double Z975 = 1.959963984540054;

  private TrialFigures() {
  }

  /** One row per study (estimate ± 1.96·SE) and the pooled random-effects row, with tau² and I² in the label. */
  public static Figure.Forest forest(String title, String estimateLabel, List<MetaAnalysis.Study> studies, MetaAnalysis.Result r) {
    List<Figure.Row> rows = new ArrayList<>();
    for (MetaAnalysis.Study s : studies) {
      double se = Math.sqrt(s.variance());
      rows.add(new Figure.Row(s.label(), s.effect(), s.effect() - Z975 * se, s.effect() + Z975 * se));
    }
    rows.add(new Figure.Row(String.format(Locale.ROOT, "pooled, random effects (tau2 %.3f, I2 %.0f %%)", r.tau2(), 100 * r.i2()),
        r.pooled().value(), r.pooled().lower(), r.pooled().upper()));
    return new Figure.Forest(title, estimateLabel, rows, 0);
  }

  /** The ROC curve as a time course with x = 1 − specificity, and the chance diagonal. */
  public static Figure.TimeCourse roc(String title, Roc.Result r) {
    String label = String.format(Locale.ROOT, "stratifier (AUC %s)", r.auc().format("%.2f"));
    return new Figure.TimeCourse(title, "1 - specificity (false-positive rate)", "sensitivity (true-positive rate)",
        List.of(Figure.Series.line(label, r.falsePositiveRate(), r.truePositiveRate()),
            Figure.Series.line("chance (AUC 0.5)", new double[] {0, 1}, new double[] {0, 1})), Optional.empty());
  }

  /**
   * Hedges' g of the improvement of every arm against the control on every endpoint, one row each,
   * from the rows of {@link TrialTables#statistics} (the primary endpoint, listed first, is marked).
   */
  public static Figure.Forest effects(String trial, List<TrialTables.Statistic> statistics) {
    List<TrialTables.Statistic> g = statistics.stream().filter(s -> s.statistic().equals(TrialTables.HEDGES_G)).toList();
    if (g.isEmpty()) {
      throw new IllegalArgumentException("trial '" + trial + "': no " + TrialTables.HEDGES_G + " rows to draw");
    }
    String primary = g.getFirst().endpoint();
    List<Figure.Row> rows = new ArrayList<>();
    for (TrialTables.Statistic s : g) {
      rows.add(new Figure.Row(s.arm() + " vs " + s.control() + ": " + s.endpoint() + (s.endpoint().equals(primary) ? " (primary)" : ""),
          s.estimate(), s.lower(), s.upper()));
    }
    return new Figure.Forest(trial + ": effect of each arm against " + g.getFirst().control() + " at the last observation",
        "Hedges' g of the improvement from baseline (95 % CI; > 0 favours the arm)", rows, 0);
  }

  /** One endpoint's mean per visit and arm with its 95 % interval (of the patients still in), from {@link VisitMeans#rows}. */
  public static Figure.TimeCourse trajectories(String trial, String endpoint, String yLabel, List<VisitMeans.Row> rows) {
    java.util.Map<String, List<VisitMeans.Row>> byArm = new java.util.LinkedHashMap<>();
    rows.stream().filter(r -> r.endpoint().equals(endpoint)).forEach(r -> byArm.computeIfAbsent(r.arm(), a -> new ArrayList<>()).add(r));
    List<Figure.Series> series = new ArrayList<>();
    for (var e : byArm.entrySet()) {
      List<VisitMeans.Row> visits = e.getValue();
      series.add(new Figure.Series(e.getKey() + " (n = " + visits.getFirst().n() + ")",
          visits.stream().mapToDouble(VisitMeans.Row::week).toArray(), visits.stream().mapToDouble(VisitMeans.Row::mean).toArray(),
          visits.stream().mapToDouble(VisitMeans.Row::lower).toArray(), visits.stream().mapToDouble(VisitMeans.Row::upper).toArray()));
    }
    return new Figure.TimeCourse(trial + ": " + endpoint + " by arm (mean, 95 % CI of those still in)", "week from randomization",
        yLabel, series, Optional.empty());
  }
}
