package org.limbic.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.limbic.experiment.claims.ClaimResult;
import org.limbic.experiment.claims.ClaimRunner;
import org.limbic.experiment.figure.Figure;
import org.limbic.experiment.run.ProgressListener;

/**
 * {@code limbic check --claim ID --seed S}: the claim (or each of its parts, GUT-1/add-on and
 * GUT-1/alone) run by {@link ClaimRunner} on one thread, part after part; written to
 * {@code claims.csv} (the command's TSV columns) and answered with each part's verdict,
 * kind, removal test, measured and expected values, citation and figures. A part is not interrupted once
 * started (a claim is a fixed, bounded study); cancelling stops before the next part.
 */
record ClaimJob(String claim, List<ClaimRunner.Entry> entries, long seed) implements ExplorerJob {

  static final String FILE = "claims.csv";

  ClaimJob {
    entries = List.copyOf(entries);
  }

  @Override
  public String kind() {
    return "claim";
  }

  @Override
  public String name() {
    return "claim " + claim;
  }

  @Override
  public String text() {
    return "claim: " + claim + "\nseed: " + seed + "\n";
  }

  @Override
  public Result run(String runId, Path directory, ProgressListener progress) {
    List<ClaimResult> results = new ArrayList<>();
    for (int k = 0; k < entries.size(); k++) {
      progress.progress(k, entries.size());
      results.addAll(ClaimRunner.run(List.of(entries.get(k)), seed, 1, done -> { }));
    }
    progress.progress(entries.size(), entries.size());
    List<Figure> figures = new ArrayList<>();
    List<Map<String, Object>> claims = new ArrayList<>();
    StringBuilder csv = new StringBuilder("id,model,verdict,kind,removal,measured,expected,source,seconds\n");
    for (ClaimResult r : results) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("id", r.claim().id());
      c.put("model", r.model());
      c.put("statement", r.claim().statement());
      c.put("verdict", r.verdict());
      c.put("label", r.claim().kind().label());
      c.put("kind_detail", r.claim().kind().detail());
      c.put("removal", r.removalVerdict());
      c.put("removed", r.claim().removal().mechanism());
      c.put("measured_without", r.removalOutcome() == null ? "" : r.removalOutcome().measured());
      c.put("measured", r.outcome().measured());
      c.put("expected", r.outcome().expected());
      c.put("source", r.claim().source());
      c.put("seconds", r.seconds());
      List<Map<String, Object>> shown = new ArrayList<>();
      for (Figure f : r.outcome().figures()) {
        shown.add(Map.of("index", figures.size(), "title", f.title()));
        figures.add(f);
      }
      c.put("figures", shown);
      claims.add(c);
      csv.append(String.join(",", cell(r.claim().id()), cell(r.model()), r.verdict(), r.claim().kind().label(),
          r.removalVerdict(), cell(r.outcome().measured()), cell(r.outcome().expected()), cell(r.claim().source()), Double.toString(r.seconds())))
          .append('\n');
    }
    try {
      Files.createDirectories(directory);
      Files.writeString(directory.resolve(FILE), csv);
      Files.writeString(directory.resolve("claim.yaml"), text());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the claim's results: " + e.getMessage(), e);
    }
    return new Result(Map.of("claim", claim, "seed", seed, "claims", claims), figures);
  }

  /** A CSV field, quoted when it holds a comma, quote or line break. */
  static String cell(String text) {
    return text.contains(",") || text.contains("\"") || text.contains("\n")
        ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }
}
