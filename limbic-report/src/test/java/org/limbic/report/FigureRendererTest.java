package org.limbic.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.limbic.experiment.figure.Figure;
import org.w3c.dom.Document;

class FigureRendererTest {

  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  static Stream<Figure> figures() {
    return SampleFigures.all().stream();
  }

  @ParameterizedTest
  @MethodSource("figures")
  void pngIsAValidImageOfTheStatedSize(Figure figure, @TempDir Path dir) throws Exception {
    Path file = dir.resolve("f.png");
    FigureRenderer.DEFAULT.writePng(figure, file);
    byte[] bytes = Files.readAllBytes(file);
    assertThat(Arrays.copyOf(bytes, 8)).isEqualTo(PNG_MAGIC);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
    assertThat(image.getWidth()).isEqualTo(800);
    assertThat(image.getHeight()).isEqualTo(500);
    assertThat(distinctColours(image)).as("a drawn chart, not a blank image").isGreaterThan(20);
  }

  @ParameterizedTest
  @MethodSource("figures")
  void svgParsesAsXmlWithSvgRootAndCarriesTheLabels(Figure figure, @TempDir Path dir) throws Exception {
    Path file = dir.resolve("f.svg");
    FigureRenderer.DEFAULT.writeSvg(figure, file);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    // VectorGraphics2D writes a DOCTYPE pointing at the W3C DTD: never fetch it
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    Document doc = factory.newDocumentBuilder().parse(file.toFile());
    assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
    String text = doc.getDocumentElement().getTextContent();
    for (String label : labels(figure)) {
      assertThat(text).as("SVG text of '%s'", figure.title()).contains(label);
    }
  }

  @Test
  void sizeIsTheRenderersOwn() throws Exception {
    byte[] png = FigureRenderer.DEFAULT.withSize(640, 400).png(SampleFigures.bars());
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(640);
    assertThat(image.getHeight()).isEqualTo(400);
  }

  @Test
  void emptyAndNonFiniteDataStillRender() {
    List<Figure> odd = List.of(
        new Figure.TimeCourse("nothing", "t (min)", "x (nM)", List.of(), Optional.empty()),
        new Figure.TimeCourse("gaps", "t (min)", "x (nM)", List.of(new Figure.Series("s", new double[] {0, 1, 2},
            new double[] {1, Double.NaN, 3}, new double[] {0, 0, Double.NaN}, new double[] {2, 2, 4})), Optional.empty()),
        new Figure.Distributions("none", "v", List.of(), Optional.empty()),
        new Figure.Distributions("all NaN", "v", List.of(new Figure.Group("g", new double[] {Double.NaN})), Optional.empty()),
        new Figure.Forest("one row", "d", List.of(new Figure.Row("only", 1, Double.NaN, 2)), 0),
        new Figure.Heatmap("flat", "a", "b", "c", new double[] {1}, new double[] {1}, new double[][] {{5}}),
        new Figure.Bars("no errors", "v", List.of("a"), new double[] {-1}, null, Optional.empty()));
    for (Figure f : odd) {
      assertThat(FigureRenderer.DEFAULT.png(f)).as(f.title()).startsWith(PNG_MAGIC);
      assertThat(new String(FigureRenderer.DEFAULT.svg(f), java.nio.charset.StandardCharsets.UTF_8)).contains("<svg");
    }
  }

  /** The axis titles and names a reader needs, as they must appear in the SVG's text. */
  private static List<String> labels(Figure figure) {
    List<String> labels = new ArrayList<>();
    labels.add(figure.title());
    switch (figure) {
      case Figure.TimeCourse f -> {
        labels.add(f.xLabel());
        labels.add(f.yLabel());
        f.expected().ifPresent(b -> labels.add(b.label()));
      }
      case Figure.Distributions f -> {
        labels.add(f.valueLabel());
        f.expected().ifPresent(b -> labels.add(b.label()));
      }
      case Figure.Forest f -> {
        labels.add(f.estimateLabel());
        labels.add(f.rows().getFirst().label());
      }
      case Figure.Heatmap f -> {
        labels.add(f.xLabel());
        labels.add(f.yLabel());
        labels.add(f.zLabel());
      }
      case Figure.Scatter f -> {
        labels.add(f.xLabel());
        labels.add(f.yLabel());
      }
      case Figure.Bars f -> {
        labels.add(f.valueLabel());
        labels.addAll(f.categories());
        f.expected().ifPresent(b -> labels.add(b.label()));
      }
    }
    return labels;
  }

  private static int distinctColours(BufferedImage image) {
    java.util.Set<Integer> colours = new java.util.HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 3) {
      for (int x = 0; x < image.getWidth(); x += 3) {
        colours.add(image.getRGB(x, y));
      }
    }
    return colours.size();
  }
}
