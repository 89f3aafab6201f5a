package org.limbic.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.limbic.petab.GradientCheck;
import org.limbic.petab.PetabObjective;
import org.limbic.petab.PetabProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code limbic bench gradient PROBLEM.yaml}: the median times of one log-likelihood and of one
 * log-likelihood with its forward-sensitivity gradient, in a warm JVM, the figures AMICI's t_sim and
 * t_fwd budgets bound; {@code --check} adds the gradient against central finite differences.
 */
@Command(name = "gradient", mixinStandardHelpOptions = true,
    description = "Median times of a PEtab log-likelihood and of its gradient at the nominal parameters, after warm-up:"
        + " problem=<id> llh=<value> median_ms_llh=<t> median_ms_gradient=<t> gradient=forward")
final class BenchGradientCommand implements Runnable {

  @Parameters(index = "0", paramLabel = "PROBLEM.yaml")
  Path problem;

  @Option(names = "--reps", defaultValue = "11", description = "timed evaluations of each (default: 11), after as many for warm-up")
  int reps;

  @Option(names = "--warmup-seconds", defaultValue = "3", description = "evaluate for at least this long before timing (default: 3),"
      + " besides as many evaluations as --reps")
  double warmupSeconds;

  @Option(names = "--rtol", defaultValue = "1e-8", description = "relative tolerance (default: 1e-8, AMICI's)")
  double rtol;

  @Option(names = "--atol", defaultValue = "1e-10", description = "absolute tolerance (default: 1e-10)")
  double atol;

  @Option(names = "--check", description = "also compare the gradient with central finite differences, per component")
  boolean check;

  @Option(names = "--components", paramLabel = "SPEC", description = "with --check, which components get differences:"
      + " all (default), or largest=K,sample=M[,seed=S][,named=ID:ID...] (the K largest in |g|, M others drawn at random"
      + " with seed S (default 1), and any named)")
  String components = "all";

  @Override
  public void run() {
    if (reps < 1) {
      throw new IllegalArgumentException("--reps must be at least 1, got " + reps);
    }
    PetabProblem p = PetabProblem.read(problem);
    PetabObjective objective = new PetabObjective(p, rtol, atol);
    Map<String, Double> nominal = p.nominalValues();
    double[] llhMs = time(() -> objective.evaluate(nominal).llh());
    double[] gradientMs = time(() -> objective.gradient(nominal).llh());
    double llh = objective.evaluate(nominal).llh();
    String id = p.yaml().getFileName().toString().replaceFirst("\\.ya?ml$", "");
    System.out.printf(Locale.ROOT, "problem=%s llh=%.12g median_ms_llh=%.3f median_ms_gradient=%.3f gradient=forward"
        + " parameters=%d reps=%d rtol=%g atol=%g%n", id, llh, llhMs[reps / 2], gradientMs[reps / 2],
        objective.estimatedParameters().size(), reps, rtol, atol);
    if (check) {
      GradientCheck.Selection selection = selection(components);
      long start = System.nanoTime();
      GradientCheck.Result result = GradientCheck.at(p, Map.of(), rtol, atol, selection);
      for (GradientCheck.Component c : result.components()) {
        System.out.printf(Locale.ROOT, "  %-40s sensitivity=% .10e difference=% .10e difference_error=%.1e relative_error=%.2e%s%n",
            c.parameter(), c.sensitivity(), c.difference(), c.differenceError(), c.relativeError(),
            c.checked() ? "" : " (below 1e-6 |g|, not checked)");
      }
      System.out.printf(Locale.ROOT, "check=%s worst_relative_error=%.3g checked=%d differenced=%d of %d components=%s seconds=%.0f%n",
          result.passes() ? "pass" : "FAIL", result.worst(), result.checked(), result.components().size(), result.total(),
          components, (System.nanoTime() - start) / 1e9);
      if (!result.passes()) {
        throw new CommandFailedException("the gradient of " + id + " differs from finite differences by "
            + result.worst() + " (relative), above " + GradientCheck.RELATIVE);
      }
    }
  }

  static GradientCheck.Selection selection(String spec) {
    if (spec.equals("all")) {
      return GradientCheck.Selection.ALL;
    }
    int largest = 0;
    int sample = 0;
    long seed = 1;
    java.util.Set<String> named = new java.util.LinkedHashSet<>();
    for (String part : spec.split(",")) {
      String[] kv = part.split("=", 2);
      if (kv.length != 2) {
        throw new IllegalArgumentException("--components: expected key=value, got '" + part + "'");
      }
      switch (kv[0].trim()) {
        case "largest" -> largest = Integer.parseInt(kv[1].trim());
        case "sample" -> sample = Integer.parseInt(kv[1].trim());
        case "seed" -> seed = Long.parseLong(kv[1].trim());
        case "named" -> named.addAll(java.util.List.of(kv[1].trim().split(":")));
        default -> throw new IllegalArgumentException("--components: unknown key '" + kv[0] + "' (largest, sample, seed, named)");
      }
    }
    return new GradientCheck.Selection(largest, sample, seed, java.util.Set.copyOf(named));
  }

  private double[] time(java.util.function.DoubleSupplier evaluation) {
    // warm-up by count and by time: a few evaluations of a small model do not reach the JIT's
    // final tier (Boehm's llh: 6.1 ms after 11, 0.86 ms after 1000)
    long warmUntil = System.nanoTime() + (long) (warmupSeconds * 1e9);
    for (int i = 0; i < reps || System.nanoTime() < warmUntil; i++) {
      evaluation.getAsDouble();
    }
    double[] ms = new double[reps];
    for (int i = 0; i < reps; i++) {
      long start = System.nanoTime();
      evaluation.getAsDouble();
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(ms);
    return ms;
  }
}
