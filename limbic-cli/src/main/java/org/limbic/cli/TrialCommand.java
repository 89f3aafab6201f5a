package org.limbic.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import org.limbic.experiment.file.TrialFiles;
import org.limbic.experiment.launch.CatalogLocation;
import org.limbic.experiment.launch.RecordedTrial;
import org.limbic.experiment.run.ProgressListener;
import org.limbic.experiment.spec.NOfOneDesign;
import org.limbic.experiment.spec.TrialDesign;
import org.limbic.experiment.stats.TestResult;
import org.limbic.experiment.trial.CohortTrial;
import org.limbic.experiment.trial.ConsortCounts;
import org.limbic.experiment.trial.NOfOneTrial;
import org.limbic.experiment.trial.TrialAnalysis;
import org.limbic.report.HtmlReport;
import org.limbic.report.TrialReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code limbic trial FILE}: runs a virtual trial (or a cohort of any size) from a trial file with
 * {@link CohortTrial}, prints the flow, a per-arm summary of the primary endpoint, the analysis of
 * every arm against the control on every endpoint ({@link TrialAnalysis}), time and memory, writes
 * the HTML report ({@link TrialReport}) and records the run in the catalog ({@link RecordedTrial});
 * an N-of-1 file (an {@code n_of_1} section) runs as a crossover series instead ({@link NOfOneTrial}).
 */
@Command(name = "trial", mixinStandardHelpOptions = true,
    description = {"Run a virtual trial file, streaming every patient's visits to CSV (and Parquet) in --out, with the analysis"
        + " (analysis.csv, trajectories.csv, consort.csv), an HTML report, and a record in the run catalog (kind trial).",
        "An N-of-1 file (n_of_1 section) runs as a crossover series (n-of-1.csv; kind n-of-1)."})
final class TrialCommand implements Runnable {

  @Parameters(index = "0", description = "the trial file (YAML; docs/trial-files.md)")
  Path file;

  @Option(names = "--patients", description = "randomize this many instead of the file's 'patients'")
  Integer patients;

  @Option(names = "--threads", description = "worker threads (default: all cores); the result does not depend on it")
  Integer threads;

  @Option(names = "--seed", defaultValue = "20261123", description = "trial seed (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: runs/<run id> beside the catalog);"
      + " must not exist or be empty")
  Path out;

  @Option(names = "--report", paramLabel = "DIR", description = "where the HTML report goes (default: report/ in the output directory)")
  Path report;

  @Option(names = "--catalog", paramLabel = "FILE", description = "the run catalog to record the trial in (default: "
      + CatalogLocation.DEFAULT_IN_WORDS + ")")
  Path catalog;

  @Option(names = "--no-parquet", description = "keep only the CSV files")
  boolean noParquet;

  @Option(names = "--heap-probe", description = "measure live heap after a full GC at 10^3, 10^4, ... patients (slows the run slightly)")
  boolean heapProbe;

  @Override
  public void run() {
    if (report != null) {
      HtmlReport.requireWritable(report); // before the run, not after it
    }
    String text = TrialFiles.text(file);
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    Path catalogFile = catalog != null ? catalog : CatalogLocation.defaultCatalog();
    RecordedTrial.Source source = new RecordedTrial.Source(file, text);
    if (TrialFiles.isNOfOne(text, file.toString())) {
      NOfOneDesign design = TrialFiles.parseNOfOne(text, file.toString());
      var recorded = RecordedTrial.run(patients == null ? design : design.withPatients(patients), source, seed, n, out, catalogFile,
          (dir, result) -> reportInside(dir));
      print(recorded.outcome(), recorded.directory(), System.out);
      finish(recorded, catalogFile);
      return;
    }
    TrialDesign design = TrialFiles.parse(text, file.toString());
    RecordedTrial.Recorded<CohortTrial.Outcome> recorded;
    try (ProgressReporter progress = new ProgressReporter(design.name(), System.err)) {
      ProgressListener listener = heapProbe ? new HeapProbe(progress, System.err) : progress;
      recorded = RecordedTrial.run(patients == null ? design : design.withPatients(patients), source, seed, n, !noParquet, out,
          catalogFile, listener, (dir, outcome) -> reportInside(dir));
    }
    print(recorded.outcome(), recorded.directory(), System.out);
    finish(recorded, catalogFile);
  }

  /** The report inside the results, before they are put in place; with --report it is written after. */
  private void reportInside(Path dir) {
    if (report == null) {
      TrialReport.of(dir).writeTo(dir.resolve("report"));
    }
  }

  private void finish(RecordedTrial.Recorded<?> recorded, Path catalogFile) {
    Path index = report == null ? recorded.directory().resolve("report").resolve("index.html")
        : TrialReport.of(recorded.directory()).writeTo(report);
    System.out.println("report: " + index.toAbsolutePath().normalize());
    System.out.println("run " + recorded.runId() + " recorded in the catalog " + catalogFile.toAbsolutePath().normalize());
  }

  private static void print(CohortTrial.Outcome o, Path dir, PrintStream stdout) {
    System.gc();
    ConsortCounts counts = o.counts();
    stdout.printf(Locale.ROOT, "trial %s: screened %,d, excluded %,d, randomized %,d %s, completed %s%n", o.design().name(),
        counts.screened(), counts.excluded(), counts.randomized(), counts.allocated(), counts.completed());
    o.summary().forEach(l -> stdout.println("  " + l));
    AnalysisLines.of(o.analysis(), o.design().analysis().primary()).forEach(stdout::println);
    stdout.printf(Locale.ROOT, "%.1f s on %d threads (%.0f patients/s); heap after GC %.1f MB, max %.0f MB%n", o.seconds(),
        o.threads(), counts.randomized() / o.seconds(), HeapProbe.usedHeap() / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
    stdout.println("results: " + dir.toAbsolutePath().normalize());
  }

  private static void print(NOfOneTrial.Outcome o, Path dir, PrintStream stdout) {
    NOfOneDesign d = o.design();
    TestResult overall = o.result().analysis().overall();
    stdout.printf(Locale.ROOT, "N-of-1 series %s: %d patients (screened %,d), %d pairs of %s/%s periods (%s order), "
            + "%.1f + %.1f weeks each%n", d.name(), o.result().patients().size(), o.result().screened(), d.pairs(),
        d.a().name(), d.b().name(), d.randomizeOrder() ? "randomized" : "fixed", d.washoutWeeks(), d.periodWeeks());
    stdout.printf(Locale.ROOT, "  series: mean %s - %s on %s %s (p = %.3g)%n", d.a().name(), d.b().name(),
        d.endpoint().name(), overall.effect().format("%.2f"), overall.p());
    stdout.printf(Locale.ROOT, "  patients whose own 95 %% interval favours %s: %d; favours %s: %d; undecided: %d%n",
        d.a().name(), o.favourA(), d.b().name(), o.favourB(), o.undecided());
    stdout.printf(Locale.ROOT, "%.1f s on %d threads%n", o.seconds(), o.threads());
    stdout.println("results: " + dir.toAbsolutePath().normalize());
  }
}
