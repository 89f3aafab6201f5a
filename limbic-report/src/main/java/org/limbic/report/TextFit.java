package org.limbic.report;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Text measured before it is drawn, so that figures drawn with Java2D never cut a title or a label:
 * widths come from the font itself (antialiased, fractional metrics, as the drawing uses), and text
 * too wide for its place is broken at spaces into lines, or drawn smaller.
 */
final class TextFit {

  /** The context every measurement and drawing uses: the PNG and SVG of a figure lay out alike. */
  static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

  private TextFit() {
  }

  static double width(String text, Font font) {
    return font.getStringBounds(text, CONTEXT).getWidth();
  }

  /**
   * {@code text} broken at spaces into lines no wider than {@code width}; a single word wider than
   * that stays whole on its own line (see {@link #widest}).
   */
  static List<String> wrap(String text, Font font, double width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split(" +")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (line.isEmpty() || width(candidate, font) <= width) {
        line.setLength(0);
        line.append(candidate);
      } else {
        lines.add(line.toString());
        line.setLength(0);
        line.append(word);
      }
    }
    lines.add(line.toString());
    return lines;
  }

  /** The width of the widest of {@code lines}. */
  static double widest(List<String> lines, Font font) {
    return lines.stream().mapToDouble(l -> width(l, font)).max().orElse(0);
  }

  /**
   * The largest size from {@code font}'s down to {@code minSize} at which {@code text} wraps into at
   * most {@code maxLines} lines of {@code width}, every line fitting; the smallest if none does.
   */
  static Font fitting(String text, Font font, double width, int maxLines, float minSize) {
    for (float size = font.getSize2D(); size > minSize; size -= 0.5f) {
      Font f = font.deriveFont(size);
      List<String> lines = wrap(text, f, width);
      if (lines.size() <= maxLines && widest(lines, f) <= width) {
        return f;
      }
    }
    return font.deriveFont(minSize);
  }

  /** Line height of {@code font}: ascent + descent + leading. */
  static double lineHeight(Font font) {
    return font.getLineMetrics("Xg", CONTEXT).getHeight();
  }

  static double ascent(Font font) {
    return font.getLineMetrics("Xg", CONTEXT).getAscent();
  }
}
