package org.limbic.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limbic.experiment.claims.ClaimKind;
import org.limbic.experiment.claims.Claim;
import org.limbic.experiment.claims.ClaimOutcome;
import org.limbic.experiment.claims.ClaimResult;
import org.limbic.experiment.claims.Removal;
import org.limbic.experiment.figure.Figure;

class HtmlReportTest {

  private static final Claim PASSING = new Claim("OXT-2", "Intranasal oxytocin raises plasma <OT> & CSF levels",
      "Striepens et al. 2013, Sci Rep 3:3440", ClaimKind.calibrated("k_abs, k_clear"), seed -> null,
      Removal.of("nasal absorption: k_abs = 0", seed -> null));
  private static final Claim FAILING = new Claim("VOLE-1", "Prairie voles prefer their partner",
      "Williams et al. 1992", ClaimKind.predicted("follows from OXTR density in the NAcc"), seed -> null,
      Removal.of("NAcc OXTR: density 0", seed -> null));

  private static HtmlReport sample() {
    return HtmlReport.builder("Claims <check> & scan")
        .date(LocalDate.of(2026, 11, 23))
        .version("9.9.9-test")
        .spec("model: oxytocin\nstop: 60 min  # <not a tag>")
        .claim(new ClaimResult("oxytocin", PASSING, new ClaimOutcome(true, "peak 12.4 pM <b>", "10–15 pM",
            List.of(SampleFigures.bars())), new ClaimOutcome(false, "peak 0.1 pM", "10–15 pM", List.of()), 0.1))
        .claim(new ClaimResult("vole", FAILING, new ClaimOutcome(false, "preference 41 %", "> 50 %",
            List.of(SampleFigures.histograms())), new ClaimOutcome(true, "preference 60 %", "> 50 %", List.of()), 0.1))
        .section("Time courses", "Median and 5–95 % band across 40 subjects.", List.of(SampleFigures.timeCourse()))
        .section("Scan", List.of(SampleFigures.heatmap(), SampleFigures.forest(), SampleFigures.strips()))
        .build();
  }

  @Test
  void indexReferencesEveryFigureFileAndEveryFileExists(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("report");
    Path index = sample().writeTo(out);
    String html = Files.readString(index, StandardCharsets.UTF_8);

    List<String> referenced = Pattern.compile("(?:src|href)=\"(figures/[^\"]+)\"").matcher(html).results()
        .map(m -> m.group(1)).toList();
    List<String> written;
    try (Stream<Path> files = Files.list(out.resolve("figures"))) {
      written = files.map(p -> "figures/" + p.getFileName()).sorted().toList();
    }
    assertThat(written).hasSize(2 * 6).allMatch(f -> f.endsWith(".png") || f.endsWith(".svg"));
    assertThat(referenced).containsExactlyInAnyOrderElementsOf(written);
    assertThat(html).contains("2026-11-23", "Limbic 9.9.9-test", "1 of 2 claims pass",
        "class=\"pass\">PASS", "class=\"fail\">FAIL", "calibrated", "k_abs, k_clear", "predicted",
        "<th>kind</th><th>removal</th>", "<span class=\"pass\">FAIL</span><br>nasal absorption: k_abs = 0",
        "without it: peak 0.1 pM", "<span class=\"fail\">PASS</span><br>NAcc OXTR: density 0",
        "Striepens et al. 2013", "<pre class=\"spec\">");
  }

  @Test
  void needsNothingFromTheNetwork(@TempDir Path dir) throws Exception {
    String html = Files.readString(sample().writeTo(dir.resolve("r")));
    assertThat(html).doesNotContain("http://", "https://", "<script", "<link");
  }

  @Test
  void escapesHtmlInEveryText(@TempDir Path dir) throws Exception {
    String html = Files.readString(sample().writeTo(dir.resolve("r")));
    assertThat(html).contains("Claims &lt;check&gt; &amp; scan", "plasma &lt;OT&gt; &amp; CSF", "12.4 pM &lt;b&gt;",
        "# &lt;not a tag&gt;");
    assertThat(html).doesNotContain("<OT>", "<b>", "<check>", "<not a tag>");
  }

  @Test
  void replacesAPreviousReportWhole(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("r");
    Files.createDirectories(out.resolve("figures"));
    Files.writeString(out.resolve("figures/stale.png"), "old");
    HtmlReport.builder("small").section("one", List.of(SampleFigures.forest())).build().writeTo(out);
    assertThat(out.resolve("figures/stale.png")).doesNotExist();
    assertThat(out.resolve("index.html")).exists();
    assertThat(siblings(dir)).containsExactly("r");
  }

  /** A folder that is not a previous report (a user's documents, say) is refused and kept as it was. */
  @Test
  void refusesToReplaceAFolderThatIsNotAReport(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("documents");
    Files.createDirectories(out);
    Files.writeString(out.resolve("thesis.tex"), "years of work");
    Files.writeString(out.resolve("index.html"), "my own page");
    assertThatThrownBy(() -> sample().writeTo(out)).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("is not a previous report").hasMessageContaining("thesis.tex");
    assertThat(Files.readString(out.resolve("thesis.tex"))).isEqualTo("years of work");
    assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("my own page");
    assertThat(siblings(dir)).containsExactly("documents");
  }

  @Test
  void writesIntoAnEmptyFolder(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("empty");
    Files.createDirectories(out);
    assertThat(sample().writeTo(out)).exists();
  }

  @Test
  void leavesNothingBehindWhenTheTargetIsAFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("report");
    Files.writeString(file, "not a directory");
    assertThatThrownBy(() -> sample().writeTo(file)).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("is a file");
    assertThat(Files.readString(file)).isEqualTo("not a directory");
    assertThat(siblings(dir)).containsExactly("report");
  }

  @Test
  void leavesNothingBehindWhenAFigureFailsToRender(@TempDir Path dir) throws Exception {
    Figure broken = new Figure.Heatmap("ragged", "a", "b", "c", new double[] {1, 2}, new double[] {1, 2},
        new double[][] {{1, 2}});
    HtmlReport report = HtmlReport.builder("fails midway")
        .section("fine", List.of(SampleFigures.bars()))
        .section("broken", List.of(broken)).build();
    assertThatThrownBy(() -> report.writeTo(dir.resolve("r"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("heatmap 'ragged'");
    assertThat(siblings(dir)).isEmpty();
  }

  @Test
  void slugsAreSafeFileNames() {
    assertThat(HtmlReport.slug("Plasma OT (pM) / 5–95 %")).isEqualTo("plasma-ot-pm-5-95");
    assertThat(HtmlReport.slug("∆∆")).isEqualTo("figure");
  }

  private static List<String> siblings(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

}
