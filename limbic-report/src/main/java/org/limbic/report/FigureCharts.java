package org.limbic.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.limbic.experiment.figure.Figure;

/**
 * Turns each kind of {@link Figure} into an XChart chart. Everything but heatmaps is an XY chart, so
 * bands, bars and reference lines share one coordinate system: bands and bars are polygons, category
 * axes are integer positions with the category names as tick labels.
 */
final class FigureCharts {

  /** Distributions with at least this many values in every group are drawn as histograms, else as strip plots. */
  static final int HISTOGRAM_MIN_VALUES = 30;

  private FigureCharts() {
  }

  static Chart<?, ?> of(Figure figure, int width, int height) {
    Chart<?, ?> chart = switch (figure) {
      case Figure.TimeCourse f -> timeCourse(f, width, height);
      case Figure.Distributions f -> !f.groups().isEmpty() && f.groups().stream().allMatch(g -> finiteCount(g.values()) >= HISTOGRAM_MIN_VALUES)
          ? histograms(f, width, height) : stripPlot(f, width, height);
      case Figure.Forest f -> throw new IllegalArgumentException("forest '" + f.title() + "' is drawn by ForestDiagram, not XChart");
      case Figure.Heatmap f -> heatmap(f, width, height);
      case Figure.Bars f -> bars(f, width, height);
      case Figure.Scatter f -> scatter(f, width, height);
      case Figure.Flow f -> throw new IllegalArgumentException("flow '" + f.title() + "' is drawn by FlowDiagram, not XChart");
    };
    if (chart instanceof XYChart xy) {
      stackLegendIfWide(xy);
    }
    return chart;
  }

