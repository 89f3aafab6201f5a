package org.limbic.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.limbic.experiment.figure.Figure;
import org.limbic.petab.PetabParameter;
import org.limbic.petab.ProfileLikelihood;

/**
 * The HTML report of {@code limbic profile}: a table of each parameter's estimate, 95 % confidence
 * interval and verdict, then one plot a parameter of the fall of the log-likelihood below the
 * optimum along its profile, with the threshold χ²(1, 0.95) / 2 and the interval's ends.
 */
public final class ProfileReport {

  private ProfileReport() {
  }

  /** @param text a paragraph on where the optimum came from and what it cost */
  public static HtmlReport of(String title, String text, List<ProfileLikelihood.Profile> profiles) {
    List<List<String>> rows = new ArrayList<>();
    List<Figure> figures = new ArrayList<>();
    for (ProfileLikelihood.Profile p : profiles) {
      rows.add(List.of(p.parameter().id(), scale(p.parameter()), number(p.parameter().scale().toLinear(p.optimum().scaled()[p.index()])),
          "[" + number(p.ciLow()) + ", " + number(p.ciHigh()) + "]",
          "[" + number(p.ciLowScaled()) + ", " + number(p.ciHighScaled()) + "]", p.description(),
          p.lower().end().label() + " / " + p.upper().end().label(), String.format(Locale.ROOT, "%.3f", p.maxDrop()),
          Integer.toString(p.points().size()), Integer.toString(p.evaluations()),
          p.betterPoint().map(b -> String.format(Locale.ROOT, "%.4f", b.llh())).orElse("")));
      figures.add(figure(p));
    }
    HtmlReport.Table table = new HtmlReport.Table(List.of("parameter", "scale", "estimate", "95 % CI", "95 % CI on scale",
        "verdict", "ends (lower / upper)", "max Δ llh", "points", "evaluations", "better llh found"), rows);
    return HtmlReport.builder(title)
        .section("Profile likelihoods", text + " A profile is the best log-likelihood with the parameter fixed and every other"
            + " parameter re-optimized; its 95 % confidence interval is where it stays within χ²(1, 0.95)/2 = "
            + String.format(Locale.ROOT, "%.6f", ProfileLikelihood.THRESHOLD) + " of the optimum (3.841459 in −2 log L)."
            + " Identifiable: the profile crosses the threshold on both sides; practically non-identifiable: it reaches a"
            + " bound (or its step budget) below the threshold on one side or both; structurally flat: it stays within "
            + ProfileLikelihood.FLAT_TOLERANCE + " of the optimum over the whole range.", table, figures)
        .build();
  }

  private static Figure figure(ProfileLikelihood.Profile p) {
    List<ProfileLikelihood.Point> points = p.points();
    int j = p.index();
    double[] x = new double[points.size()];
    double[] y = new double[points.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = points.get(i).scaled()[j];
      y[i] = p.optimum().llh() - points.get(i).llh();
    }
    double lo = x[0];
    double hi = x[x.length - 1];
    double threshold = ProfileLikelihood.THRESHOLD;
    List<Figure.Series> series = new ArrayList<>();
    series.add(Figure.Series.line("profile", x, y));
    series.add(Figure.Series.line("threshold " + String.format(Locale.ROOT, "%.3f", threshold) + " (χ²(1) 95 %)",
        new double[] {lo, hi}, new double[] {threshold, threshold}));
    double[] ends = {p.ciLowScaled(), p.ciHighScaled()};
    for (int k = 0; k < 2; k++) {
      if (Double.isFinite(ends[k])) {
        series.add(Figure.Series.line(k == 0 ? "95 % CI, lower end" : "95 % CI, upper end", new double[] {ends[k], ends[k]},
            new double[] {0, threshold}));
      }
    }
    series.add(Figure.Series.line("optimum", new double[] {p.optimum().scaled()[j]}, new double[] {0}));
    String title = p.parameter().id() + ": " + p.description() + ", 95 % CI [" + number(p.ciLow()) + ", " + number(p.ciHigh()) + "]";
    return new Figure.TimeCourse(title, scale(p.parameter()) + " " + p.parameter().id(), "llh(optimum) − profile llh", series,
        Optional.empty());
  }

  private static String scale(PetabParameter p) {
    return p.scale().name().toLowerCase(Locale.ROOT);
  }

  private static String number(double v) {
    if (Double.isInfinite(v)) {
      return v > 0 ? "∞" : "−∞";
    }
    return String.format(Locale.ROOT, "%.4g", v);
  }
}
