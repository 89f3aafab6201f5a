package org.limbic.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.limbic.experiment.file.ExperimentFileException;
import org.limbic.experiment.file.ExperimentFiles;
import org.limbic.experiment.library.ModelLibrary;
import org.limbic.experiment.results.RunCatalog;
import org.limbic.experiment.run.ExperimentFailedException;
import org.limbic.experiment.run.ExperimentRunner;
import org.limbic.experiment.run.RunOptions;
import org.limbic.experiment.results.RunSummary;
import org.limbic.experiment.spec.ExperimentSpec;
import org.limbic.experiment.spec.ModelRef;
import org.limbic.model.Model;
import org.limbic.model.ModelException;

/**
 * What {@code limbic run} and {@code limbic scan} share: read the experiment file, resolve its
 * model, run it with a progress bar, record it in the run catalog (see {@link #defaultCatalog()}).
 * Exit codes: 0 every run succeeded, 1 a run failed (failures.csv lists them; or all failed and
 * nothing was written), 2 bad input.
 */
final class ExperimentLauncher {

  static final Path DEFAULT_ROOT = Path.of("runs");

  private ExperimentLauncher() {
  }

  /**
   * One catalog for every run started from a directory, the one {@code limbic runs} reads:
   * $LIMBIC_CATALOG if set, else runs/limbic-runs.duckdb (wherever --out puts the results).
   */
  static Path defaultCatalog() {
    String env = System.getenv("LIMBIC_CATALOG");
    return env != null && !env.isBlank() ? Path.of(env) : DEFAULT_ROOT.resolve(RunCatalog.DEFAULT_FILE);
  }

  static int launch(String command, Path file, Path out, Integer threads, boolean requireScanOrCohort, PrintStream stdout,
                    PrintStream stderr) {
    ExperimentSpec spec;
    Model model;
    String text;
    try {
      text = Files.readString(file);
      spec = ExperimentFiles.read(file, org.limbic.experiment.file.ModelResolver.withSbml(ExperimentLauncher::loadSbml));
      if (requireScanOrCohort && spec.scan().isEmpty() && spec.cohort().isEmpty()) {
        stderr.println("limbic " + command + ": " + file + " has neither a scan nor a cohort; use 'limbic run' for a single run");
        return 2;
      }
      model = resolve(spec.model());
    } catch (java.io.IOException e) {
      stderr.println("limbic " + command + ": cannot read " + file + ": " + e.getMessage());
      return 2;
    } catch (IllegalArgumentException | ModelException | ExperimentFileException e) {
      stderr.println("limbic " + command + ": " + e.getMessage());
      return 2;
    }
    return runAndRecord(command, spec, model, text, file.toAbsolutePath().getParent(), out, threads, defaultCatalog(), stdout,
        stderr).exitCode();
  }

  /** A finished launch: its exit code and, if the experiment ran, its summary. */
  record Outcome(int exitCode, java.util.Optional<RunSummary> summary) {
    static Outcome failed(int code) {
      return new Outcome(code, java.util.Optional.empty());
    }
  }

  /**
   * Runs a read spec with a progress bar into {@code out} (default runs/RUN_ID) and records it in
   * {@code catalogFile}, with {@code specDirectory}, the directory the spec's relative paths resolve against.
   */
  static Outcome runAndRecord(String command, ExperimentSpec spec, Model model, String text, Path specDirectory, Path out,
                              Integer threads, Path catalogFile, PrintStream stdout, PrintStream stderr) {
    String runId = ExperimentRunner.newRunId(spec.name(), Instant.now());
    Path target = out != null ? out : DEFAULT_ROOT.resolve(runId);
    RunOptions options = RunOptions.defaults().withRunId(runId).withSpecText(text);
    if (threads != null) {
      if (threads < 1) {
        stderr.println("limbic " + command + ": --threads must be at least 1, got " + threads);
        return Outcome.failed(2);
      }
      options = options.withThreads(threads);
    }
    RunSummary summary;
    try (ProgressReporter progress = new ProgressReporter(spec.name(), stderr)) {
      summary = new ExperimentRunner(options.withProgress(progress)).run(spec, model, target);
    } catch (IllegalArgumentException | ModelException | java.io.UncheckedIOException e) {
      stderr.println("limbic " + command + ": " + e.getMessage());
      return Outcome.failed(2);
    } catch (ExperimentFailedException e) {
      stderr.println("limbic " + command + ": " + e.getMessage() + " (nothing was written)");
      return Outcome.failed(1);
    }
    try (RunCatalog catalog = RunCatalog.open(catalogFile)) {
      catalog.record(summary, specDirectory);
    } catch (IllegalStateException e) {
      stderr.println("limbic " + command + ": results written to " + summary.outputDirectory() + " but not recorded in the"
          + " catalog: " + e.getMessage());
      return new Outcome(1, java.util.Optional.of(summary));
    }
    stdout.println("run " + summary.runId() + ": " + summary.units() + " runs (" + summary.subjects() + " subjects x "
        + summary.replicates() + " replicates) on " + summary.threads() + " threads -> " + summary.outputDirectory());
    stdout.println("catalog: " + catalogFile);
    if (summary.failures() > 0) {
      stderr.println("limbic " + command + ": " + summary.failures() + " of " + summary.units()
          + " runs failed and were skipped; see " + summary.outputDirectory().resolve("failures.csv"));
      return new Outcome(1, java.util.Optional.of(summary));
    }
    return new Outcome(0, java.util.Optional.of(summary));
  }

  /** An SBML model for an experiment; what cannot be read or is not supported is a ModelException naming the file. */
  static Model loadSbml(Path file) {
    try {
      return org.limbic.sbml.SbmlImporter.read(file);
    } catch (java.io.IOException e) {
      throw new ModelException(file.toString(), "cannot read the SBML file: " + e.getMessage());
    } catch (RuntimeException e) {
      if (e instanceof ModelException) {
        throw e;
      }
      throw new ModelException(file.toString(), "cannot use this SBML model: " + e.getMessage());
    }
  }

  static Model resolve(ModelRef ref) {
    return switch (ref) {
      case ModelRef.BuiltIn b -> ModelLibrary.get(b.id()).model();
      case ModelRef.Sbml s -> loadSbml(s.file());
    };
  }
}
