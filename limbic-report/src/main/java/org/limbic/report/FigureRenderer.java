package org.limbic.report;

import de.erichseifert.vectorgraphics2d.Processors;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.limbic.experiment.figure.Figure;

/**
 * Draws {@link Figure}s as PNG (XChart's bitmap encoder) and SVG (XChart's vector encoder on
 * VectorGraphics2D, LGPL-3.0); flows and forest plots, which XChart cannot lay out, are drawn with
 * Java2D ({@link FlowDiagram}, {@link ForestDiagram}). Immutable; change the size with {@link #withSize}.
 *
 * @param width in pixels (PNG) or user units (SVG)
 * @param height likewise
 */
public record FigureRenderer(int width, int height) {

  static {
    // Rendering needs no display; without this a JVM started without -Djava.awt.headless=true on a
    // machine with no X server fails at the first font lookup.
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  /** 800 × 500: readable on a laptop screen and in print at the default fonts. */
  public static final FigureRenderer DEFAULT = new FigureRenderer(800, 500);

  public FigureRenderer {
    if (width < 200 || height < 150 || width > 10_000 || height > 10_000) {
      throw new IllegalArgumentException("figure size " + width + " × " + height
          + " is out of range; use 200–10000 × 150–10000 pixels (default 800 × 500)");
    }
  }

  public FigureRenderer withSize(int width, int height) {
    return new FigureRenderer(width, height);
  }

  public byte[] png(Figure figure) {
    BufferedImage image = switch (figure) {
      case Figure.Flow flow -> FlowDiagram.image(flow, width, height);
      case Figure.Forest forest -> ForestDiagram.image(forest, width, height);
      default -> BitmapEncoder.getBufferedImage(chart(figure));
    };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, "png", out)) {
        throw new IllegalStateException("this JVM has no PNG writer (javax.imageio); use a standard JDK");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * XChart draws text as glyph outlines, so the SVG's visible text is paths (it looks the same
   * without the fonts). For search and screen readers the figure's title and labels are added as
   * the SVG's {@code <title>} and {@code <desc>}.
   */
  public byte[] svg(Figure figure) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      switch (figure) {
        case Figure.Flow flow -> out.write(FlowDiagram.svg(flow, width, height));
        case Figure.Forest forest -> out.write(ForestDiagram.svg(forest, width, height));
        default -> writeSvg(chart(figure), out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String svg = out.toString(StandardCharsets.UTF_8);
    int root = svg.indexOf("<svg");
    int end = root < 0 ? -1 : svg.indexOf('>', root);
    if (end < 0) {
      throw new IllegalStateException("VectorGraphics2D wrote no <svg> element for figure '" + figure.title() + "'");
    }
    String text = "\n  <title>" + HtmlReport.escape(figure.title()) + "</title>\n  <desc>"
        + HtmlReport.escape(description(figure)) + "</desc>";
    return (svg.substring(0, end + 1) + text + svg.substring(end + 1)).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * What XChart's deprecated {@code VectorGraphicsEncoder.saveVectorGraphic} does: the chart paints
   * itself on a VectorGraphics2D canvas, whose drawing commands the SVG processor writes.
   */
  private static void writeSvg(Chart<?, ?> chart, ByteArrayOutputStream out) throws IOException {
    VectorGraphics2D canvas = new VectorGraphics2D();
    chart.paint(canvas, chart.getWidth(), chart.getHeight());
    Processors.get("svg")
        .getDocument(canvas.getCommands(), new PageSize(0, 0, chart.getWidth(), chart.getHeight()))
        .writeTo(out);
  }

  /** What the figure shows, in words: its axes, series, groups, rows and expected range. */
  static String description(Figure figure) {
    List<String> parts = new ArrayList<>();
    switch (figure) {
      case Figure.TimeCourse f -> {
        parts.add("x: " + f.xLabel());
        parts.add("y: " + f.yLabel());
        parts.add("series: " + String.join("; ", f.series().stream().map(Figure.Series::name).toList()));
        f.expected().ifPresent(b -> parts.add("expected: " + b.label()));
      }
      case Figure.Distributions f -> {
        parts.add("values: " + f.valueLabel());
        parts.add("groups: " + String.join("; ", f.groups().stream().map(Figure.Group::name).toList()));
        f.expected().ifPresent(b -> parts.add("expected: " + b.label()));
      }
      case Figure.Forest f -> {
        parts.add("x: " + f.estimateLabel());
        parts.add("rows: " + String.join("; ", f.rows().stream().map(Figure.Row::label).toList()));
        parts.add("reference: " + f.reference());
      }
      case Figure.Heatmap f -> {
        parts.add("x: " + f.xLabel());
        parts.add("y: " + f.yLabel());
        parts.add("colour: " + f.zLabel());
      }
      case Figure.Scatter f -> {
        parts.add("x: " + f.xLabel());
        parts.add("y: " + f.yLabel());
        parts.add("points: " + String.join("; ", f.series().stream().map(s -> s.name() + " (" + s.x().length + ")").toList()));
        if (!f.lines().isEmpty()) {
          parts.add("lines: " + String.join("; ", f.lines().stream().map(Figure.Series::name).toList()));
        }
      }
      case Figure.Bars f -> {
        parts.add("values: " + f.valueLabel());
        parts.add("categories: " + String.join("; ", f.categories()));
        f.expected().ifPresent(b -> parts.add("expected: " + b.label()));
      }
      case Figure.Flow f -> f.stages().forEach(s -> parts.add(s.name() + ": " + String.join("; ",
          s.boxes().stream().map(b -> b.label() + " (n = " + b.count() + ")").toList())));
    }
    return String.join(". ", parts);
  }

  /** Writes {@code figure} as PNG to {@code file}: whole or not at all. */
  public void writePng(Figure figure, Path file) {
    writeAtomically(file, png(figure));
  }

  /** Writes {@code figure} as SVG to {@code file}: whole or not at all. */
  public void writeSvg(Figure figure, Path file) {
    writeAtomically(file, svg(figure));
  }

  private Chart<?, ?> chart(Figure figure) {
    return FigureCharts.of(figure, width, height);
  }

  static void writeAtomically(Path file, byte[] bytes) {
    Path dir = file.toAbsolutePath().getParent();
    Path tmp = null;
    try {
      Files.createDirectories(dir);
      // not Files.createTempFile: its owner-only permissions would stay on the published file
      tmp = dir.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
      Files.write(tmp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage()
          + " (check that the directory exists and is writable)", e);
    }
  }
}
