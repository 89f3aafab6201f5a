package org.limbic.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.limbic.experiment.figure.Figure;

/**
 * Draws a {@link Figure.Flow} (a CONSORT diagram) with Java2D, since XChart has no boxes and arrows:
 * one row per stage, boxes spread evenly across it, arrows from each box of the previous row to the
 * boxes below (one to many when it had one box, else box to box). The same drawing goes to a bitmap
 * (PNG) and to VectorGraphics2D (SVG), as the charts do ({@link Java2dCanvas}). Texts are measured
 * ({@link TextFit}): the title and box labels wrap onto a second line, or are drawn smaller, rather
 * than being cut.
 */
final class FlowDiagram {

  private static final int MARGIN = 16;

  private FlowDiagram() {
  }

  static BufferedImage image(Figure.Flow flow, int width, int height) {
    return Java2dCanvas.image(width, height, g -> draw(g, flow, width, height));
  }

  static byte[] svg(Figure.Flow flow, int width, int height) {
    return Java2dCanvas.svg(width, height, g -> draw(g, flow, width, height));
  }

  static void draw(Graphics2D g, Figure.Flow flow, int width, int height) {
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    Font titleFont = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    Font boxFont = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    Font stageFont = new Font(Font.SANS_SERIF, Font.ITALIC, 12);
    g.setColor(Color.BLACK);
    Font title = TextFit.fitting(flow.title(), titleFont, width - 2.0 * MARGIN, 2, 11f);
    g.setFont(title);
    double top = MARGIN;
    for (String line : TextFit.wrap(flow.title(), title, width - 2.0 * MARGIN)) {
      centred(g, line, width / 2.0, top + TextFit.ascent(title));
      top += TextFit.lineHeight(title);
    }
    top += 10;
    double labelWidth = flow.stages().stream().mapToDouble(st -> TextFit.width(st.name(), stageFont)).max().orElse(0) + 12;
    int rows = flow.stages().size();
    double rowHeight = (height - top - MARGIN) / (double) rows;
    double lineHeight = TextFit.lineHeight(boxFont);
    // two label lines and the count, with a little room: a box grows to them, within its row
    int boxHeight = (int) Math.min(rowHeight * 0.9, Math.max(Math.min(56, rowHeight * 0.62), 3 * lineHeight + 8));
    List<List<double[]>> boxes = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      Figure.FlowStage stage = flow.stages().get(r);
      double y = top + r * rowHeight + (rowHeight - boxHeight) / 2;
      g.setFont(stageFont);
      g.setColor(ChartStyle.REFERENCE);
      g.drawString(stage.name(), MARGIN, (float) (y + boxHeight / 2.0 + 4));
      int n = stage.boxes().size();
      double slot = (width - labelWidth - 2 * MARGIN) / n;
      double boxWidth = Math.min(260, slot - 14);
      List<double[]> row = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Figure.FlowBox box = stage.boxes().get(i);
        double x = labelWidth + MARGIN + i * slot + (slot - boxWidth) / 2;
        row.add(new double[] {x, y, boxWidth, boxHeight});
        g.setColor(box.exit() ? new Color(0xF2F2F2) : new Color(0xE8F1F8));
        g.fillRect((int) x, (int) y, (int) boxWidth, boxHeight);
        g.setColor(box.exit() ? ChartStyle.REFERENCE : ChartStyle.color(0));
        g.setStroke(new BasicStroke(1.4f));
        g.drawRect((int) x, (int) y, (int) boxWidth, boxHeight);
        g.setColor(Color.BLACK);
        Font font = TextFit.fitting(box.label(), boxFont, boxWidth - 8, 2, 9f);
        List<String> lines = TextFit.wrap(box.label(), font, boxWidth - 8);
        double lh = TextFit.lineHeight(font);
        double baseline = y + (boxHeight - (lines.size() + 1) * lh) / 2 + TextFit.ascent(font);
        g.setFont(font);
        for (String line : lines) {
          centred(g, line, x + boxWidth / 2, baseline);
          baseline += lh;
        }
        g.setFont(font.deriveFont(Font.BOLD));
        centred(g, "n = " + box.count(), x + boxWidth / 2, baseline);
      }
      boxes.add(row);
    }
    g.setColor(ChartStyle.REFERENCE);
    g.setStroke(new BasicStroke(1.3f));
    for (int r = 1; r < rows; r++) {
      List<Figure.FlowBox> from = flow.stages().get(r - 1).boxes();
      List<double[]> a = boxes.get(r - 1);
      List<double[]> b = boxes.get(r);
      List<Figure.FlowBox> continuing = from.stream().filter(x -> !x.exit()).toList();
      for (int j = 0; j < b.size(); j++) {
        if (flow.stages().get(r).boxes().get(j).exit()) {
          arrow(g, a.getFirst(), b.get(j));
          continue;
        }
        for (int i = 0; i < a.size(); i++) {
          boolean oneToMany = continuing.size() == 1;
          if (!from.get(i).exit() && (oneToMany || i == j)) {
            arrow(g, a.get(i), b.get(j));
          }
        }
      }
    }
  }

  private static void arrow(Graphics2D g, double[] from, double[] to) {
    double x1 = from[0] + from[2] / 2;
    double y1 = from[1] + from[3];
    double x2 = to[0] + to[2] / 2;
    double y2 = to[1];
    g.drawLine((int) x1, (int) y1, (int) x2, (int) y2);
    double angle = Math.atan2(y2 - y1, x2 - x1);
    int[] xs = {(int) x2, (int) (x2 - 8 * Math.cos(angle - 0.4)), (int) (x2 - 8 * Math.cos(angle + 0.4))};
    int[] ys = {(int) y2, (int) (y2 - 8 * Math.sin(angle - 0.4)), (int) (y2 - 8 * Math.sin(angle + 0.4))};
    g.fillPolygon(xs, ys, 3);
  }

  private static void centred(Graphics2D g, String s, double cx, double baseline) {
    g.drawString(s, (float) (cx - TextFit.width(s, g.getFont()) / 2.0), (float) baseline);
  }
}
