package org.limbic.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.limbic.experiment.figure.Figure;

/**
 * Forest plots keep every title and row label whole (issue #15 item 3: the gut-brain meta-analysis'
 * title was clipped at both edges and its study labels cut at 20 characters). Text boxes are the
 * fonts' own measurements; "inside" allows no slack.
 */
class ForestDiagramTest {

  /** As GUT-1's claim draws it: a 96-character title, study labels up to 50 characters. */
  static Figure.Forest metaAnalysis(int studies) {
    List<Figure.Row> rows = new ArrayList<>();
    for (int i = 1; i <= studies; i++) {
      rows.add(new Figure.Row("virtual trial " + i + " (Nikolova et al. 2023 design, n = 240)", 0.2 + 0.03 * i, -0.1 + 0.03 * i,
          0.5 + 0.03 * i));
    }
    rows.add(new Figure.Row("pooled, add-on (I2 12 %)", 0.36, 0.28, 0.44));
    return new Figure.Forest("GUT-1, add-on: virtual meta-analysis of " + studies + " virtual trials, n = " + 240 * studies
        + " (Nikolova et al. 2021 design)", "standardized mean difference, HAMD-17 improvement (Hedges' g; > 0 favours probiotic)",
        rows, 0);
  }

  @Test
  void theTitleAndEveryRowLabelAreDrawnWholeInsideTheFigure() {
    Figure.Forest f = metaAnalysis(10);
    ForestDiagram.Layout l = ForestDiagram.layout(f, 800, 500);
    assertThat(String.join(" ", l.title().stream().map(ForestDiagram.Text::text).toList())).isEqualTo(f.title());
    assertThat(l.title()).as("wider than 800 px in one line, so wrapped").hasSizeGreaterThan(1);
    for (int i = 0; i < f.rows().size(); i++) {
      assertThat(String.join(" ", l.rowLabels().get(i).stream().map(ForestDiagram.Text::text).toList()))
          .isEqualTo(f.rows().get(i).label());
      for (ForestDiagram.Text t : l.rowLabels().get(i)) {
        assertThat(t.x() + t.width()).as("label '%s' ends left of the plot", t.text()).isLessThanOrEqualTo(l.plot().getMinX());
      }
      assertThat(l.estimates().get(i).x()).as("estimate text right of the plot").isGreaterThanOrEqualTo(l.plot().getMaxX());
    }
    assertThat(String.join(" ", l.axisLabel().stream().map(ForestDiagram.Text::text).toList())).isEqualTo(f.estimateLabel());
    assertInsideAndApart(l, 800, 500);
  }

  @Test
  void thirtyRowsStillFitWithoutOverlap() {
    ForestDiagram.Layout l = ForestDiagram.layout(metaAnalysis(30), 800, 500);
    assertInsideAndApart(l, 800, 500);
    assertThat(l.rowLabels().getFirst().getFirst().font().getSize2D()).isGreaterThanOrEqualTo(9f);
  }

  /**
   * In the pixels: nothing is drawn in the outermost 4 columns of the image, where a clipped title
   * (XChart's, centred on an 800 px chart it did not fit) left its cut letters.
   */
  @Test
  void noInkAtTheImageEdges() throws Exception {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(FigureRenderer.DEFAULT.png(metaAnalysis(10))));
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x : new int[] {0, 1, 2, 3, image.getWidth() - 4, image.getWidth() - 3, image.getWidth() - 2, image.getWidth() - 1}) {
        assertThat(image.getRGB(x, y) & 0xFFFFFF).as("pixel (%d, %d)", x, y).isEqualTo(0xFFFFFF);
      }
    }
  }

  @Test
  void ticksAreRoundNumbersAcrossTheRange() {
    // k times the step: within one rounding of the decimal (1e-12 is far below the 2-decimal labels)
    assertThat(ForestDiagram.ticks(-0.13, 0.98)).containsExactly(new double[] {-0.0, 0.2, 0.4, 0.6, 0.8}, within(1e-12));
    assertThat(ForestDiagram.ticks(-6.9, -0.8)).containsExactly(new double[] {-6.0, -5.0, -4.0, -3.0, -2.0, -1.0}, within(1e-12));
  }

  @Test
  void theEstimateColumnWritesEachIntervalAndNoNegativeZero() {
    ForestDiagram.Layout l = ForestDiagram.layout(new Figure.Forest("t", "g", List.of(new Figure.Row("a", 0.52, -0.004, 1.2),
        new Figure.Row("b", 0.3, Double.NaN, Double.POSITIVE_INFINITY)), 0), 800, 500);
    assertThat(l.estimates()).extracting(ForestDiagram.Text::text).containsExactly("0.52 (0.00 to 1.20)", "0.30 (- to inf)");
  }

  private static void assertInsideAndApart(ForestDiagram.Layout l, int width, int height) {
    List<ForestDiagram.Text> texts = l.texts();
    List<Rectangle2D> boxes = texts.stream().map(t -> (Rectangle2D) new Rectangle2D.Double(t.x(),
        t.baseline() - TextFit.ascent(t.font()), t.width(), TextFit.lineHeight(t.font()) * 0.9)).toList();
    for (int i = 0; i < texts.size(); i++) {
      Rectangle2D b = boxes.get(i);
      assertThat(b.getMinX()).as("'%s' left end", texts.get(i).text()).isGreaterThanOrEqualTo(0);
      assertThat(b.getMaxX()).as("'%s' right end", texts.get(i).text()).isLessThanOrEqualTo(width);
      assertThat(b.getMinY()).as("'%s' top", texts.get(i).text()).isGreaterThanOrEqualTo(0);
      assertThat(b.getMaxY()).as("'%s' bottom", texts.get(i).text()).isLessThanOrEqualTo(height);
      for (int j = i + 1; j < texts.size(); j++) {
        assertThat(b.intersects(boxes.get(j))).as("'%s' overlaps '%s'", texts.get(i).text(), texts.get(j).text()).isFalse();
      }
    }
  }
}
