package org.limbic.models.oxytocin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.limbic.model.Parameter;

/**
 * The ±20 % robustness table of the oxytocin model ({@link Robustness}): the committed table
 * ({@code robustness.md} beside the scenarios) must cover the current assumed parameters, and a
 * fresh run (opt-in, ~15 min: {@code -Dlimbic.robustness=true}) must reproduce its verdicts.
 */
class OxytocinRobustnessTest {

  private static final long SEED = 20261123L;

  @Test
  void theCommittedTableCoversExactlyTheAssumedParameters() throws IOException {
    Map<String, List<String>> committed = committedTable();
    List<String> assumed = Robustness.assumedParameters().stream().map(Parameter::id).toList();
    assertThat(committed.keySet()).as("parameters in robustness.md; re-run the robustness test after changing which are assumed")
        .containsExactlyInAnyOrderElementsOf(assumed);
  }

  @Test
  @EnabledIfSystemProperty(named = "limbic.robustness", matches = "true")
  void aFreshRunReproducesTheCommittedTable() throws IOException {
    long start = System.nanoTime();
    List<Robustness.Row> rows = Robustness.run(SEED, Runtime.getRuntime().availableProcessors(),
        row -> System.out.println("robustness: " + row.parameter() + " done"));
    double seconds = (System.nanoTime() - start) / 1e9;
    String markdown = Robustness.markdown(rows, SEED, seconds);
    Path out = Path.of("target", "oxytocin-robustness.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, markdown);
    System.out.println(markdown);
    System.out.printf("robustness run: %d variants in %.0f s, table in %s%n", 2 * rows.size(), seconds, out.toAbsolutePath());
    Map<String, List<String>> committed = committedTable();
    for (Robustness.Row r : rows) {
      List<String> cells = r.failures().stream()
          .map(fs -> fs.isEmpty() ? "none" : String.join(", ", fs.stream().map(Robustness.Failure::claim).toList())).toList();
      assertThat(cells).as("claims failing at -20 %% / +20 %% of %s (robustness.md is out of date: copy %s over it and explain new failures)",
          r.parameter(), out.toAbsolutePath()).isEqualTo(committed.get(r.parameter()));
    }
  }

  /** Parameter id to the failing-claims cells (-20 %, +20 %) of the committed table. */
  private static Map<String, List<String>> committedTable() throws IOException {
    try (InputStream in = Robustness.class.getResourceAsStream("robustness.md")) {
      assertThat(in).as("robustness.md beside the oxytocin scenarios").isNotNull();
      Map<String, List<String>> table = new LinkedHashMap<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] cells = line.split("\\|", -1);
        if (line.startsWith("| ") && cells.length == 7 && !cells[1].isBlank() && !cells[1].trim().equals("parameter")) {
          table.put(cells[1].trim(), List.of(cells[4].trim(), cells[5].trim()));
        }
      }
      return table;
    }
  }
}
