package org.limbic.models.vole;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.limbic.abm.TrajectoryRecorder;
import org.limbic.experiment.figure.Figure;
import org.limbic.experiment.stats.Estimate;
import org.limbic.experiment.stats.Tests;

/** The vole model's figures, drawn like the paper's panels. */
final class VoleFigures {

  private VoleFigures() {
  }

  /** Huddle minutes with partner and stranger per group (one strip or histogram per group). */
  static Figure huddleTimes(String title, List<String> groups, List<List<PartnerPreferenceTest.Score>> scores) {
    List<Figure.Group> g = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      g.add(new Figure.Group(groups.get(i) + " partner", VoleStudies.partnerMinutes(scores.get(i))));
      g.add(new Figure.Group(groups.get(i) + " stranger", VoleStudies.strangerMinutes(scores.get(i))));
    }
    return new Figure.Distributions(title, "huddle time in 3 h (min)", g, Optional.empty());
  }

  static Figure preferences(String title, List<String> groups, List<double[]> values) {
    List<Figure.Group> g = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      g.add(new Figure.Group(groups.get(i), values.get(i)));
    }
    return new Figure.Distributions(title, "partner preference (%)", g, Optional.of(new Figure.Band("chance", 50, 50)));
  }

  /** The focal animals' paths in the apparatus, then its walls (series are drawn in the given order). */
  static Figure trajectories(String title, Apparatus a, List<String> names, List<TrajectoryRecorder.Path> paths) {
    List<Figure.Series> series = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      series.add(Figure.Series.line(names.get(i), paths.get(i).x(), paths.get(i).y()));
    }
    double[][] walls = a.walls();
    series.add(Figure.Series.line("walls (partner tethered left, stranger right)", walls[0], walls[1]));
    return new Figure.TimeCourse(title, "x (cm)", "y (cm)", series, Optional.empty());
  }

  /** Mean daily preference for the original partner with its 95 % interval, per group. */
  static Figure habitatCourse(List<String> groups, List<double[][]> shares) {
    List<Figure.Series> series = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      double[][] s = shares.get(g);
      int days = s[0].length;
      double[] x = new double[days];
      double[] mean = new double[days];
      double[] lo = new double[days];
      double[] hi = new double[days];
      for (int d = 0; d < days; d++) {
        int day = d;
        double[] column = java.util.Arrays.stream(s).mapToDouble(r -> r[day]).filter(Double::isFinite).toArray();
        x[d] = d + 1;
        double m = java.util.Arrays.stream(column).average().orElse(Double.NaN);
        boolean spread = column.length >= 2 && java.util.Arrays.stream(column).anyMatch(v -> v != m);
        Estimate e = spread ? Tests.mean(column) : new Estimate(m, m, m, 0.95);
        mean[d] = e.value();
        lo[d] = e.lower();
        hi[d] = e.upper();
      }
      series.add(new Figure.Series(groups.get(g), x, mean, lo, hi));
    }
    return new Figure.TimeCourse("Group habitat: preference for the original partner over days (mean, 95 % CI)",
        "day in the habitat", "partner preference (%; 50 = none)", series, Optional.empty());
  }
}
