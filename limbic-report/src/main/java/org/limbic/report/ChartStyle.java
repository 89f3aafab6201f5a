package org.limbic.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/** The house look of every figure: one font family, a colour-blind-safe palette, light grid, legend below. */
final class ChartStyle {

  /**
   * Okabe &amp; Ito (2008), "Color Universal Design": distinguishable with the common colour-vision
   * deficiencies. Yellow is left out: too pale for thin lines on white.
   */
  static final Color[] PALETTE = {
      new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
      new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000)};

  /** The expected band: a neutral grey-green, so the data's own colours stay distinct. */
  static final Color EXPECTED = new Color(0x4D, 0xAF, 0x4A, 60);
  static final Color REFERENCE = new Color(0x55, 0x55, 0x55);

  static final BasicStroke LINE = new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  /** A time course's line once the palette has come round: same width, dashed. */
  static final BasicStroke LINE_DASHED = new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
      new float[] {9f, 5f}, 0f);
  static final BasicStroke THIN = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
  static final BasicStroke DASHED = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
      new float[] {6f, 4f}, 0f);
  static final BasicStroke NONE = new BasicStroke(0f);

  private static final String FAMILY = Font.SANS_SERIF;

  private ChartStyle() {
  }

  static Color color(int i) {
    return PALETTE[i % PALETTE.length];
  }

  static Color translucent(Color c, int alpha) {
    return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
  }

  static void apply(Styler s) {
    s.setChartBackgroundColor(Color.WHITE);
    s.setChartFontColor(new Color(0x222222));
    s.setChartTitleFont(new Font(FAMILY, Font.BOLD, 17));
    s.setChartTitleBoxVisible(false);
    s.setChartPadding(12);
    s.setPlotBackgroundColor(Color.WHITE);
    s.setPlotBorderVisible(true);
    s.setPlotBorderColor(new Color(0x999999));
    s.setLegendFont(new Font(FAMILY, Font.PLAIN, 13));
    s.setLegendBorderColor(Color.WHITE);
    s.setLegendBackgroundColor(Color.WHITE);
    s.setLegendPosition(Styler.LegendPosition.OutsideS);
    s.setLegendLayout(Styler.LegendLayout.Horizontal);
    s.setSeriesColors(PALETTE);
    s.setAntiAlias(true);
    s.setTextAntiAlias(true);
    s.setLocale(java.util.Locale.ROOT);
  }

  static void apply(AxesChartStyler s) {
    apply((Styler) s);
    s.setAxisTitleFont(new Font(FAMILY, Font.PLAIN, 15));
    s.setAxisTickLabelsFont(new Font(FAMILY, Font.PLAIN, 13));
    s.setAxisTitlePadding(8);
    s.setPlotGridLinesColor(new Color(0xE3E3E3));
    s.setPlotGridLinesStroke(new BasicStroke(1f));
    s.setAxisTickMarksColor(new Color(0x777777));
    s.setPlotMargin(6);
  }
}
