package org.limbic.report;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * The two canvases of the figures XChart cannot draw (CONSORT flows, forest plots): one drawing goes
 * to a bitmap (PNG) and to VectorGraphics2D (SVG), as the charts do, with the text metrics of
 * {@link TextFit#CONTEXT} on both.
 */
final class Java2dCanvas {

  private Java2dCanvas() {
  }

  static BufferedImage image(int width, int height, Consumer<Graphics2D> draw) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      draw.accept(g);
    } finally {
      g.dispose();
    }
    return image;
  }

  static byte[] svg(int width, int height, Consumer<Graphics2D> draw) {
    VectorGraphics2D g = new VectorGraphics2D();
    draw.accept(g);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new SVGProcessor().getDocument(g.getCommands(), new PageSize(0, 0, width, height)).writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
