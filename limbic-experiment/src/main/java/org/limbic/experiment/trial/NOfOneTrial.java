package org.limbic.experiment.trial;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.limbic.experiment.results.OutputDirectory;
import org.limbic.experiment.results.UnitRows;
import org.limbic.experiment.spec.NOfOneDesign;
import org.limbic.experiment.stats.Estimate;
import org.limbic.io.AtomicFile;

/**
 * An N-of-1 series run into an output directory: the crossover series, each patient's period scores
 * and own A − B estimate in {@value #FILE}, the series' mean A − B in {@value #SERIES_FILE}, and how
 * many patients' own interval favours A or B. A
 * series is held in memory (N-of-1 series are small); the directory is written whole or not at all.
 */
public final class NOfOneTrial {

  public static final String FILE = "n-of-1.csv";
  /** The series' analysis, one row: series, a, b, endpoint, n, estimate, ci_low, ci_high, t, df, p. */
  public static final String SERIES_FILE = "series.csv";

  private NOfOneTrial() {
  }

  /**
   * What a series found.
   *
   * @param favourA patients whose own 95 % interval of A − B lies on A's better side ({@code favourB} likewise)
   */
  public record Outcome(NOfOneResult result, long favourA, long favourB, int threads, double seconds) {

    public NOfOneDesign design() {
      return result.design();
    }

    /** Patients whose own interval includes no difference. */
    public long undecided() {
      return result.patients().size() - favourA - favourB;
    }
  }

  /** The last step inside the output directory before it is put in place (recording the run): if it fails, nothing is left. */
  @FunctionalInterface
  public interface Finisher {
    void finish(Path directory, NOfOneResult result) throws IOException;
  }

  /** {@link #run(NOfOneDesign, VirtualPatientModel, long, int, Path)} with the patient model the design names. */
  public static Outcome run(NOfOneDesign design, long seed, int threads, Path out) {
    return run(design, PatientModels.get(design.model()), seed, threads, out);
  }

  /** {@link #run(NOfOneDesign, long, int, Path)}, then {@code finisher} on the directory before it is put in place. */
  public static Outcome run(NOfOneDesign design, long seed, int threads, Path out, Finisher finisher) {
    return run(design, PatientModels.get(design.model()), seed, threads, out, finisher);
  }

  /**
   * Runs {@code design} on {@code model} with {@code seed} on {@code threads} threads into {@code out}.
   *
   * @throws IllegalArgumentException for a thread count below 1, a design the patient model does not
   *     fit, or an {@code out} that exists and is not empty
   * @throws java.io.UncheckedIOException if the results cannot be written
   */
  public static Outcome run(NOfOneDesign design, VirtualPatientModel model, long seed, int threads, Path out) {
    return run(design, model, seed, threads, out, (dir, result) -> { });
  }

  private static Outcome run(NOfOneDesign design, VirtualPatientModel model, long seed, int threads, Path out, Finisher finisher) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    long start = System.nanoTime();
    NOfOneRunner runner = new NOfOneRunner(design, model);
    NOfOneResult result = OutputDirectory.write(out, dir -> {
      NOfOneResult r = runner.run(seed, threads);
      write(dir.resolve(FILE), r);
      writeSeries(dir.resolve(SERIES_FILE), r);
      finisher.finish(dir, r);
      return r;
    });
    boolean lowerBetter = design.endpoint().lowerIsBetter();
    long favourA = result.analysis().perPatient().stream().filter(e -> lowerBetter ? e.upper() < 0 : e.lower() > 0).count();
    long favourB = result.analysis().perPatient().stream().filter(e -> lowerBetter ? e.lower() > 0 : e.upper() < 0).count();
    return new Outcome(result, favourA, favourB, threads, (System.nanoTime() - start) / 1e9);
  }

  private static void writeSeries(Path csv, NOfOneResult r) {
    NOfOneDesign d = r.design();
    var overall = r.analysis().overall();
    AtomicFile.write(csv, "series,a,b,endpoint,n,estimate,ci_low,ci_high,t,df,p\n" + String.join(",", UnitRows.text(d.name()),
        UnitRows.text(d.a().name()), UnitRows.text(d.b().name()), UnitRows.text(d.endpoint().name()),
        Integer.toString(r.patients().size()), Double.toString(overall.effect().value()), Double.toString(overall.effect().lower()),
        Double.toString(overall.effect().upper()), Double.toString(overall.statistic()), Double.toString(overall.degreesOfFreedom()),
        Double.toString(overall.p())) + "\n");
  }

  private static void write(Path csv, NOfOneResult r) throws IOException {
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
