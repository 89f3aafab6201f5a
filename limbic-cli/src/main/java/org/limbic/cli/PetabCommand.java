package org.limbic.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import org.limbic.petab.ParameterValues;
import org.limbic.petab.PetabMeasurement;
import org.limbic.petab.PetabObjective;
import org.limbic.petab.PetabProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code limbic petab check|llh PROBLEM.yaml}: PEtab 1.0 problems. */
@Command(name = "petab", mixinStandardHelpOptions = true,
    description = "PEtab 1.0 parameter-estimation problems: check one, or compute its log-likelihood.",
    subcommands = {PetabCommand.Check.class, PetabCommand.Llh.class})
public final class PetabCommand implements Runnable {

  @Override
  public void run() {
    throw new IllegalArgumentException("give a sub-command: check or llh (limbic petab --help)");
  }

  /** {@code limbic petab check PROBLEM.yaml}: reads and checks every table and the model. */
  @Command(name = "check", mixinStandardHelpOptions = true,
      description = "Read a PEtab problem and check its tables and model; each fault as FILE:LINE:COLUMN (exit 2).")
  static final class Check implements Runnable {

    @Parameters(index = "0", paramLabel = "PROBLEM.yaml")
    Path problem;

    @Override
    public void run() {
      PetabProblem p = PetabProblem.read(problem);
      long estimated = p.parameters().values().stream().filter(x -> x.estimate()).count();
      System.out.printf(Locale.ROOT, "%s: model %s, %d conditions, %d observables, %d measurements, %d parameters (%d estimated)%n",
          problem, p.model().id(), p.conditions().size(), p.observables().size(), p.measurements().size(),
          p.parameters().size(), estimated);
    }
  }

  /** {@code limbic petab llh PROBLEM.yaml [--parameters FILE]}: one line, as the issue asks for scripts. */
  @Command(name = "llh", mixinStandardHelpOptions = true,
      description = "Print llh=<value> chi2=<value> conditions=<n> measurements=<n> time_ms=<t>, at the nominal parameters"
          + " unless a parameters file (TSV: parameterId, value) is given.")
  static final class Llh implements Runnable {

    @Parameters(index = "0", paramLabel = "PROBLEM.yaml")
    Path problem;

    @Option(names = "--parameters", paramLabel = "FILE", description = "TSV with columns parameterId and value (linear)")
    Path parameters;

    @Option(names = "--priors", description = "also print log_prior=<value> (the objective priors) and log_posterior=<value>")
    boolean priors;

    @Override
    public void run() {
      PetabProblem p = PetabProblem.read(problem);
      Map<String, Double> values = parameters == null ? Map.of() : ParameterValues.read(parameters, p);
      PetabObjective objective = new PetabObjective(p);
      long start = System.nanoTime();
      PetabObjective.Evaluation e = objective.evaluate(values);
      double ms = (System.nanoTime() - start) / 1e6;
      var conditions = new HashSet<String>();
      for (PetabMeasurement m : p.measurements()) {
        conditions.add(m.preequilibration() + "|" + m.condition());
      }
      System.out.print(String.format(Locale.ROOT, "llh=%.12g chi2=%.12g conditions=%d measurements=%d time_ms=%.1f", e.llh(), e.chi2(),
          conditions.size(), p.measurements().size(), ms));
      if (priors) {
        double logPrior = objective.logPrior(values);
        System.out.printf(Locale.ROOT, " log_prior=%.12g log_posterior=%.12g", logPrior, e.llh() + logPrior);
      }
      System.out.println();
    }
  }
}
