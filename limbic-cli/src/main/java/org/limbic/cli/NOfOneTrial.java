package org.limbic.cli;

import java.io.BufferedWriter;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.limbic.experiment.results.OutputDirectory;
import org.limbic.experiment.stats.Estimate;
import org.limbic.experiment.stats.TestResult;
import org.limbic.experiment.spec.NOfOneDesign;
import org.limbic.experiment.trial.NOfOneResult;
import org.limbic.experiment.trial.NOfOneRunner;
import org.limbic.experiment.trial.PatientModels;

/**
 * {@code limbic trial} for an N-of-1 file: runs the crossover series, writes each patient's period
 * scores and own A − B estimate to {@code n-of-1.csv}, and prints the series analysis and how many
 * patients' own interval shows A better. A series is held in memory (N-of-1 series are small).
 */
final class NOfOneTrial {

  private NOfOneTrial() {
  }

  static int execute(NOfOneDesign file, Integer patients, Integer threads, long seed, Path out, PrintStream stdout,
                     PrintStream stderr) {
    NOfOneDesign design = patients == null ? file : file.withPatients(patients);
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1) {
      stderr.println("limbic trial: --threads must be at least 1, got " + n);
      return ExitCodes.BAD_INPUT;
    }
    long start = System.nanoTime();
    NOfOneResult result;
    try {
      NOfOneRunner runner = new NOfOneRunner(design, PatientModels.get(design.model()));
      result = OutputDirectory.write(out, dir -> {
        NOfOneResult r = runner.run(seed, n);
        write(dir.resolve("n-of-1.csv"), r);
        return r;
      });
    } catch (java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      stderr.println("limbic trial: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    boolean lowerBetter = design.endpoint().lowerIsBetter();
    long better = result.analysis().perPatient().stream().filter(e -> lowerBetter ? e.upper() < 0 : e.lower() > 0).count();
    long worse = result.analysis().perPatient().stream().filter(e -> lowerBetter ? e.lower() > 0 : e.upper() < 0).count();
    TestResult overall = result.analysis().overall();
    stdout.printf(Locale.ROOT, "N-of-1 series %s: %d patients (screened %,d), %d pairs of %s/%s periods (%s order), "
            + "%.1f + %.1f weeks each%n", design.name(), result.patients().size(), result.screened(), design.pairs(),
        design.a().name(), design.b().name(), design.randomizeOrder() ? "randomized" : "fixed", design.washoutWeeks(),
        design.periodWeeks());
    stdout.printf(Locale.ROOT, "  series: mean %s - %s on %s %s (p = %.3g)%n", design.a().name(), design.b().name(),
        design.endpoint().name(), overall.effect().format("%.2f"), overall.p());
    stdout.printf(Locale.ROOT, "  patients whose own 95 %% interval favours %s: %d; favours %s: %d; undecided: %d%n",
        design.a().name(), better, design.b().name(), worse, result.patients().size() - better - worse);
    stdout.printf(Locale.ROOT, "%.1f s on %d threads%n", (System.nanoTime() - start) / 1e9, n);
    stdout.println("results: " + out.toAbsolutePath().normalize());
    return ExitCodes.OK;
  }

  private static void write(Path csv, NOfOneResult r) throws java.io.IOException {
    int pairs = r.design().pairs();
    try (BufferedWriter w = Files.newBufferedWriter(csv)) {
      StringBuilder header = new StringBuilder("patient,order");
      for (int k = 1; k <= pairs; k++) {
        header.append(",A").append(k);
      }
      for (int k = 1; k <= pairs; k++) {
        header.append(",B").append(k);
      }
      w.write(header.append(",difference,lower,upper\n").toString());
      for (int i = 0; i < r.patients().size(); i++) {
        NOfOneResult.Patient p = r.patients().get(i);
        StringBuilder line = new StringBuilder().append(p.id()).append(',').append(p.order());
        for (double x : p.a()) {
          line.append(',').append(x);
        }
        for (double x : p.b()) {
          line.append(',').append(x);
        }
        Estimate e = r.analysis().perPatient().get(i);
        line.append(',').append(e.value()).append(',').append(e.lower()).append(',').append(e.upper()).append('\n');
        w.write(line.toString());
      }
    }
  }
}
