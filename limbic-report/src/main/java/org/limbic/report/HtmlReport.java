package org.limbic.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.limbic.experiment.claims.Claim;
import org.limbic.experiment.claims.ClaimResult;
import org.limbic.experiment.figure.Figure;

/**
 * A self-contained report directory: {@code index.html} (inline CSS, no scripts, nothing fetched from
 * the network) and {@code figures/*.png} and {@code *.svg}. Holds a title, date and Limbic version, an
 * optional spec (shown verbatim), an optional claims table with each claim's figures below it, and
 * free sections of figures. Written whole or not at all.
 */
public final class HtmlReport {

  /** A heading, an optional paragraph and figures, e.g. the time courses of {@code limbic run}; a table, if any, first. */
  public record Section(String heading, String text, Optional<Table> table, List<Figure> figures) {
    public Section {
      figures = List.copyOf(figures);
    }
  }

  /** A table of text cells, one row as long as the header, e.g. the confidence intervals of {@code limbic profile}. */
  public record Table(List<String> columns, List<List<String>> rows) {
    public Table {
      columns = List.copyOf(columns);
      rows = rows.stream().map(List::copyOf).toList();
      for (List<String> row : rows) {
        if (row.size() != columns.size()) {
          throw new IllegalArgumentException("a table row has " + row.size() + " cells for " + columns.size() + " columns: " + row);
        }
      }
    }
  }

  private final String title;
  private final LocalDate date;
  private final String version;
  private final Optional<String> spec;
  private final List<ClaimResult> claims;
  private final List<Section> sections;
  private final FigureRenderer renderer;

  private HtmlReport(Builder b) {
    this.title = b.title;
    this.date = b.date;
    this.version = b.version;
    this.spec = Optional.ofNullable(b.spec);
    this.claims = List.copyOf(b.claims);
    this.sections = List.copyOf(b.sections);
    this.renderer = b.renderer;
  }

  public static Builder builder(String title) {
    return new Builder(title);
  }

