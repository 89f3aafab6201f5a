package org.limbic.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.limbic.experiment.file.ExperimentFileException;
import org.limbic.experiment.file.ExperimentFiles;
import org.limbic.experiment.file.ModelResolver;
import org.limbic.experiment.results.ResultComparison;
import org.limbic.experiment.results.RunCatalog;
import org.limbic.experiment.results.RunSummary;
import org.limbic.experiment.spec.ExperimentSpec;
import org.limbic.model.Model;
import org.limbic.model.ModelException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code limbic runs [list]}, {@code limbic runs sql "SQL"} and {@code limbic runs rerun RUN_ID}:
 * the run catalog, and re-running a recorded run to show it reproduces its numbers.
 */
@Command(name = "runs", mixinStandardHelpOptions = true,
    description = {"List recorded runs, query the run catalog with SQL, or re-run a recorded run and compare its tables"
        + " with the recorded ones (every value but the run column must be identical; exit 1 if not).",
        "A re-run reads the recorded experiment text; relative SBML paths in it are resolved against the current directory.",
        "Tables: runs(run_id, name, spec, model_id, model_hash, seed, threads, limbic_version, started, finished,"
            + " subjects, replicates, failures, output_dir) and metrics(run_id, metric, n, mean, sd, min, max)."})
public final class RunsCommand implements Callable<Integer> {

  @Parameters(arity = "0..2", paramLabel = "list | sql SQL | rerun RUN_ID",
      description = "list (default), sql followed by a query, or rerun followed by a run id")
  List<String> arguments = new ArrayList<>();

  @Option(names = "--catalog", paramLabel = "FILE",
      description = "the catalog (default: $LIMBIC_CATALOG, else runs/" + RunCatalog.DEFAULT_FILE + ")")
  Path catalog = ExperimentLauncher.defaultCatalog();

  @Option(names = "--out", paramLabel = "DIR", description = "rerun: where the new results go (default: runs/NEW_RUN_ID)")
  Path rerunOut;

  @Option(names = "--threads", description = "rerun: worker threads (default: all cores; results do not depend on it)")
  Integer threads;

  @Override
  public Integer call() {
    return execute(System.out, System.err);
  }

  int execute(PrintStream out, PrintStream err) {
    boolean list = arguments.isEmpty() || arguments.equals(List.of("list"));
    boolean sql = arguments.size() == 2 && arguments.getFirst().equals("sql");
    boolean rerun = arguments.size() == 2 && arguments.getFirst().equals("rerun");
    if (!list && !sql && !rerun) {
      err.println("limbic runs: expected 'list', 'sql \"SELECT ...\"' or 'rerun RUN_ID', got " + String.join(" ", arguments));
      return 2;
    }
    if (!Files.exists(catalog)) {
      err.println("limbic runs: no catalog at " + catalog + " (it is created by the first 'limbic run'; --catalog names another)");
      return 2;
    }
    if (rerun) {
      return rerun(arguments.get(1), out, err);
    }
    try (RunCatalog c = RunCatalog.openReadOnly(catalog)) {
      print(list ? c.list() : c.query(arguments.get(1)), out);
      return 0;
    } catch (IllegalArgumentException e) {
      err.println("limbic runs: " + e.getMessage());
      return 2;
    }
  }

  /**
   * Re-runs a recorded run from its recorded text and seed, records the re-run, and compares every
   * table with the recorded run's (if its output directory still exists).
   */
  private int rerun(String runId, PrintStream out, PrintStream err) {
    RunCatalog.RecordedRun recorded;
    try (RunCatalog c = RunCatalog.openReadOnly(catalog)) {
      recorded = c.recorded(runId);
    } catch (IllegalArgumentException e) {
      err.println("limbic runs rerun: " + e.getMessage());
      return 2;
    }
    ExperimentSpec spec;
    Model model;
    // relative paths (an SBML file) resolve where the experiment file was, as when it first ran; runs
    // recorded before the catalog kept that directory resolve against the current one
    Path specDirectory = recorded.specDirectory().orElse(Path.of("").toAbsolutePath());
    try {
      spec = ExperimentFiles.parse(recorded.spec(), "run " + runId, specDirectory,
          ModelResolver.withSbml(ExperimentLauncher::loadSbml));
      model = ExperimentLauncher.resolve(spec.model());
    } catch (IllegalArgumentException | ModelException | ExperimentFileException e) {
      err.println("limbic runs rerun: the recorded experiment of " + runId + " no longer reads: " + e.getMessage());
      return 2;
    }
    var outcome = ExperimentLauncher.runAndRecord("runs rerun", spec, model, recorded.spec(), specDirectory, rerunOut, threads, catalog,
        out, err);
    if (outcome.summary().isEmpty()) {
      return outcome.exitCode();
    }
    RunSummary again = outcome.summary().get();
    boolean sameModel = again.modelHash().equals(recorded.modelHash());
    if (!sameModel) {
      err.println("limbic runs rerun: model " + recorded.modelId() + " changed since " + runId + " (hash " + recorded.modelHash()
          + " then, " + again.modelHash() + " now): numbers may differ");
    }
    Path original = recorded.outputDirectory();
    if (!Files.isDirectory(original)) {
      out.println("rerun of " + runId + " (seed " + recorded.seed() + ") -> " + again.outputDirectory()
          + "; the recorded results at " + original + " are gone, so nothing to compare");
      return sameModel ? outcome.exitCode() : 1;
    }
    try {
      ResultComparison.Outcome comparison = ResultComparison.compare(original, again.outputDirectory());
      if (comparison.identical()) {
        out.println("identical to " + runId + ": " + comparison.rows() + " rows (timecourses, metrics, parameters, failures),"
            + " every value equal but the run column");
        return outcome.exitCode();
      }
      err.println("limbic runs rerun: differs from " + runId + ": " + comparison.difference().get());
      return 1;
    } catch (java.io.IOException e) {
      err.println("limbic runs rerun: cannot compare with " + original + ": " + e.getMessage());
      return 1;
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
