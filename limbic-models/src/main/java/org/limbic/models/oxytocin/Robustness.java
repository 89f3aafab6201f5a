package org.limbic.models.oxytocin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.limbic.experiment.claims.Claim;
import org.limbic.experiment.claims.ClaimOutcome;
import org.limbic.model.Parameter;
import org.limbic.experiment.run.ParameterScaling;

/**
 * One-at-a-time sensitivity of every claim to the model's {@code assumed} parameters: each is set
 * to 80 % and 120 % of its value while all others keep theirs, and every claim (OXT-1 … OXT-14) is
 * re-run with the same seed. A claim that fails under a variant is listed with its measured value,
 * so a reader sees which conclusions rest on which guesses. Variants run in parallel; each variant's
 * claims run in order on one thread, so the table does not depend on the thread count.
 *
 * <p>OXT-6 simulates 3,000 mothers, most of the cost. It is re-run only where the variant moves a
 * typical mother's blood loss by more than {@value #OXT6_SCREEN_ML} mL in some arm; below that at
 * most a few mothers at the 500-mL threshold could change class, far fewer than the ~35 between the
 * published rates and the edges of the claim's tolerance. Screened variants are listed as such.
 */
public final class Robustness {

  /** The factors applied one at a time (±20 %, issue #4). */
  static final double[] FACTORS = {0.8, 1.2};

  /** OXT-6 screen (mL of a typical mother's blood loss), see the class comment. */
  static final double OXT6_SCREEN_ML = 0.1;

  /** The failures of one variant, and whether OXT-6 was screened out rather than run. */
  record Variant(List<Failure> failures, boolean oxt6Screened) {
  }

  /** One claim failing under one variant. */
  public record Failure(String claim, String measured, String expected) {
  }

  /** One assumed parameter: its published value and the failures at each factor of {@link #FACTORS}. */
  public record Row(String parameter, double value, String unit, List<List<Failure>> failures, List<Boolean> oxt6Screened) {
    public Row {
      failures = failures.stream().map(List::copyOf).toList();
      oxt6Screened = List.copyOf(oxt6Screened);
    }
  }

  private Robustness() {
  }

  /** The model's parameters whose source is marked {@code assumed}, in declaration order. */
  public static List<Parameter> assumedParameters() {
    return new OxytocinModel().model().parameters().stream()
        .filter(p -> p.source() != null && p.source().toLowerCase(Locale.ROOT).startsWith("assumed")).toList();
  }

  /** @param progress called with each parameter's row as soon as both its variants are done (any thread) */
  public static List<Row> run(long seed, int threads, java.util.function.Consumer<Row> progress) {
    List<Parameter> assumed = assumedParameters();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<Row>> futures = new ArrayList<>();
      for (Parameter p : assumed) {
        futures.add(pool.submit(() -> {
          List<List<Failure>> failures = new ArrayList<>();
          List<Boolean> screened = new ArrayList<>();
          for (double factor : FACTORS) {
            Variant v = variant(ParameterScaling.of(p.id(), factor), seed);
            failures.add(v.failures());
            screened.add(v.oxt6Screened());
          }
          Row row = new Row(p.id(), p.value(), p.unit(), failures, screened);
          progress.accept(row);
          return row;
        }));
      }
      List<Row> rows = new ArrayList<>();
      for (Future<Row> f : futures) {
        rows.add(f.get());
      }
      return List.copyOf(rows);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during the robustness run", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("robustness run failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static Variant variant(ParameterScaling scaling, long seed) {
    List<Failure> failures = new ArrayList<>();
    boolean screened = HemorrhageClaim.typicalMotherChange(scaling) <= OXT6_SCREEN_ML;
    for (Claim c : OxytocinClaims.all(scaling)) {
      if (screened && c.id().equals("OXT-6")) {
        continue;
      }
      ClaimOutcome o;
      try {
        o = c.check().run(seed);
      } catch (RuntimeException e) {
        o = new ClaimOutcome(false, "error: " + e.getMessage(), "the check to run", List.of());
      }
      if (!o.pass()) {
        failures.add(new Failure(c.id(), o.measured(), o.expected()));
      }
    }
    return new Variant(failures, screened);
  }

  /** The table as Markdown: one row per assumed parameter, then the measured value of every failure. */
  public static String markdown(List<Row> rows, long seed, double seconds) {
    StringBuilder s = new StringBuilder();
    s.append("# Oxytocin model: claims under +-20 % of each assumed parameter\n\n");
    s.append(String.format(Locale.ROOT, "Seed %d; %d assumed parameters x %d factors, every claim re-run (OXT-6 screened, see below); %.0f s.%n%n",
        seed, rows.size(), FACTORS.length, seconds));
    s.append("| parameter | value | unit | claims failing at -20 % | claims failing at +20 % |\n|---|---|---|---|---|\n");
    for (Row r : rows) {
      s.append("| ").append(r.parameter()).append(" | ").append(Traces.f(r.value())).append(" | ").append(r.unit());
      for (List<Failure> fs : r.failures()) {
        s.append(" | ").append(fs.isEmpty() ? "none" : String.join(", ", fs.stream().map(Failure::claim).toList()));
      }
      s.append(" |\n");
    }
    s.append(String.format(Locale.ROOT, "%nOXT-6 screened out (typical mother's blood loss moved <= %.1f mL in every arm), not re-run: ",
        OXT6_SCREEN_ML));
    List<String> screened = new ArrayList<>();
    for (Row r : rows) {
      for (int k = 0; k < FACTORS.length; k++) {
        if (r.oxt6Screened().get(k)) {
          screened.add(String.format(Locale.ROOT, "%s x%.1f", r.parameter(), FACTORS[k]));
        }
      }
    }
    s.append(screened.isEmpty() ? "none" : String.join(", ", screened)).append(".\n");
    s.append("\n## Failures, measured against expected\n\n");
    for (Row r : rows) {
      for (int k = 0; k < FACTORS.length; k++) {
        for (Failure f : r.failures().get(k)) {
          s.append(String.format(Locale.ROOT, "- %s x%.1f, %s: %s (expected %s)%n", r.parameter(), FACTORS[k], f.claim(),
              f.measured(), f.expected()));
        }
      }
    }
    return s.toString();
  }
}
