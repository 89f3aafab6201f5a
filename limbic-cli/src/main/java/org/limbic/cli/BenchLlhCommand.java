package org.limbic.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.limbic.petab.PetabObjective;
import org.limbic.petab.PetabProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code limbic bench llh PROBLEM.yaml}: the time of one log-likelihood (every condition simulated)
 * in a warm JVM, the figure AMICI's t_sim budgets bound. The gradient's time comes with the
 * sensitivities (issue #12, {@code limbic bench gradient}).
 */
@Command(name = "llh", mixinStandardHelpOptions = true,
    description = "Median time of one PEtab log-likelihood at the nominal parameters, after warm-up:"
        + " problem=<id> llh=<value> median_ms_llh=<t> reps=<n>")
final class BenchLlhCommand implements Runnable {

  @Parameters(index = "0", paramLabel = "PROBLEM.yaml")
  Path problem;

  @Option(names = "--reps", defaultValue = "21", description = "timed evaluations (default: 21), after as many for warm-up")
  int reps;

  @Option(names = "--rtol", defaultValue = "1e-10", description = "relative tolerance (default: 1e-10)")
  double rtol;

  @Option(names = "--atol", defaultValue = "1e-12", description = "absolute tolerance (default: 1e-12)")
  double atol;

  @Override
  public void run() {
    if (reps < 1) {
      throw new IllegalArgumentException("--reps must be at least 1, got " + reps);
    }
    PetabProblem p = PetabProblem.read(problem);
    PetabObjective objective = new PetabObjective(p, rtol, atol);
    double llh = 0;
    for (int i = 0; i < reps; i++) {
      llh = objective.nominal().llh();
    }
    double[] ms = new double[reps];
    for (int i = 0; i < reps; i++) {
      long start = System.nanoTime();
      llh = objective.nominal().llh();
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(ms);
    String id = p.yaml().getFileName().toString().replaceFirst("\\.ya?ml$", "");
    System.out.printf(Locale.ROOT, "problem=%s llh=%.12g median_ms_llh=%.3f reps=%d rtol=%g atol=%g%n", id, llh, ms[reps / 2], reps,
        rtol, atol);
  }
}
