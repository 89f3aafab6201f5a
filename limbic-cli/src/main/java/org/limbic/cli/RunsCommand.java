package org.limbic.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.limbic.experiment.results.RunCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code limbic runs [list]} and {@code limbic runs sql "SQL"}: the run catalog. */
@Command(name = "runs", mixinStandardHelpOptions = true,
    description = {"List recorded runs, or query the run catalog with SQL.",
        "Tables: runs(run_id, name, spec, model_id, model_hash, seed, threads, limbic_version, started, finished,"
            + " subjects, replicates, failures, output_dir) and metrics(run_id, metric, n, mean, sd, min, max)."})
public final class RunsCommand implements Callable<Integer> {

  @Parameters(arity = "0..2", paramLabel = "list | sql SQL", description = "list (default) or sql followed by a query")
  List<String> arguments = new ArrayList<>();

  @Option(names = "--catalog", paramLabel = "FILE",
      description = "the catalog (default: $LIMBIC_CATALOG, else runs/" + RunCatalog.DEFAULT_FILE + ")")
  Path catalog = ExperimentLauncher.defaultCatalog();

  @Override
  public Integer call() {
    return execute(System.out, System.err);
  }

  int execute(PrintStream out, PrintStream err) {
    boolean list = arguments.isEmpty() || arguments.equals(List.of("list"));
    boolean sql = arguments.size() == 2 && arguments.getFirst().equals("sql");
    if (!list && !sql) {
      err.println("limbic runs: expected 'list' or 'sql \"SELECT ...\"', got " + String.join(" ", arguments));
      return 2;
    }
    if (!Files.exists(catalog)) {
      err.println("limbic runs: no catalog at " + catalog + " (it is created by the first 'limbic run'; --catalog names another)");
      return 2;
    }
    try (RunCatalog c = RunCatalog.openReadOnly(catalog)) {
      print(list ? c.list() : c.query(arguments.get(1)), out);
      return 0;
    } catch (IllegalArgumentException e) {
      err.println("limbic runs: " + e.getMessage());
      return 2;
    }
  }

  /** Columns aligned on the widest value, tab-free so it pastes anywhere. */
  static void print(RunCatalog.Rows rows, PrintStream out) {
    int[] width = new int[rows.columns().size()];
    List<List<String>> text = new ArrayList<>();
    text.add(rows.columns());
    for (List<Object> r : rows.rows()) {
      text.add(r.stream().map(v -> v == null ? "NULL" : v.toString().replace('\n', ' ')).toList());
    }
    for (List<String> r : text) {
      for (int c = 0; c < width.length; c++) {
        width[c] = Math.max(width[c], Math.min(60, r.get(c).length()));
      }
    }
    for (List<String> r : text) {
      StringBuilder sb = new StringBuilder();
      for (int c = 0; c < width.length; c++) {
        String v = r.get(c).length() > 60 ? r.get(c).substring(0, 57) + "..." : r.get(c);
        sb.append(c == 0 ? "" : "  ").append(v).append(" ".repeat(width[c] - v.length()));
      }
      out.println(sb.toString().stripTrailing());
    }
    out.println("(" + rows.rows().size() + (rows.rows().size() == 1 ? " row)" : " rows)"));
  }
}
