package org.limbic.report;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.limbic.experiment.figure.Figure;

/** One figure of each kind, with labels the tests look for; {@link #main} writes them as PNG for a look. */
final class SampleFigures {

  private SampleFigures() {
  }

  static Figure.TimeCourse timeCourse() {
    double[] t = new double[61];
    for (int i = 0; i < t.length; i++) {
      t[i] = i;
    }
    Random random = new Random(7);
    Map<String, double[][]> cohorts = new LinkedHashMap<>();
    for (String name : List.of("saline", "oxytocin 10 IU")) {
      double amplitude = name.equals("saline") ? 8 : 20;
      double[][] v = new double[40][t.length];
      for (int s = 0; s < v.length; s++) {
        double k = 0.08 * Math.exp(0.3 * random.nextGaussian());
        double a = amplitude * Math.exp(0.25 * random.nextGaussian());
        for (int i = 0; i < t.length; i++) {
          v[s][i] = 5 + a * (Math.exp(-k * t[i]) - Math.exp(-4 * k * t[i]));
        }
      }
      cohorts.put(name, v);
    }
    Figure.TimeCourse f = Figures.timeCourseBands("Plasma oxytocin after intranasal dose", "time (min)",
        "plasma oxytocin (pM)", cohorts, t);
    return new Figure.TimeCourse(f.title(), f.xLabel(), f.yLabel(), f.series(),
        Optional.of(new Figure.Band("peak 10–15 pM (Striepens 2013)", 10, 15)));
  }

  static Figure.Distributions histograms() {
    Random random = new Random(11);
    Map<String, double[]> groups = new LinkedHashMap<>();
    groups.put("wild type", random.doubles(200).map(u -> 60 + 12 * random.nextGaussian()).toArray());
    groups.put("Oxtr knockout", random.doubles(150).map(u -> 35 + 15 * random.nextGaussian()).toArray());
    Figure.Distributions f = Figures.histogram("Partner preference", "time huddling with partner (%)", groups);
    return new Figure.Distributions(f.title(), f.valueLabel(), f.groups(),
        Optional.of(new Figure.Band("> 50 % preference", 50, 100)));
  }

  static Figure.Distributions strips() {
    Random random = new Random(13);
    return new Figure.Distributions("Huddling per genotype (small cohorts)", "huddle time (min)", List.of(
        new Figure.Group("prairie", random.doubles(12).map(u -> 90 + 20 * random.nextGaussian()).toArray()),
        new Figure.Group("montane", random.doubles(9).map(u -> 30 + 15 * random.nextGaussian()).toArray()),
        new Figure.Group("prairie + OTA", random.doubles(10).map(u -> 45 + 20 * random.nextGaussian()).toArray())),
        Optional.of(new Figure.Band("prairie reference 70–110 min", 70, 110)));
  }

  static Figure.Forest forest() {
    return new Figure.Forest("Effect on partner preference", "difference in preference (percentage points)", List.of(
        new Figure.Row("OXTR antagonist", -22, -35, -9),
        new Figure.Row("AVPR1A antagonist", -15, -30, 0.5),
        new Figure.Row("dopamine D2 antagonist", -18, -31, -4),
        new Figure.Row("saline", 1, -8, 10)), 0);
  }

  static Figure.Heatmap heatmap() {
    double[] x = {0.5, 1, 2, 4, 8, 16};
    double[] y = {0.01, 0.02, 0.05, 0.1, 0.2};
    double[][] z = new double[x.length][y.length];
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < y.length; j++) {
        z[i][j] = x[i] / (x[i] + 40 * y[j]);
      }
    }
    return new Figure.Heatmap("Peak receptor occupancy", "dose (IU)", "clearance k (1/min)", "occupancy (fraction)",
        x, y, z);
  }

  static Figure.Bars bars() {
    return new Figure.Bars("Claim OXT-2: measured vs expected", "peak plasma oxytocin (pM)",
        List.of("model", "Striepens 2013", "Gossen 2012"), new double[] {12.4, 11.0, 13.5}, new double[] {1.8, 2.5, 3.0},
        Optional.of(new Figure.Band("expected 10–15 pM", 10, 15)));
  }

  /** Peak against clearance over 300 random scan points: peak = 10 / k with 5 % noise. */
  static Figure.Scatter scatter() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(3);
    double[] k = new double[300];
    double[] peak = new double[300];
    for (int i = 0; i < k.length; i++) {
      k[i] = 0.05 + random.nextDouble() * 0.5;
      peak[i] = 10 / k[i] * (1 + 0.05 * random.nextGaussian());
    }
    return new Figure.Scatter("peak over a random scan", "k_clear (1/min)", "peak H (pM)", List.of(Figure.Series.line("peak", k, peak)));
  }

  static List<Figure> all() {
    return List.of(timeCourse(), histograms(), strips(), forest(), heatmap(), bars(), scatter());
  }

  /** Writes every sample as PNG and SVG under the directory given (default /tmp/limbic-report-samples). */
  public static void main(String[] args) {
    Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/limbic-report-samples");
    String[] names = {"timecourse", "histograms", "strips", "forest", "heatmap", "bars", "scatter"};
    List<Figure> figures = all();
    for (int i = 0; i < figures.size(); i++) {
      FigureRenderer.DEFAULT.writePng(figures.get(i), dir.resolve(names[i] + ".png"));
      FigureRenderer.DEFAULT.writeSvg(figures.get(i), dir.resolve(names[i] + ".svg"));
    }
    System.out.println("wrote " + dir);
  }
}
