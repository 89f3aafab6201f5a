package org.limbic.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.limbic.experiment.figure.Figure;

/** Figures built from tidy results: cohorts of time courses summarised as bands, values as histograms. */
public final class Figures {

  /** The band drawn around a cohort's median: the 5th to 95th percentile across subjects. */
  public static final double BAND_LOW = 0.05;
  public static final double BAND_HIGH = 0.95;

  private Figures() {
  }

  /**
   * One series per entry: the median across subjects with a 5–95 % band, or the plain line when
   * there is a single subject. Non-finite values are left out of each time's quantiles.
   *
   * @param valuesBySeries per series, values[subject][time index], each row as long as {@code times}
   */
  public static Figure.TimeCourse timeCourseBands(String title, String xLabel, String yLabel,
                                                  Map<String, double[][]> valuesBySeries, double[] times) {
    List<Figure.Series> series = new ArrayList<>();
    valuesBySeries.forEach((name, values) -> {
      for (int s = 0; s < values.length; s++) {
        if (values[s].length != times.length) {
          throw new IllegalArgumentException("series '" + name + "', subject " + s + ": " + values[s].length
              + " values for " + times.length + " times; give one value per time (NaN where missing)");
        }
      }
      if (values.length == 1) {
        series.add(Figure.Series.line(name, times, values[0]));
        return;
      }
      double[] median = new double[times.length];
      double[] low = new double[times.length];
      double[] high = new double[times.length];
      double[] column = new double[values.length];
      for (int t = 0; t < times.length; t++) {
        for (int s = 0; s < values.length; s++) {
          column[s] = values[s][t];
        }
        double[] sorted = Quantiles.finiteSorted(column);
        median[t] = Quantiles.ofSorted(sorted, 0.5);
        low[t] = Quantiles.ofSorted(sorted, BAND_LOW);
        high[t] = Quantiles.ofSorted(sorted, BAND_HIGH);
      }
      String label = name + " (median, 5–95 % of " + values.length + ")";
      series.add(new Figure.Series(label, times, median, low, high));
    });
    return new Figure.TimeCourse(title, xLabel, yLabel, series, Optional.empty());
  }

  /** Overlaid histograms (or strip plots when groups are small) of each group's values, in the map's order. */
  public static Figure.Distributions histogram(String title, String valueLabel, Map<String, double[]> valuesByGroup) {
    List<Figure.Group> groups = new ArrayList<>();
    valuesByGroup.forEach((name, values) -> groups.add(new Figure.Group(name, values)));
    return new Figure.Distributions(title, valueLabel, groups, Optional.empty());
  }
}
