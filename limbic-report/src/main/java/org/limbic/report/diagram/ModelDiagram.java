package org.limbic.report.diagram;

import java.util.Locale;
import org.limbic.model.Model;

/**
 * A model's structure drawn as SVG ({@link ModelGraph} laid out by {@link LayeredLayout}): species
 * as blue ellipses, rate-rule variables as green boxes, assigned variables as grey boxes, reactions
 * as small squares; flows solid, influences dashed, each edge an arrow. The explorer shows it; it
 * is self-contained text (no scripts, no fonts fetched).
 */
public final class ModelDiagram {

  private static final int COLUMN = 210;
  private static final int ROW = 34;
  private static final int BOX_W = 160;
  private static final int BOX_H = 22;
  private static final int MARGIN = 20;
  private static final int LEGEND = 28;

  private ModelDiagram() {
  }

  public static String svg(Model model) {
    ModelGraph g = ModelGraph.of(model);
    LayeredLayout layout = LayeredLayout.of(g);
    int width = 2 * MARGIN + Math.max(1, layout.layers()) * COLUMN;
    int height = 2 * MARGIN + LEGEND + Math.max(1, layout.height()) * ROW;
    StringBuilder s = new StringBuilder(16384);
    s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
        + " font-family=\"sans-serif\" font-size=\"11\">%n", width, height, width, height));
    s.append("<title>").append(escape("Structure of " + model.id())).append("</title>\n")
        .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\""
            + " orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#555\"/></marker></defs>\n");
    legend(s);
    if (g.nodes().isEmpty()) {
      s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">no species, rules or reactions to draw</text>%n", MARGIN,
          MARGIN + LEGEND + 14));
    }
    for (ModelGraph.Edge e : g.edges()) {
      if (e.from().equals(e.to())) {
        continue;
      }
      double x1 = x(layout, e.from()) + BOX_W;
      double y1 = y(layout, e.from());
      double x2 = x(layout, e.to());
      double y2 = y(layout, e.to());
      String path;
      if (x2 > x1) {
        double mid = (x1 + x2) / 2;
        path = String.format(Locale.ROOT, "M %.1f %.1f C %.1f %.1f %.1f %.1f %.1f %.1f", x1, y1, mid, y1, mid, y2, x2, y2);
      } else {
        // a feedback edge runs back to an earlier layer: an arc above the boxes
        double lift = Math.min(y1, y2) - ROW * 0.8;
        path = String.format(Locale.ROOT, "M %.1f %.1f C %.1f %.1f %.1f %.1f %.1f %.1f", x1, y1, x1 + 40, lift, x2 - 40, lift, x2, y2);
      }
      s.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(e.flow() ? "#333" : "#999")
          .append("\" stroke-width=\"").append(e.flow() ? "1.4" : "1").append('"')
          .append(e.flow() ? "" : " stroke-dasharray=\"4 3\"").append(" marker-end=\"url(#arrow)\"><title>")
          .append(escape(label(e.from()) + (e.flow() ? " → " : " is read by ") + label(e.to()))).append("</title></path>\n");
    }
    for (ModelGraph.Node n : g.nodes()) {
      node(s, n, x(layout, n.id()), y(layout, n.id()));
    }
    return s.append("</svg>\n").toString();
  }

  private static void legend(StringBuilder s) {
    int y = MARGIN + 8;
    node(s, new ModelGraph.Node("species", ModelGraph.Kind.SPECIES), MARGIN, y);
    node(s, new ModelGraph.Node("rate rule", ModelGraph.Kind.RATE_RULE), MARGIN + 180, y);
    node(s, new ModelGraph.Node("assigned", ModelGraph.Kind.ASSIGNMENT), MARGIN + 360, y);
    node(s, new ModelGraph.Node("reaction:reaction", ModelGraph.Kind.REACTION), MARGIN + 540, y);
    s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#555\">solid: flow; dashed: read by</text>%n",
        MARGIN + 720, y + 4));
  }

  private static void node(StringBuilder s, ModelGraph.Node n, double x, double y) {
    String text = escape(label(n.id()));
    String title = "<title>" + escape(n.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + label(n.id())) + "</title>";
    switch (n.kind()) {
      case SPECIES -> s.append(String.format(Locale.ROOT, "<g class=\"species\"><ellipse cx=\"%.1f\" cy=\"%.1f\" rx=\"%d\" ry=\"%d\""
          + " fill=\"#dceaf7\" stroke=\"#1f4e8c\"/>", x + BOX_W / 2.0, y, BOX_W / 2, BOX_H / 2));
      case RATE_RULE -> s.append(String.format(Locale.ROOT, "<g class=\"rate-rule\"><rect x=\"%.1f\" y=\"%.1f\" width=\"%d\""
          + " height=\"%d\" rx=\"6\" fill=\"#dff3e0\" stroke=\"#1d6b36\"/>", x, y - BOX_H / 2.0, BOX_W, BOX_H));
      case ASSIGNMENT -> s.append(String.format(Locale.ROOT, "<g class=\"assignment\"><rect x=\"%.1f\" y=\"%.1f\" width=\"%d\""
          + " height=\"%d\" fill=\"#f3f3f3\" stroke=\"#888\"/>", x, y - BOX_H / 2.0, BOX_W, BOX_H));
      case REACTION -> s.append(String.format(Locale.ROOT, "<g class=\"reaction\"><rect x=\"%.1f\" y=\"%.1f\" width=\"%d\""
          + " height=\"%d\" fill=\"#fff\" stroke=\"#333\" stroke-dasharray=\"2 1\"/>", x, y - BOX_H / 2.0, BOX_W, BOX_H));
    }
    s.append(title).append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text></g>%n",
        x + BOX_W / 2.0, y + 4, fit(text)));
  }

  private static String label(String id) {
    return id.startsWith("reaction:") ? id.substring("reaction:".length()) : id;
  }

  /** Ids longer than a box holds are cut with an ellipsis; the full id is in the node's title. */
  private static String fit(String text) {
    return text.length() <= 26 ? text : text.substring(0, 25) + "…";
  }

  private static double x(LayeredLayout l, String id) {
    return MARGIN + l.layer().get(id) * COLUMN;
  }

  private static double y(LayeredLayout l, String id) {
    return MARGIN + LEGEND + l.position().get(id) * ROW + ROW / 2.0;
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