  /**
   * One legend row while it fits the chart's width (estimated at 7.5 px a character), else one entry
   * a row; more than {@link #ROWS_BELOW} rows go to the right of the plot, which below would leave
   * the plot a strip (a 12-point scan's curves).
   */
  private static void stackLegendIfWide(XYChart chart) {
    List<XYSeries> shown = chart.getSeriesCollection().stream().filter(XYSeries::isShowInLegend).toList();
    double width = shown.stream().mapToDouble(s -> 45 + 7.5 * s.getLabel().length()).sum();
    if (width > chart.getWidth() - 40) {
      chart.getStyler().setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Vertical);
      if (shown.size() > ROWS_BELOW) {
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideE);
      }
    }
  }

  private static final int ROWS_BELOW = 5;

  private static XYChart xyChart(String title, String xLabel, String yLabel, int width, int height) {
    XYChart chart = new XYChart(width, height);
    chart.setTitle(title);
    chart.setXAxisTitle(xLabel);
    chart.setYAxisTitle(yLabel);
    ChartStyle.apply(chart.getStyler());
    chart.getStyler().setMarkerSize(7);
    return chart;
  }

  private static XYChart scatter(Figure.Scatter f, int width, int height) {
    XYChart chart = xyChart(f.title(), f.xLabel(), f.yLabel(), width, height);
    chart.getStyler().setMarkerSize(5);
    for (int i = 0; i < f.series().size(); i++) {
      Figure.Series s = f.series().get(i);
      double[][] points = finitePoints(s.x(), s.y());
      if (points[0].length > 0) {
        XYSeries series = chart.addSeries("points " + i, points[0], points[1]);
        series.setLabel(s.name());
        series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        series.setMarker(SeriesMarkers.CIRCLE);
        series.setMarkerColor(ChartStyle.translucent(ChartStyle.color(i), 160));
      }
    }
    for (int i = 0; i < f.lines().size(); i++) {
      Figure.Series s = f.lines().get(i);
      double[][] line = finitePoints(s.x(), s.y());
      if (line[0].length > 0) {
        XYSeries series = chart.addSeries("line " + i, line[0], line[1]);
        series.setLabel(s.name());
        series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(ChartStyle.color(i));
        series.setLineStyle(ChartStyle.LINE);
      }
    }
    return chart;
  }

  private static XYChart timeCourse(Figure.TimeCourse f, int width, int height) {
    XYChart chart = xyChart(f.title(), f.xLabel(), f.yLabel(), width, height);
    double xMin = Double.POSITIVE_INFINITY;
    double xMax = Double.NEGATIVE_INFINITY;
    for (Figure.Series s : f.series()) {
      for (double x : s.x()) {
        if (Double.isFinite(x)) {
          xMin = Math.min(xMin, x);
          xMax = Math.max(xMax, x);
        }
      }
    }
    if (f.expected().isPresent() && f.expected().get().axis() == Figure.Band.Axis.X) {
      double[] y = yRange(f.series());
      if (y[0] <= y[1]) {
        // a time window: x from low to high across every value drawn
        expectedBand(chart, f.expected(), y[0], y[1], false);
      }
    } else if (xMin <= xMax) {
      expectedBand(chart, f.expected(), xMin, xMax, true);
    }
    for (int i = 0; i < f.series().size(); i++) {
      Figure.Series s = f.series().get(i);
      Color color = ChartStyle.color(i);
      if (s.lower() != null && s.upper() != null) {
        double[][] band = bandPolygon(s.x(), s.lower(), s.upper());
        if (band[0].length > 0) {
          polygon(chart, "band " + i, "", band[0], band[1], ChartStyle.translucent(color, 55)).setShowInLegend(false);
        }
      }
      double[][] line = finitePoints(s.x(), s.y());
      if (line[0].length > 0) {
        XYSeries series = chart.addSeries("line " + i, line[0], line[1]);
        series.setLabel(s.name());
        series.setXYSeriesRenderStyle(line[0].length == 1 ? XYSeriesRenderStyle.Scatter : XYSeriesRenderStyle.Line);
        series.setMarker(line[0].length == 1 ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
        series.setLineColor(color);
        series.setMarkerColor(color);
        // past the palette the colours come round again: the second round is dashed
        series.setLineStyle(i < ChartStyle.PALETTE.length ? ChartStyle.LINE : ChartStyle.LINE_DASHED);
      }
    }
    return chart;
  }

  private static XYChart histograms(Figure.Distributions f, int width, int height) {
    XYChart chart = xyChart(f.title(), f.valueLabel(), "count", width, height);
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    int maxN = 0;
    for (Figure.Group g : f.groups()) {
      double[] v = Quantiles.finiteSorted(g.values());
      lo = Math.min(lo, v[0]);
      hi = Math.max(hi, v[v.length - 1]);
      maxN = Math.max(maxN, v.length);
    }
    // Sturges' rule on the largest group, shared edges so the groups' bars line up
    int bins = Math.max(5, Math.min(60, (int) Math.ceil(Math.log(maxN) / Math.log(2)) + 1));
    if (hi <= lo) {
      lo -= 0.5;
      hi += 0.5;
    }
    double width1 = (hi - lo) / bins;
    double maxCount = 1;
    List<int[]> counts = new ArrayList<>();
    for (Figure.Group g : f.groups()) {
      int[] c = new int[bins];
      for (double v : g.values()) {
        if (Double.isFinite(v)) {
          c[Math.min(bins - 1, (int) ((v - lo) / width1))]++;
        }
      }
      counts.add(c);
      maxCount = Math.max(maxCount, Arrays.stream(c).max().orElse(0));
    }
    expectedBand(chart, f.expected(), 0, maxCount * 1.05, false);
    boolean overlaid = f.groups().size() > 1;
    for (int i = 0; i < f.groups().size(); i++) {
      int[] c = counts.get(i);
      double[] xs = new double[2 * bins + 2];
      double[] ys = new double[2 * bins + 2];
      xs[0] = lo;
      for (int b = 0; b < bins; b++) {
        xs[2 * b + 1] = lo + b * width1;
        ys[2 * b + 1] = c[b];
        xs[2 * b + 2] = lo + (b + 1) * width1;
        ys[2 * b + 2] = c[b];
      }
      xs[2 * bins + 1] = hi;
      Color color = ChartStyle.color(i);
      XYSeries s = polygon(chart, "group " + i, label(f.groups().get(i)), xs, ys,
          ChartStyle.translucent(color, overlaid ? 80 : 150));
      s.setLineColor(color);
      s.setLineStyle(ChartStyle.THIN);
    }
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setXAxisMin(lo);
    chart.getStyler().setXAxisMax(hi);
    return chart;
  }

  /** Every value as a point, jittered sideways within its group's column, with the group's median as a bar. */
  private static XYChart stripPlot(Figure.Distributions f, int width, int height) {
    XYChart chart = xyChart(stripTitle(f), "", f.valueLabel(), width, height);
    int n = f.groups().size();
    categoryAxis(chart, f.groups().stream().map(FigureCharts::shortLabel).toList());
    expectedBand(chart, f.expected(), -0.5, n - 0.5, true);
    for (int i = 0; i < n; i++) {
      double[] v = Quantiles.finiteSorted(f.groups().get(i).values());
      if (v.length == 0) {
        continue;
      }
      double[] xs = new double[v.length];
      for (int k = 0; k < v.length; k++) {
        // golden-ratio sequence: even, deterministic spread in [-0.25, 0.25)
        xs[k] = i + ((k * 0.6180339887498949) % 1.0 - 0.5) * 0.5;
      }
      Color color = ChartStyle.color(i);
      XYSeries points = chart.addSeries("points " + i, xs, v);
      points.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
      points.setMarker(SeriesMarkers.CIRCLE);
      points.setMarkerColor(ChartStyle.translucent(color, 170));
      points.setShowInLegend(false);
      double median = Quantiles.ofSorted(v, 0.5);
      XYSeries bar = chart.addSeries("median " + i, new double[] {i - 0.35, i + 0.35}, new double[] {median, median});
      bar.setLabel("median");
      bar.setMarker(SeriesMarkers.NONE);
      bar.setLineColor(ChartStyle.REFERENCE);
      bar.setLineStyle(new java.awt.BasicStroke(3f));
      bar.setShowInLegend(i == 0);
    }
    padEqualValues(chart, f.groups());
    return chart;
  }

  /**
   * All values equal (one run, or a metric every subject shares) leave the axis no range, and its one
   * tick printed the value to 16 digits ("42.08395494895056"): give it 5 % either side, so ticks are round.
   */
  private static void padEqualValues(XYChart chart, List<Figure.Group> groups) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Figure.Group g : groups) {
      for (double v : g.values()) {
        if (Double.isFinite(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    if (lo == hi) {
      double pad = lo == 0 ? 1 : 0.05 * Math.abs(lo);
      chart.getStyler().setYAxisMin(lo - pad);
      chart.getStyler().setYAxisMax(hi + pad);
    }
  }

  private static HeatMapChart heatmap(Figure.Heatmap f, int width, int height) {
    // the builder, not new HeatMapChart(w, h): that constructor leaves the styler without the theme's
    // heatmap defaults and XChart 4.0.3 then paints only the cells, over the whole image
    // XChart's colour scale has no title, so the colour's meaning goes into the chart's
    HeatMapChart chart = new HeatMapChartBuilder().width(width).height(height)
        .title(f.title() + " (colour: " + f.zLabel() + ")")
        .xAxisTitle(f.xLabel()).yAxisTitle(f.yLabel()).build();
    ChartStyle.apply(chart.getStyler());
    chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideE);
    chart.getStyler().setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Vertical);
    chart.getStyler().setPlotContentSize(1.0);
    chart.getStyler().setPlotGridLinesVisible(false);
    // no numbers in the cells: one font colour cannot be read on both ends of the scale
    chart.getStyler().setShowValue(false);
    chart.getStyler().setRangeColors(VIRIDIS);
    if (f.z().length != f.x().length || Arrays.stream(f.z()).anyMatch(row -> row.length != f.y().length)) {
      throw new IllegalArgumentException("heatmap '" + f.title() + "': z must be " + f.x().length + " × "
          + f.y().length + " (x × y); give z[i][j] for x[i], y[j], NaN where missing");
    }
    List<Number[]> cells = new ArrayList<>();
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < f.x().length; i++) {
      for (int j = 0; j < f.y().length; j++) {
        double z = f.z()[i][j];
        if (Double.isFinite(z)) {
          cells.add(new Number[] {i, j, z});
          min = Math.min(min, z);
          max = Math.max(max, z);
        }
      }
    }
    if (min <= max) {
      // the scale's ends are printed as they are: round them outwards to 3 significant digits
      chart.getStyler().setMin(round(min, java.math.RoundingMode.FLOOR));
      chart.getStyler().setMax(max > min ? round(max, java.math.RoundingMode.CEILING) : min + 1);
    }
    chart.addSeries(f.zLabel(), Arrays.stream(f.x()).mapToObj(FigureCharts::number).toList(),
        Arrays.stream(f.y()).mapToObj(FigureCharts::number).toList(), cells);
    return chart;
  }

  /** Viridis (van der Walt &amp; Smith 2015, matplotlib): perceptually uniform, readable in grey and by colour-blind readers. */
  private static final Color[] VIRIDIS = {
      new Color(0x440154), new Color(0x3B528B), new Color(0x21918C), new Color(0x5EC962), new Color(0xFDE725)};

  private static XYChart bars(Figure.Bars f, int width, int height) {
    XYChart chart = xyChart(f.title(), "", f.valueLabel(), width, height);
    int n = f.categories().size();
    if (f.values().length != n) {
      throw new IllegalArgumentException("bar chart '" + f.title() + "': " + f.values().length + " values for " + n
          + " categories; give one value per category");
    }
    categoryAxis(chart, f.categories());
    expectedBand(chart, f.expected(), -0.5, n - 0.5, true);
    double half = 0.32;
    // one polygon walking along the baseline: up, across and down for each bar
    double[] xs = new double[4 * n];
    double[] ys = new double[4 * n];
    for (int i = 0; i < n; i++) {
      double v = Double.isFinite(f.values()[i]) ? f.values()[i] : 0;
      xs[4 * i] = i - half;
      xs[4 * i + 1] = i - half;
      xs[4 * i + 2] = i + half;
      xs[4 * i + 3] = i + half;
      ys[4 * i + 1] = v;
      ys[4 * i + 2] = v;
    }
    Color color = ChartStyle.color(0);
    XYSeries barSeries = polygon(chart, "bars", "value", xs, ys, ChartStyle.translucent(color, 200));
    barSeries.setLineColor(color);
    barSeries.setLineStyle(ChartStyle.THIN);
    if (f.errors() != null) {
      for (int i = 0; i < n && i < f.errors().length; i++) {
        double v = f.values()[i];
        double e = f.errors()[i];
        if (Double.isFinite(v) && Double.isFinite(e) && e > 0) {
          XYSeries whisker = chart.addSeries("error " + i, new double[] {i - 0.1, i + 0.1, i, i, i - 0.1, i + 0.1},
              new double[] {v - e, v - e, v - e, v + e, v + e, v + e});
          whisker.setLabel("± error");
          whisker.setMarker(SeriesMarkers.NONE);
          whisker.setLineColor(ChartStyle.REFERENCE);
          whisker.setLineStyle(ChartStyle.THIN);
          whisker.setShowInLegend(i == 0);
        }
      }
    }
    boolean allPositive = Arrays.stream(f.values()).filter(Double::isFinite).allMatch(v -> v >= 0);
    if (allPositive) {
      chart.getStyler().setYAxisMin(0.0);
    }
    return chart;
  }

  /**
   * Integer positions 0..n-1 labelled with {@code labels}. XChart picks tick positions itself; the
   * spacing hint below makes it pick a step of 1 (ticks on the categories), and the formatter works
   * around two of its rules: it draws no ticks when the axis ends format alike, and it rejects a set
   * of labels with duplicates. So every blank position gets its own number of spaces. It also rejects
   * labels over 20 characters, so those are shortened (the full names belong in the report's text).
   */
  private static void categoryAxis(XYChart chart, List<String> labels) {
    int n = labels.size();
    List<String> shown = labels.stream().map(FigureCharts::shorten).toList();
    double middle = (n - 1) / 2.0;
    java.util.function.Function<Double, String> name = v -> {
      long k = Math.round(v);
      if (Math.abs(v - k) < 1e-9 && k >= 0 && k < n) {
        return shown.get((int) k);
      }
      long blanks = v < middle ? Math.round(2 * (-0.5 - v)) : 2 + Math.round(2 * (v - (n - 0.5)));
      return " ".repeat((int) Math.max(0, Math.min(12, blanks)));
    };
    // the plot spans roughly the chart less its margins, axis title and legend
    double plotSpan = chart.getWidth() - 110;
    int hint = (int) Math.max(10, Math.min(1.1 * plotSpan / n, 0.6 * plotSpan));
    chart.getStyler().setXAxisMin(-0.5);
    chart.getStyler().setXAxisMax(n - 0.5);
    chart.getStyler().setPlotGridVerticalLinesVisible(false);
    chart.getStyler().setXAxisTickMarkSpacingHint(hint);
    chart.setCustomXAxisTickLabelsFormatter(name);
  }

  private static String shorten(String label) {
    return label.length() <= 20 ? label : label.substring(0, 19) + "…";
  }

  /** The smallest and largest finite y of the series, their bands included ({+inf, -inf} if none). */
  static double[] yRange(List<Figure.Series> series) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Figure.Series s : series) {
      for (double[] ys : new double[][] {s.y(), s.lower(), s.upper()}) {
        if (ys != null) {
          for (double v : ys) {
            if (Double.isFinite(v)) {
              lo = Math.min(lo, v);
              hi = Math.max(hi, v);
            }
          }
        }
      }
    }
    return new double[] {lo, hi};
  }

  /**
   * The expected range as a shaded rectangle labelled in the legend: horizontal (y from low to high
   * across [from, to] on x) or vertical (x from low to high, y from {@code from} to {@code to}).
   */
  private static void expectedBand(XYChart chart, Optional<Figure.Band> band, double from, double to,
                                   boolean horizontal) {
    if (band.isEmpty() || !Double.isFinite(band.get().low()) || !Double.isFinite(band.get().high())) {
      return;
    }
    Figure.Band b = band.get();
    double[] across = {from, to, to, from};
    double[] along = {b.low(), b.low(), b.high(), b.high()};
    String label = b.label() == null || b.label().isBlank() ? "expected" : "expected: " + b.label();
    XYSeries s = horizontal ? polygon(chart, "expected", label, across, along, ChartStyle.EXPECTED)
        : polygon(chart, "expected", label, along, across, ChartStyle.EXPECTED);
    s.setLineColor(ChartStyle.translucent(ChartStyle.EXPECTED, 160));
    s.setLineStyle(ChartStyle.THIN);
  }

  private static XYSeries polygon(XYChart chart, String key, String label, double[] xs, double[] ys, Color fill) {
    XYSeries s = chart.addSeries(key, xs, ys);
    s.setLabel(label);
    s.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
    s.setMarker(SeriesMarkers.NONE);
    s.setFillColor(fill);
    s.setLineColor(fill);
    s.setLineStyle(ChartStyle.NONE);
    return s;
  }

  /** The closed outline of a band: along the upper edge, back along the lower one; points with a non-finite edge are left out. */
  private static double[][] bandPolygon(double[] x, double[] lower, double[] upper) {
    List<Integer> ok = new ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      if (Double.isFinite(x[i]) && Double.isFinite(lower[i]) && Double.isFinite(upper[i])) {
        ok.add(i);
      }
    }
    int m = ok.size();
    double[] xs = new double[2 * m];
    double[] ys = new double[2 * m];
    for (int k = 0; k < m; k++) {
      int i = ok.get(k);
      xs[k] = x[i];
      ys[k] = upper[i];
      xs[2 * m - 1 - k] = x[i];
      ys[2 * m - 1 - k] = lower[i];
    }
    return new double[][] {xs, ys};
  }

  private static double[][] finitePoints(double[] x, double[] y) {
    int m = 0;
    double[] xs = new double[x.length];
    double[] ys = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
        xs[m] = x[i];
        ys[m++] = y[i];
      }
    }
    return new double[][] {Arrays.copyOf(xs, m), Arrays.copyOf(ys, m)};
  }

  /** A group's name and size; values that are not finite are said, not left out silently: "run a (n = 38 of 40; 2 NaN)". */
  static String label(Figure.Group g) {
    int n = finiteCount(g.values());
    int missing = g.values().length - n;
    return g.name() + " (n = " + n + (missing == 0 ? "" : " of " + g.values().length + "; " + missing + " NaN") + ")";
  }

  /**
   * The title, with the groups' NaN counts when a category label too long for its axis had to drop
   * them ("(NaN: WT 2 of 12)"): a NaN has no place on the value axis, so it must be said somewhere.
   */
  static String stripTitle(Figure.Distributions f) {
    List<String> dropped = new ArrayList<>();
    for (Figure.Group g : f.groups()) {
      int missing = g.values().length - finiteCount(g.values());
      if (missing > 0 && shortLabel(g).equals(g.name())) {
        dropped.add(g.name() + " " + missing + " of " + g.values().length);
      }
    }
    // a results figure's title already counts them ("peak_H (1 of 21 runs NaN)")
    return dropped.isEmpty() || f.title().contains("NaN") ? f.title() : f.title() + " (NaN: " + String.join(", ", dropped) + ")";
  }

  /** A group's name with its size when that fits on a category axis (20 characters). */
  private static String shortLabel(Figure.Group g) {
    String full = label(g);
    return full.length() <= 20 ? full : g.name();
  }

  private static int finiteCount(double[] values) {
    return (int) Arrays.stream(values).filter(Double::isFinite).count();
  }

  private static double round(double v, java.math.RoundingMode mode) {
    return new java.math.BigDecimal(v).round(new java.math.MathContext(3, mode)).doubleValue();
  }

  static String number(double v) {
    return String.format(Locale.ROOT, "%.3g", v).replaceFirst("(\\.\\d*?)0+(e|$)", "$1$2").replaceFirst("\\.(e|$)", "$1");
  }
}