  /** The version of Limbic that built this library, e.g. "0.1.0-SNAPSHOT". */
  public static String limbicVersion() {
    try (InputStream in = HtmlReport.class.getResourceAsStream("version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the report into {@code dir} (created, or replaced whole if it is a previous report) and
   * returns the path of its {@code index.html}.
   */
  public Path writeTo(Path dir) {
    ReportDirectory.write(dir, tmp -> {
      Path figures = tmp.resolve("figures");
      try {
        Files.createDirectories(figures);
        Files.writeString(tmp.resolve("index.html"), html(figures), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    return dir.resolve("index.html");
  }

  /**
   * Refuses, before a long run, a report directory {@link #writeTo} would refuse: a file, or an
   * existing folder that is neither empty nor a previous report.
   *
   * @throws java.io.UncheckedIOException naming the folder and what it holds
   */
  public static void requireWritable(Path dir) {
    ReportDirectory.requireUsable(dir);
  }

  /** Renders the figures into {@code figureDir} while building the page. */
  private String html(Path figureDir) {
    FigureWriter figures = new FigureWriter(figureDir);
    StringBuilder h = new StringBuilder(8192);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n")
        .append("<h1>").append(escape(title)).append("</h1>\n")
        .append("<p class=\"meta\">").append(date).append(" · Limbic ").append(escape(version)).append("</p>\n");
    spec.ifPresent(text -> h.append("<h2>Specification</h2>\n<pre class=\"spec\">").append(escape(text)).append("</pre>\n"));
    if (!claims.isEmpty()) {
      long passed = claims.stream().filter(c -> c.outcome().pass()).count();
      h.append("<h2>Claims</h2>\n<p>").append(passed).append(" of ").append(claims.size()).append(" claims pass.</p>\n")
          .append("<table class=\"claims\">\n<thead><tr><th>claim</th><th>verdict</th><th>measured</th><th>expected</th>")
          .append("<th>kind</th><th>removal</th><th>source</th></tr></thead>\n<tbody>\n");
      for (ClaimResult c : claims) {
        Claim claim = c.claim();
        boolean pass = c.outcome().pass();
        h.append("<tr><td><a href=\"#").append(anchor(claim.id())).append("\">").append(escape(claim.id()))
            .append("</a><br><span class=\"statement\">").append(escape(claim.statement())).append("</span></td>")
            .append("<td class=\"").append(pass ? "pass" : "fail").append("\">").append(pass ? "PASS" : "FAIL").append("</td>")
            .append("<td>").append(escape(c.outcome().measured())).append("</td>")
            .append("<td>").append(escape(c.outcome().expected())).append("</td>")
            .append("<td><span class=\"").append(claim.kind().label()).append("\">")
            .append(claim.kind().label()).append("</span><br>").append(escape(claim.kind().detail())).append("</td>")
            .append(removalCell(c))
            .append("<td>").append(escape(claim.source())).append("</td></tr>\n");
      }
      h.append("</tbody>\n</table>\n");
      for (ClaimResult c : claims) {
        h.append("<h3 id=\"").append(anchor(c.claim().id())).append("\">").append(escape(c.claim().id())).append(": ")
            .append(escape(c.claim().statement())).append("</h3>\n");
        for (Figure f : c.outcome().figures()) {
          figures.append(h, f);
        }
      }
    }
    for (Section s : sections) {
      h.append("<h2>").append(escape(s.heading())).append("</h2>\n");
      if (s.text() != null && !s.text().isBlank()) {
        h.append("<p>").append(escape(s.text())).append("</p>\n");
      }
      s.table().ifPresent(t -> table(h, t));
      for (Figure f : s.figures()) {
        figures.append(h, f);
      }
    }
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  /**
   * The removal test's verdict (FAIL is what a claim that tests its mechanism gives), the mechanism
   * removed and what the check measured without it.
   */
  private static String removalCell(ClaimResult c) {
    String verdict = c.removalVerdict();
    String css = switch (verdict) {
      case "FAIL" -> "pass";
      case "PASS" -> "fail";
      default -> "na";
    };
    StringBuilder cell = new StringBuilder("<td><span class=\"").append(css).append("\">").append(verdict).append("</span><br>")
        .append(escape(c.claim().removal().mechanism()));
    if (c.removalOutcome() != null) {
      cell.append("<br><span class=\"statement\">without it: ").append(escape(c.removalOutcome().measured())).append("</span>");
    }
    return cell.append("</td>").toString();
  }

  private static void table(StringBuilder h, Table t) {
    h.append("<table class=\"data\">\n<thead><tr>");
    t.columns().forEach(c -> h.append("<th>").append(escape(c)).append("</th>"));
    h.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : t.rows()) {
      h.append("<tr>");
      row.forEach(c -> h.append("<td>").append(escape(c)).append("</td>"));
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }

  /** Renders each figure once as PNG (shown) and SVG (linked), named by position and title. */
  private final class FigureWriter {
    private final Path dir;
    private int count;

    FigureWriter(Path dir) {
      this.dir = dir;
    }

    void append(StringBuilder h, Figure f) {
      String base = String.format(Locale.ROOT, "%02d-%s", ++count, slug(f.title()));
      FigureRenderer.writeAtomically(dir.resolve(base + ".png"), renderer.png(f));
      FigureRenderer.writeAtomically(dir.resolve(base + ".svg"), renderer.svg(f));
      h.append("<figure><img src=\"figures/").append(base).append(".png\" alt=\"").append(escape(f.title()))
          .append("\" width=\"").append(renderer.width()).append("\" height=\"").append(renderer.height())
          .append("\"><figcaption>").append(escape(f.title())).append(" · <a href=\"figures/").append(base)
          .append(".svg\">SVG</a></figcaption></figure>\n");
    }
  }

  static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Lower-case letters, digits and single dashes, at most 40 characters: safe in any file system and URL. */
  static String slug(String s) {
    String slug = (s == null ? "" : s).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    slug = slug.length() > 40 ? slug.substring(0, 40).replaceAll("-$", "") : slug;
    return slug.isEmpty() ? "figure" : slug;
  }

  private static String anchor(String claimId) {
    return "claim-" + slug(claimId);
  }

  private static final String CSS = """
      body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; max-width: 1100px; margin: 2em auto;
             padding: 0 1em; color: #222; line-height: 1.45; }
      h1 { margin-bottom: 0.2em; }
      .meta { color: #666; margin-top: 0; }
      table.claims, table.data { border-collapse: collapse; width: 100%; font-size: 0.92em; }
      table.claims th, table.claims td, table.data th, table.data td { border: 1px solid #ccc; padding: 0.4em 0.6em;
             text-align: left; vertical-align: top; }
      table.claims th, table.data th { background: #f2f2f2; }
      .statement { color: #555; font-size: 0.9em; }
      td.pass { background: #dff3e0; color: #1b5e20; font-weight: bold; }
      td.fail { background: #fbe0e0; color: #b71c1c; font-weight: bold; }
      span.pass { color: #1b5e20; font-weight: bold; }
      span.fail { color: #b71c1c; font-weight: bold; }
      .calibrated { color: #8a5a00; font-weight: bold; }
      .predicted { color: #1f4e8c; font-weight: bold; }
      .structural { color: #6b2d8c; font-weight: bold; }
      .validation { color: #1d6b36; font-weight: bold; }
      .na { color: #666; }
      figure { margin: 1.5em 0; }
      figure img { max-width: 100%; height: auto; border: 1px solid #eee; }
      figcaption { color: #555; font-size: 0.9em; }
      pre.spec { background: #f7f7f7; border: 1px solid #ddd; padding: 1em; overflow-x: auto; }
      """;

  /** Collects a report's parts; {@link #build} checks them once. */
  public static final class Builder {
    private final String title;
    private LocalDate date = LocalDate.now();
    private String version = limbicVersion();
    private String spec;
    private final List<ClaimResult> claims = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private FigureRenderer renderer = FigureRenderer.DEFAULT;

    private Builder(String title) {
      this.title = title;
    }

    public Builder date(LocalDate date) {
      this.date = date;
      return this;
    }

    public Builder version(String version) {
      this.version = version;
      return this;
    }

    /** The experiment or scan specification, shown verbatim (e.g. the YAML file's text). */
    public Builder spec(String text) {
      this.spec = text;
      return this;
    }

    /** A claim checked, with its removal test's outcome. */
    public Builder claim(ClaimResult result) {
      claims.add(result);
      return this;
    }

    public Builder section(String heading, String text, List<Figure> figures) {
      sections.add(new Section(heading, text, Optional.empty(), figures));
      return this;
    }

    /** A section with a table above its figures. */
    public Builder section(String heading, String text, Table table, List<Figure> figures) {
      sections.add(new Section(heading, text, Optional.of(table), figures));
      return this;
    }

    public Builder section(String heading, List<Figure> figures) {
      return section(heading, null, figures);
    }

    public Builder renderer(FigureRenderer renderer) {
      this.renderer = renderer;
      return this;
    }

    public HtmlReport build() {
      if (title == null || title.isBlank()) {
        throw new IllegalArgumentException("a report needs a title (HtmlReport.builder(\"...\"))");
      }
      if (date == null || version == null || renderer == null) {
        throw new IllegalArgumentException("report '" + title + "': date, version and renderer must not be null");
      }
      return new HtmlReport(this);
    }
  }
}
