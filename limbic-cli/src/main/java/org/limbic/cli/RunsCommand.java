package org.limbic.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.limbic.experiment.launch.CatalogLocation;
import org.limbic.experiment.launch.Rerun;
import org.limbic.experiment.results.ResultComparison;
import org.limbic.experiment.results.RunCatalog;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code limbic runs [list]}, {@code limbic runs sql "SQL"} and {@code limbic runs rerun RUN_ID}:
 * the run catalog, and re-running a recorded run to show it reproduces its numbers.
 */
@Command(name = "runs", mixinStandardHelpOptions = true,
    description = {"List recorded runs, query the run catalog with SQL, or re-run a recorded run and compare its tables"
        + " with the recorded ones (every value but the run column must be identical; exit 1 if not).",
        "A re-run reads the recorded experiment text; relative SBML paths in it are resolved where the experiment file was"
            + " (for runs recorded before the catalog kept that directory: the current directory).",
        "Tables: runs(run_id, name, spec, model_id, model_hash, seed, threads, limbic_version, started, finished,"
            + " subjects, replicates, failures, output_dir, spec_dir, kind, source_file) and metrics(run_id, metric, n, mean, sd,"
            + " min, max, nan, nan_reasons); kind is experiment, fit, trial or n-of-1."})
public final class RunsCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..2", paramLabel = "list | sql SQL | rerun RUN_ID",
      description = "list (default), sql followed by a query, or rerun followed by a run id")
  List<String> arguments = new ArrayList<>();

  @Option(names = "--catalog", paramLabel = "FILE",
      description = "the catalog (default: " + CatalogLocation.DEFAULT_IN_WORDS + ")")
  Path catalog = CatalogLocation.defaultCatalog();

  @Option(names = "--out", paramLabel = "DIR", description = "rerun: where the new results go (default: runs/NEW_RUN_ID beside the catalog)")
  Path rerunOut;

  @Option(names = "--threads", description = "rerun: worker threads (default: all cores; results do not depend on it)")
  Integer threads;

  @Override
  public void run() {
    boolean list = arguments.isEmpty() || arguments.equals(List.of("list"));
    boolean sql = arguments.size() == 2 && arguments.getFirst().equals("sql");
    boolean rerun = arguments.size() == 2 && arguments.getFirst().equals("rerun");
    if (!list && !sql && !rerun) {
      throw new ParameterException(spec.commandLine(),
          "expected 'list', 'sql \"SELECT ...\"' or 'rerun RUN_ID', got " + String.join(" ", arguments));
    }
    if (!Files.exists(catalog)) {
      throw new IllegalArgumentException("no catalog at " + catalog
          + " (it is created by the first 'limbic run'; --catalog names another)");
    }
    if (rerun) {
      rerun(arguments.get(1));
      return;
    }
    try (RunCatalog c = RunCatalog.openReadOnly(catalog)) {
      if (list) {
        System.out.println("catalog: " + catalog.toAbsolutePath().normalize());
      }
      print(list ? c.list() : c.query(arguments.get(1)), System.out);
    }
  }

  /** Re-runs a recorded run ({@link Rerun}) and says whether its tables are the recorded ones; exit 1 if not. */
  private void rerun(String runId) {
    Rerun.Outcome o;
    try (ProgressReporter progress = new ProgressReporter("rerun " + runId, System.err)) {
      o = Rerun.of(runId, catalog, rerunOut, ExperimentLauncher.options(threads).withProgress(progress), ExperimentLauncher.MODELS);
    }
    ExperimentLauncher.print(o.again(), catalog);
    String changed = "model " + o.recorded().modelId() + " changed since " + runId + " (hash " + o.recorded().modelHash()
        + " then, " + o.again().modelHash() + " now): numbers may differ";
    if (o.comparison().isEmpty()) {
      System.out.println("rerun of " + runId + " (seed " + o.recorded().seed() + ") -> " + o.again().outputDirectory()
          + "; the recorded results at " + o.recorded().outputDirectory() + " are gone, so nothing to compare");
      if (!o.sameModel()) {
        throw new CommandFailedException(changed);
      }
    } else {
      if (!o.sameModel()) {
        System.err.println("limbic runs rerun: " + changed);
      }
      ResultComparison.Outcome comparison = o.comparison().get();
      if (!comparison.identical()) {
        throw new CommandFailedException("differs from " + runId + ": " + comparison.difference().get());
      }
      System.out.println("identical to " + runId + ": " + comparison.rows() + " rows (timecourses, metrics, parameters, failures),"
          + " every value equal but the run column");
    }
    ExperimentLauncher.failIfAnyFailed(o.again());
  }

  /** Columns never cut: what a user copies into the next command (runs rerun RUN_ID, cd OUTPUT_DIR). */
  private static final java.util.Set<String> WHOLE = java.util.Set.of("run_id", "output_dir", "file");
  private static final int MAX_WIDTH = 60;

  /** Columns aligned on the widest value, tab-free so it pastes anywhere; long text but ids and paths cut at 60 characters. */
  static void print(RunCatalog.Rows rows, PrintStream out) {
    int[] width = new int[rows.columns().size()];
    int[] max = rows.columns().stream().mapToInt(c -> WHOLE.contains(c) ? Integer.MAX_VALUE : MAX_WIDTH).toArray();
    List<List<String>> text = new ArrayList<>();
    text.add(rows.columns());
    for (List<Object> r : rows.rows()) {
      text.add(r.stream().map(v -> v == null ? "NULL" : v.toString().replace('\n', ' ')).toList());
    }
    for (List<String> r : text) {
      for (int c = 0; c < width.length; c++) {
        width[c] = Math.max(width[c], Math.min(max[c], r.get(c).length()));
      }
    }
    for (List<String> r : text) {
      StringBuilder sb = new StringBuilder();
      for (int c = 0; c < width.length; c++) {
        String v = r.get(c).length() > max[c] ? r.get(c).substring(0, max[c] - 3) + "..." : r.get(c);
        sb.append(c == 0 ? "" : "  ").append(v).append(" ".repeat(width[c] - v.length()));
      }
      out.println(sb.toString().stripTrailing());
    }
    out.println("(" + rows.rows().size() + (rows.rows().size() == 1 ? " row)" : " rows)"));
  }
}
