package org.limbic.experiment.trial;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.limbic.experiment.figure.Figure;
import org.limbic.experiment.stats.MetaAnalysis;
import org.limbic.experiment.stats.Roc;

/** The figures trials report that are not tied to one trial: a meta-analysis' forest plot and a stratifier's ROC curve. */
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
}
