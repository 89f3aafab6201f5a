package org.limbic.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.limbic.experiment.figure.Figure;

/**
 * Draws a {@link Figure.Forest} as forest plots are printed: each row's label on the left, its
 * interval and estimate in the middle against the reference line, and the estimate with its
 * interval as text on the right. Every text is measured ({@link TextFit}) before the layout is
 * fixed, so nothing is cut: the label column is as wide as the widest label, labels too wide for
 * the room left are broken into lines, and a long title or axis label wraps or is drawn smaller.
 * (XChart cut row labels at 20 characters and clipped titles wider than the chart.)
 */
final class ForestDiagram {

  static final int MARGIN = 14;
  private static final int GAP = 12;
  /** The plot keeps at least this share of the width, however long the labels. */
  private static final double MIN_PLOT_SHARE = 0.3;
  private static final double MAX_ROW_HEIGHT = 44;
  private static final float MIN_TEXT = 9f;
  private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 17);
  private static final Font AXIS = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
  private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
  private static final Font HEADER = new Font(Font.SANS_SERIF, Font.ITALIC, 12);

  private ForestDiagram() {
  }

  /** A text where it is drawn: {@code x} its left end, {@code baseline} its baseline. */
  record Text(String text, Font font, double x, double baseline, double width) {
  }

  /** Where everything goes; {@code rowLabels} holds each row's label lines. */
  record Layout(List<Text> title, List<Text> axisLabel, List<List<Text>> rowLabels, List<Text> estimates, Text header,
                List<Text> tickLabels, Rectangle2D plot, double rowHeight, double xMin, double xMax, double[] ticks) {

    List<Text> texts() {
      List<Text> all = new ArrayList<>(title);
      all.addAll(axisLabel);
      rowLabels.forEach(all::addAll);
      all.addAll(estimates);
      all.add(header);
      all.addAll(tickLabels);
      return all;
    }

    double x(double value) {
      return plot.getMinX() + (value - xMin) / (xMax - xMin) * plot.getWidth();
    }

    double rowCentre(int row) {
      return plot.getMinY() + (row + 0.5) * rowHeight;
    }
  }

  static BufferedImage image(Figure.Forest f, int width, int height) {
    return Java2dCanvas.image(width, height, g -> draw(g, f, width, height));
  }

  static byte[] svg(Figure.Forest f, int width, int height) {
    return Java2dCanvas.svg(width, height, g -> draw(g, f, width, height));
  }

  static Layout layout(Figure.Forest f, int width, int height) {
    double inner = width - 2.0 * MARGIN;
    List<Text> title = new ArrayList<>();
    Font titleFont = TextFit.fitting(f.title(), TITLE, inner, 2, 12f);
    double y = MARGIN;
    for (String line : TextFit.wrap(f.title(), titleFont, inner)) {
      double w = TextFit.width(line, titleFont);
      title.add(new Text(line, titleFont, (width - w) / 2, y + TextFit.ascent(titleFont), w));
      y += TextFit.lineHeight(titleFont);
    }
    y += 6;
    Font axisFont = TextFit.fitting(f.estimateLabel(), AXIS, inner, 2, 11f);
    List<String> axisLines = TextFit.wrap(f.estimateLabel(), axisFont, inner);
    Font tickFont = TEXT;
    double headerHeight = TextFit.lineHeight(HEADER) + 4;
    // below the rows: tick marks and labels, a gap, the axis label
    double below = 6 + TextFit.lineHeight(tickFont) + 8 + axisLines.size() * TextFit.lineHeight(axisFont);
    int n = Math.max(1, f.rows().size());
    double room = height - MARGIN - y - headerHeight - below;
    double rowHeight = Math.min(MAX_ROW_HEIGHT, room / n);
    // a few rows do not fill the figure: the block of rows and axis sits in the middle of the room below the title
    y += (room - n * rowHeight) / 2;
    Text header = new Text("estimate (interval)", HEADER, 0, y + TextFit.ascent(HEADER), TextFit.width("estimate (interval)", HEADER));
    double plotTop = y + headerHeight;
    double axisTop = plotTop + n * rowHeight + 6 + TextFit.lineHeight(tickFont) + 8;
    List<Text> axisLabel = new ArrayList<>();
    for (int i = 0; i < axisLines.size(); i++) {
      double w = TextFit.width(axisLines.get(i), axisFont);
      axisLabel.add(new Text(axisLines.get(i), axisFont, (width - w) / 2,
          axisTop + i * TextFit.lineHeight(axisFont) + TextFit.ascent(axisFont), w));
    }

    double[] range = range(f);
    int decimals = decimals(range);
    List<String> estimateText = f.rows().stream().map(r -> estimate(r, decimals)).toList();
    Font textFont = TEXT.deriveFont((float) Math.max(MIN_TEXT, Math.min(TEXT.getSize2D(), rowHeight * 0.72)));
    double estimateColumn = Math.max(TextFit.width(header.text(), HEADER), estimateText.stream()
        .mapToDouble(s -> TextFit.width(s, textFont)).max().orElse(0));
    double labelRoom = Math.max(0.2 * width, inner - estimateColumn - 2 * GAP - MIN_PLOT_SHARE * width);
    List<List<String>> labels = new ArrayList<>();
    Font labelFont = textFont;
    for (float size = textFont.getSize2D(); ; size -= 0.5f) {
      labelFont = textFont.deriveFont(size);
      Font font = labelFont;
      labels = f.rows().stream().map(r -> TextFit.wrap(r.label(), font, labelRoom)).toList();
      int lines = labels.stream().mapToInt(List::size).max().orElse(1);
      boolean fits = lines * TextFit.lineHeight(labelFont) <= rowHeight * 0.95
          && labels.stream().allMatch(l -> TextFit.widest(l, font) <= labelRoom);
      if (fits || size - 0.5f < MIN_TEXT) {
        break;
      }
    }
    Font finalLabelFont = labelFont;
    double labelColumn = labels.stream().mapToDouble(l -> TextFit.widest(l, finalLabelFont)).max().orElse(0);
    Rectangle2D plot = new Rectangle2D.Double(MARGIN + labelColumn + GAP, plotTop,
        width - MARGIN - estimateColumn - GAP - (MARGIN + labelColumn + GAP), n * rowHeight);

    List<List<Text>> rowLabels = new ArrayList<>();
    List<Text> estimates = new ArrayList<>();
    double lh = TextFit.lineHeight(labelFont);
    for (int i = 0; i < f.rows().size(); i++) {
      double centre = plot.getMinY() + (i + 0.5) * rowHeight;
      List<String> lines = labels.get(i);
      double first = centre - lines.size() * lh / 2 + TextFit.ascent(labelFont);
      List<Text> row = new ArrayList<>();
      for (int k = 0; k < lines.size(); k++) {
        row.add(new Text(lines.get(k), labelFont, MARGIN, first + k * lh, TextFit.width(lines.get(k), labelFont)));
      }
      rowLabels.add(row);
      double w = TextFit.width(estimateText.get(i), textFont);
      estimates.add(new Text(estimateText.get(i), textFont, width - MARGIN - w, centre - TextFit.lineHeight(textFont) / 2
          + TextFit.ascent(textFont), w));
    }
    header = new Text(header.text(), HEADER, width - MARGIN - header.width(), header.baseline(), header.width());

    double[] ticks = ticks(range[0], range[1]);
    List<Text> tickLabels = new ArrayList<>();
    int tickDecimals = Math.max(0, (int) -Math.floor(Math.log10(ticks.length > 1 ? ticks[1] - ticks[0] : 1) + 1e-9));
    Layout partial = new Layout(title, axisLabel, rowLabels, estimates, header, tickLabels, plot, rowHeight, range[0], range[1], ticks);
    for (double t : ticks) {
      String s = String.format(Locale.ROOT, "%." + tickDecimals + "f", t == 0 ? 0.0 : t);
      double w = TextFit.width(s, tickFont);
      tickLabels.add(new Text(s, tickFont, partial.x(t) - w / 2, plot.getMaxY() + 6 + TextFit.ascent(tickFont), w));
    }
    return partial;
  }

  /** The values' range with the reference, widened by 5 % each side (±1 around a single value). */
  private static double[] range(Figure.Forest f) {
    double lo = f.reference();
    double hi = f.reference();
    for (Figure.Row r : f.rows()) {
      for (double v : new double[] {r.estimate(), r.lower(), r.upper()}) {
        if (Double.isFinite(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    if (!(hi > lo)) {
      return new double[] {lo - 1, hi + 1};
    }
    double pad = 0.05 * (hi - lo);
    return new double[] {lo - pad, hi + pad};
  }

  /** Ticks at 1, 2 or 5 times a power of ten, about five across the range. */
  static double[] ticks(double lo, double hi) {
    double raw = (hi - lo) / 5;
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = raw / power < 1.5 ? power : raw / power < 3.5 ? 2 * power : raw / power < 7.5 ? 5 * power : 10 * power;
    List<Double> ticks = new ArrayList<>();
    for (long k = (long) Math.ceil(lo / step); k * step <= hi + 1e-9 * step; k++) {
      ticks.add(k * step); // k times the step, not a running sum: no drift, and 0 is exactly 0
    }
    return ticks.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static int decimals(double[] range) {
    double size = Math.max(Math.abs(range[0]), Math.abs(range[1]));
    return size >= 100 ? 0 : size >= 10 ? 1 : 2;
  }

  private static String estimate(Figure.Row r, int decimals) {
    String p = "%." + decimals + "f";
    return bound(r.estimate(), p) + " (" + bound(r.lower(), p) + " to " + bound(r.upper(), p) + ")";
  }

  private static String bound(double v, String pattern) {
    return Double.isNaN(v) ? "-" : Double.isInfinite(v) ? (v > 0 ? "inf" : "-inf") : number(v, pattern);
  }

  /** Formatted, without the sign of a value that rounds to zero ("-0.00" reads as a negative bound). */
  private static String number(double v, String pattern) {
    String s = String.format(Locale.ROOT, pattern, v);
    return s.matches("-0(\\.0*)?") ? s.substring(1) : s;
  }

  static void draw(Graphics2D g, Figure.Forest f, int width, int height) {
    Layout l = layout(f, width, height);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    Rectangle2D plot = l.plot();
    for (int i = 1; i < f.rows().size(); i += 2) {
      g.setColor(new Color(0xF5F5F5));
      g.fill(new Rectangle2D.Double(MARGIN, plot.getMinY() + i * l.rowHeight(), width - 2.0 * MARGIN, l.rowHeight()));
    }
    g.setStroke(new BasicStroke(1f));
    for (double t : l.ticks()) {
      double x = l.x(t);
      g.setColor(new Color(0xE3E3E3));
      g.draw(new Line2D.Double(x, plot.getMinY(), x, plot.getMaxY()));
      g.setColor(new Color(0x777777));
      g.draw(new Line2D.Double(x, plot.getMaxY(), x, plot.getMaxY() + 4));
    }
    g.setColor(new Color(0x999999));
    g.draw(new Line2D.Double(plot.getMinX(), plot.getMaxY(), plot.getMaxX(), plot.getMaxY()));
    g.setColor(ChartStyle.REFERENCE);
    g.setStroke(ChartStyle.DASHED);
    double ref = l.x(f.reference());
    g.draw(new Line2D.Double(ref, plot.getMinY(), ref, plot.getMaxY()));
    double marker = Math.min(12, l.rowHeight() * 0.6);
    for (int i = 0; i < f.rows().size(); i++) {
      Figure.Row r = f.rows().get(i);
      double y = l.rowCentre(i);
      if (Double.isFinite(r.lower()) && Double.isFinite(r.upper())) {
        g.setColor(ChartStyle.color(0));
        g.setStroke(ChartStyle.LINE);
        g.draw(new Line2D.Double(l.x(r.lower()), y, l.x(r.upper()), y));
      }
      if (Double.isFinite(r.estimate())) {
        double x = l.x(r.estimate());
        Path2D diamond = new Path2D.Double();
        diamond.moveTo(x, y - marker / 2);
        diamond.lineTo(x + marker / 2, y);
        diamond.lineTo(x, y + marker / 2);
        diamond.lineTo(x - marker / 2, y);
        diamond.closePath();
        g.setColor(ChartStyle.color(1));
        g.fill(diamond);
      }
    }
    for (Text t : l.texts()) {
      g.setColor(t.font() == HEADER || l.tickLabels().contains(t) ? new Color(0x555555) : new Color(0x222222));
      g.setFont(t.font());
      g.drawString(t.text(), (float) t.x(), (float) t.baseline());
    }
  }
}
