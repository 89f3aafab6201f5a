package org.limbic.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.limbic.experiment.file.ExperimentFileException;
import org.limbic.experiment.file.TrialFiles;
import org.limbic.experiment.results.OutputDirectory;
import org.limbic.experiment.trial.CohortFiles;
import org.limbic.experiment.trial.CohortSummary;
import org.limbic.experiment.trial.ConsortCounts;
import org.limbic.experiment.trial.PatientModels;
import org.limbic.experiment.spec.TrialDesign;
import org.limbic.experiment.trial.TrialRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code limbic trial FILE}: runs a virtual trial (or a cohort of any size) from a trial file,
 * streaming participants and visits to disk as they finish (memory does not grow with the cohort),
 * then prints the flow, a per-arm summary of the primary endpoint, time and memory; an N-of-1 file
 * (an {@code n_of_1} section) runs as a crossover series instead ({@link NOfOneTrial}). Exit codes:
 * 0 done, 2 bad input.
 */
@Command(name = "trial", mixinStandardHelpOptions = true,
    description = "Run a virtual trial file, streaming every patient's visits to CSV (and Parquet) in --out.")
final class TrialCommand implements Callable<Integer> {

  @Parameters(index = "0", description = "the trial file (YAML; docs/trial-files.md)")
  Path file;

  @Option(names = "--patients", description = "randomize this many instead of the file's 'patients'")
  Integer patients;

  @Option(names = "--threads", description = "worker threads (default: all cores); the result does not depend on it")
  Integer threads;

  @Option(names = "--seed", defaultValue = "20261123", description = "trial seed (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--out", required = true, description = "output directory (must not exist or be empty)")
  Path out;

  @Option(names = "--no-parquet", description = "keep only the CSV files")
  boolean noParquet;

  @Option(names = "--heap-probe", description = "measure live heap after a full GC at 10^3, 10^4, ... patients (slows the run slightly)")
  boolean heapProbe;

  @Override
  public Integer call() {
    return execute(System.out, System.err);
  }

  int execute(PrintStream stdout, PrintStream stderr) {
    TrialDesign design;
    TrialRunner runner;
    try {
      String text = TrialFiles.text(file);
      if (TrialFiles.isNOfOne(text, file.toString())) {
        return NOfOneTrial.execute(TrialFiles.parseNOfOne(text, file.toString()), patients, threads, seed, out, stdout, stderr);
      }
      design = TrialFiles.parse(text, file.toString());
      if (patients != null) {
        design = design.withPatients(patients);
      }
      runner = new TrialRunner(design, PatientModels.get(design.model()));
    } catch (ExperimentFileException | IllegalArgumentException e) {
      stderr.println("limbic trial: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1) {
      stderr.println("limbic trial: --threads must be at least 1, got " + n);
      return ExitCodes.BAD_INPUT;
    }
    TrialDesign d = design;
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long start = System.nanoTime();
    CohortSummary summary = new CohortSummary(d);
    ConsortCounts counts;
    try (ProgressReporter progress = new ProgressReporter(d.name(), stderr)) {
      long[] nextProbe = {1000};
      counts = OutputDirectory.write(out, dir -> {
        try (CohortFiles files = new CohortFiles(dir, d)) {
          ConsortCounts c = runner.stream(seed, n, files.andThen(summary), (done, total) -> {
            progress.progress(done, total);
            if (heapProbe && done >= nextProbe[0]) {
              System.gc();
              stderr.printf(Locale.ROOT, "%nheap after GC at %,d patients: %.1f MB%n", done,
                  memory.getHeapMemoryUsage().getUsed() / 1e6);
              while (nextProbe[0] <= done) {
                nextProbe[0] *= 10;
              }
            }
          });
          files.close();
          if (!noParquet) {
            CohortFiles.exportParquet(dir, d);
          }
          return c;
        }
      });
    } catch (java.io.UncheckedIOException | IllegalArgumentException e) {
      stderr.println("limbic trial: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.gc();
    stdout.printf(Locale.ROOT, "trial %s: screened %,d, excluded %,d, randomized %,d %s, completed %s%n", d.name(),
        counts.screened(), counts.excluded(), counts.randomized(), counts.allocated(), counts.completed());
    summary.lines().forEach(l -> stdout.println("  " + l));
    stdout.printf(Locale.ROOT, "%.1f s on %d threads (%.0f patients/s); heap after GC %.1f MB, max %.0f MB%n", seconds, n,
        counts.randomized() / seconds, memory.getHeapMemoryUsage().getUsed() / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
    stdout.println("results: " + out.toAbsolutePath().normalize());
    return ExitCodes.OK;
  }
}
