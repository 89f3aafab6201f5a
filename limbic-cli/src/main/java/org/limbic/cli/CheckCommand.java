package org.limbic.cli;

import java.util.ArrayList;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.limbic.experiment.claims.ClaimResult;
import org.limbic.experiment.claims.ClaimRunner;
import org.limbic.experiment.library.BuiltInModel;
import org.limbic.experiment.library.ModelLibrary;
import org.limbic.report.HtmlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code limbic check}: runs the claim checks of the built-in models in parallel and prints a table
 * (or TSV for scripts). Exit code 1 if any claim fails.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Run the claim checks (published findings a model reproduces) and report the verdicts.")
final class CheckCommand implements Callable<Integer> {

  @Option(names = "--model", description = "only this model's claims")
  String model;

  @Option(names = "--claim", description = "only this claim (e.g. OXT-3)")
  String claim;

  @Option(names = "--format", defaultValue = "table", description = "table or tsv (default ${DEFAULT-VALUE})")
  String format;

  @Option(names = "--seed", defaultValue = "20261123", description = "seed of every virtual study (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--threads", description = "worker threads (default: all cores)")
  Integer threads;

  @Option(names = "--report", defaultValue = "out/check", description = "directory of the HTML report with a plot per claim"
      + " (default ${DEFAULT-VALUE}); 'none' to skip it")
  String report;

  @Override
  public Integer call() {
    if (!format.equals("table") && !format.equals("tsv")) {
      System.err.println("limbic check: --format must be 'table' or 'tsv', got '" + format + "'");
      return 2;
    }
    List<BuiltInModel> models = model == null ? ModelLibrary.all() : List.of(ModelLibrary.get(model));
    List<ClaimRunner.Entry> entries = ClaimRunner.select(models, claim);
    if (claim != null && entries.isEmpty()) {
      System.err.println("limbic check: no claim '" + claim + "' in " + models.stream().map(BuiltInModel::id).toList());
      return 2;
    }
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    List<ClaimResult> results = ClaimRunner.run(entries, seed, n, done -> { });
    if (!report.equals("none")) {
      HtmlReport.Builder html = HtmlReport.builder("Limbic claim checks" + (model == null ? "" : ": " + model));
      results.forEach(r -> html.claim(r.claim(), r.outcome()));
      Path index = html.build().writeTo(Path.of(report));
      System.err.println("report: " + index.toAbsolutePath().normalize());
    }
    if (format.equals("tsv")) {
      System.out.println("id\tverdict\tmeasured\texpected\tsource");
      for (ClaimResult r : results) {
        System.out.println(String.join("\t", r.claim().id(), r.verdict(), clean(r.outcome().measured()),
            clean(r.outcome().expected()), clean(r.claim().source())));
      }
    } else {
      printTable(results);
    }
    return results.stream().allMatch(r -> r.outcome().pass()) ? 0 : 1;
  }

  private static String clean(String s) {
    return s.replace('\t', ' ').replace('\n', ' ');
  }

  private static void printTable(List<ClaimResult> results) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"id", "verdict", "label", "measured", "expected", "source"});
    for (ClaimResult r : results) {
      rows.add(new String[] {r.claim().id(), r.verdict(), r.claim().calibration().label(), r.outcome().measured(),
          r.outcome().expected(), r.claim().source()});
    }
    int[] width = new int[6];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        width[i] = Math.max(width[i], Math.min(row[i].length(), 60));
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        line.append(String.format(Locale.ROOT, "%-" + width[i] + "s", row[i])).append(i + 1 < row.length ? "  " : "");
      }
      System.out.println(line.toString().stripTrailing());
    }
    long passed = results.stream().filter(r -> r.outcome().pass()).count();
    System.out.printf(Locale.ROOT, "%n%d claims: %d passed, %d failed%n", results.size(), passed, results.size() - passed);
  }
}
