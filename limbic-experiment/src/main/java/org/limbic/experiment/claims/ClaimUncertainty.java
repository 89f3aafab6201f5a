package org.limbic.experiment.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.limbic.model.StatedRange;
import org.limbic.experiment.run.ParameterScaling;
import org.limbic.experiment.sampling.ScanSampler;
import org.limbic.experiment.spec.ScanSpec;
import org.limbic.experiment.stats.Estimate;
import org.limbic.experiment.stats.Tests;
import org.limbic.model.Model;
import org.limbic.model.Parameter;

/**
 * How often each claim holds when the model's assumed parameters are uncertain together (issue #13
 * item 4): Latin-hypercube samples of every assumed parameter over the range its source states
 * ({@link StatedRange}), or over value/2 … 2·value where it states none (said so per parameter), on a
 * log scale; every claim is re-run under each sample with the same study seed. A pass rate well
 * below 1 names a claim that rests on guesses. Samples are drawn before any run and results are
 * kept by index, so the counts do not depend on the thread count.
 */
public final class ClaimUncertainty {

  /** Where no range is stated: a factor of 2 either way, the spread an order-of-magnitude guess allows. */
  public static final double DEFAULT_FACTOR = 2;

  /** One uncertain parameter: its published value and the range sampled, and where the range comes from. */
  public record Input(String parameter, double value, double lower, double upper, boolean stated) {
    public String basis() {
      return stated ? "stated range" : String.format(Locale.ROOT, "no stated range: value /%.0f … x%.0f", DEFAULT_FACTOR,
          DEFAULT_FACTOR);
    }
  }

  /** A claim's pass count over the samples, and the first sample at which it failed. */
  public record Row(String model, Claim claim, int passes, int samples, String firstFailure) {
    public double rate() {
      return passes / (double) samples;
    }

    public Estimate interval() {
      return Tests.wilson(passes, samples);
    }
  }

  public record Result(List<Input> inputs, List<String> fixed, List<Row> rows, int samples) {
  }

  private ClaimUncertainty() {
  }

  /**
   * The assumed parameters of {@code model} (source starting with "assumed") with a positive value,
   * and their ranges; {@code fixed} collects those left out (a value of 0 or below has no factor).
   */
  public static List<Input> inputs(Model model, List<String> fixed) {
    List<Input> inputs = new ArrayList<>();
    for (Parameter p : model.parameters()) {
      if (p.source() == null || !p.source().toLowerCase(Locale.ROOT).startsWith("assumed")) {
        continue;
      }
      if (!(p.value() > 0)) {
        fixed.add(p.id());
        continue;
      }
      var range = StatedRange.of(p.source(), p.value()).filter(r -> r.lower() > 0);
      inputs.add(range.map(r -> new Input(p.id(), p.value(), r.lower(), r.upper(), true))
          .orElse(new Input(p.id(), p.value(), p.value() / DEFAULT_FACTOR, p.value() * DEFAULT_FACTOR, false)));
    }
    return inputs;
  }

  /**
   * @param claimsUnder the model's claims with every run under a parameter scaling
   * @param claimSeed the study seed every claim runs with (as {@code limbic check --seed})
   * @param progress called with the number of samples done
   */
  public static Result run(String modelId, Model model, Function<ParameterScaling, List<Claim>> claimsUnder, int samples,
                           long seed, long claimSeed, int threads, IntConsumer progress) {
    if (samples < 2) {
      throw new IllegalArgumentException("need at least 2 samples of the parameters, got " + samples);
    }
    List<String> fixed = new ArrayList<>();
    List<Input> inputs = inputs(model, fixed);
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("model '" + modelId + "' has no assumed parameters with a positive value to vary");
    }
    List<ScanSpec.Dimension> dims = inputs.stream()
        .map(i -> new ScanSpec.Dimension(i.parameter(), new double[0], i.lower(), i.upper(), 0, true)).toList();
    ScanSampler sampler = new ScanSampler(new ScanSpec(ScanSpec.Method.LATIN_HYPERCUBE, samples, dims), seed);
    List<ParameterScaling> scalings = new ArrayList<>();
    for (int s = 0; s < samples; s++) {
      double[] x = new double[inputs.size()];
      sampler.sample(s, x);
      Map<String, Double> factors = new java.util.HashMap<>();
      for (int k = 0; k < x.length; k++) {
        factors.put(inputs.get(k).parameter(), x[k] / inputs.get(k).value());
      }
      scalings.add(new ParameterScaling(factors));
    }
    List<Claim> published = claimsUnder.apply(ParameterScaling.NONE);
    List<ClaimOutcome[]> outcomes = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      AtomicInteger done = new AtomicInteger();
      List<Future<ClaimOutcome[]>> futures = new ArrayList<>();
      for (ParameterScaling scaling : scalings) {
        futures.add(pool.submit(() -> {
          List<Claim> claims = claimsUnder.apply(scaling);
          ClaimOutcome[] r = new ClaimOutcome[claims.size()];
          for (int c = 0; c < claims.size(); c++) {
            // the verdicts only: N samples of every claim's figures need not stay in memory
            r[c] = ClaimRunner.withoutFigures(ClaimRunner.outcome(claims.get(c).check(), claimSeed));
          }
          progress.accept(done.incrementAndGet());
          return r;
        }));
      }
      for (Future<ClaimOutcome[]> f : futures) {
        outcomes.add(f.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while checking claims under parameter uncertainty", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("claim uncertainty failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    List<Row> rows = new ArrayList<>();
    for (int c = 0; c < published.size(); c++) {
      int passes = 0;
      String first = "";
      for (int s = 0; s < samples; s++) {
        if (outcomes.get(s)[c].pass()) {
          passes++;
        } else if (first.isEmpty()) {
          first = "sample " + s + ": " + outcomes.get(s)[c].measured();
        }
      }
      rows.add(new Row(modelId, published.get(c), passes, samples, first));
    }
    return new Result(List.copyOf(inputs), List.copyOf(fixed), rows, samples);
  }
}
