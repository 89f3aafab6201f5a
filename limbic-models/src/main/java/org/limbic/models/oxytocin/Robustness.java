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

/**
 * One-at-a-time sensitivity of every claim to the model's {@code assumed} parameters: each is set
 * to 80 % and 120 % of its value while all others keep theirs, and every claim (OXT-1 … OXT-14) is
 * re-run with the same seed. A claim that fails under a variant is listed with its measured value,
 * so a reader sees which conclusions rest on which guesses. Variants run in parallel; each variant's
 * claims run in order on one thread, so the table does not depend on the thread count.
 */
public final class Robustness {

  /** The factors applied one at a time (±20 %, issue #4). */
  static final double[] FACTORS = {0.8, 1.2};

  /** One claim failing under one variant. */
  public record Failure(String claim, String measured, String expected) {
  }

  /** One assumed parameter: its published value and the failures at each factor of {@link #FACTORS}. */
  public record Row(String parameter, double value, String unit, List<List<Failure>> failures) {
    public Row {
      failures = failures.stream().map(List::copyOf).toList();
    }
  }

  private Robustness() {
  }

  /** The model's parameters whose source is marked {@code assumed}, in declaration order. */
  public static List<Parameter> assumedParameters() {
    return new OxytocinModel().model().parameters().stream()
        .filter(p -> p.source() != null && p.source().toLowerCase(Locale.ROOT).startsWith("assumed")).toList();
  }

  public static List<Row> run(long seed, int threads) {
    List<Parameter> assumed = assumedParameters();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<List<Future<List<Failure>>>> futures = new ArrayList<>();
      for (Parameter p : assumed) {
        List<Future<List<Failure>>> perFactor = new ArrayList<>();
        for (double factor : FACTORS) {
          perFactor.add(pool.submit(() -> failures(ParameterScaling.of(p.id(), factor), seed)));
        }
        futures.add(perFactor);
      }
      List<Row> rows = new ArrayList<>();
      for (int i = 0; i < assumed.size(); i++) {
        List<List<Failure>> perFactor = new ArrayList<>();
        for (Future<List<Failure>> f : futures.get(i)) {
          perFactor.add(f.get());
        }
        Parameter p = assumed.get(i);
        rows.add(new Row(p.id(), p.value(), p.unit(), perFactor));
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

  private static List<Failure> failures(ParameterScaling scaling, long seed) {
    List<Failure> failures = new ArrayList<>();
    for (Claim c : OxytocinClaims.all(scaling)) {
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
    return failures;
  }

  /** The table as Markdown: one row per assumed parameter, then the measured value of every failure. */
  public static String markdown(List<Row> rows, long seed, double seconds) {
    StringBuilder s = new StringBuilder();
    s.append("# Oxytocin model: claims under +-20 % of each assumed parameter\n\n");
    s.append(String.format(Locale.ROOT, "Seed %d; %d assumed parameters x %d factors, every claim re-run; %.0f s.%n%n",
        seed, rows.size(), FACTORS.length, seconds));
    s.append("| parameter | value | unit | claims failing at -20 % | claims failing at +20 % |\n|---|---|---|---|---|\n");
    for (Row r : rows) {
      s.append("| ").append(r.parameter()).append(" | ").append(Traces.f(r.value())).append(" | ").append(r.unit());
      for (List<Failure> fs : r.failures()) {
        s.append(" | ").append(fs.isEmpty() ? "none" : String.join(", ", fs.stream().map(Failure::claim).toList()));
      }
      s.append(" |\n");
    }
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
