package org.limbic.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.limbic.experiment.launch.CatalogLocation;
import org.limbic.experiment.results.CanonicalText;
import org.limbic.experiment.results.MetricSummary;
import org.limbic.experiment.results.OutputDirectory;
import org.limbic.experiment.results.RunCatalog;
import org.limbic.experiment.results.RunSummary;
import org.limbic.experiment.run.ExperimentRunner;
import org.limbic.petab.PetabObjective;
import org.limbic.report.FitReport;
import org.limbic.petab.MultistartFit;
import org.limbic.petab.PetabParameter;
import org.limbic.petab.PetabProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code limbic fit PROBLEM.yaml --starts N --out DIR}: multistart maximum likelihood on a PEtab
 * problem. Writes {@code starts.tsv} (a row per start: its log-likelihood before and after,
 * evaluations, seconds, status, and the parameters it ended at) and {@code best.tsv} (the best
 * start's parameters, a file {@code limbic petab llh --parameters} reads), atomically. With
 * {@code --hierarchical} the observation-only parameters are optimized in an inner problem; both
 * files still hold every estimated parameter.
 */
@Command(name = "fit", mixinStandardHelpOptions = true,
    description = "Fit a PEtab problem's estimated parameters by maximum likelihood from Latin-hypercube starts within the"
        + " bounds, on each parameter's scale: projected Levenberg-Marquardt on the Fisher information from forward"
        + " sensitivities (lm), L-BFGS-B on the gradient (lbfgsb), or BOBYQA without derivatives (bobyqa); auto takes lm where"
        + " the gradient can be computed.")
public final class FitCommand implements Runnable {

  @Parameters(index = "0", paramLabel = "PROBLEM.yaml")
  Path problem;

  @Option(names = "--starts", defaultValue = "20", description = "starts (default: 20)")
  int starts;

  @Option(names = "--seed", defaultValue = "1", description = "seed of the starts (default: 1)")
  long seed;

  @Option(names = "--threads", description = "threads (default: all cores); the results do not depend on it")
  Integer threads;

  @Option(names = "--optimizer", defaultValue = "auto", description = "auto, lm, lbfgsb or bobyqa (default: auto)")
  String optimizer;

  @Option(names = "--max-evaluations", defaultValue = "2000", description = "objective evaluations per start with bobyqa"
      + " (default: 2000)")
  int maxEvaluations;

  @Option(names = "--max-iterations", defaultValue = "1000", description = "iterations per start with lm or lbfgsb"
      + " (default: 1000)")
  int maxIterations;

  @Option(names = "--rtol", defaultValue = "1e-8", description = "relative tolerance of the integrations while fitting"
      + " (default: 1e-8); each start's end point is evaluated again at 1e-10")
  double rtol;

  @Option(names = "--atol", defaultValue = "1e-12", description = "absolute tolerance while fitting (default: 1e-12)")
  double atol;

  @Option(names = "--no-priors", description = "maximize the likelihood alone, without the parameter table's objective priors")
  boolean noPriors;

  @Option(names = "--hierarchical", description = "optimize the observation-only parameters (scalings, offsets, noise"
      + " levels: those only observable and noise formulas read) in an inner problem on each point's trajectories, the local"
      + " method moving the dynamic parameters alone")
  boolean hierarchical;

  @Option(names = "--catalog", paramLabel = "FILE", description = "the run catalog to record the fit in"
      + " (default: " + CatalogLocation.DEFAULT_IN_WORDS + ")")
  Path catalog;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "output directory; must not exist or be empty")
  Path out;

  @Override
  public void run() {
    OutputDirectory.requireUsable(out);
    PetabProblem p = PetabProblem.read(problem);
    MultistartFit fit = new MultistartFit(p, rtol, atol, !noPriors, hierarchical);
    if (hierarchical) {
      System.out.println(fit.observationParameters().isEmpty()
          ? "limbic: --hierarchical: no estimated parameter is read by the observable and noise formulas alone; a plain fit"
          : "limbic: hierarchical: " + fit.observationParameters().size() + " observation parameters in the inner problem ("
              + String.join(", ", fit.observationParameters()) + ")");
    }
    int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    MultistartFit.Optimizer method = optimizer();
    Instant started = Instant.now();
    long begin = System.nanoTime();
    MultistartFit.Result fitted;
    try (ProgressReporter bar = new ProgressReporter("limbic fit", System.err).unit(" starts")) {
      fitted = fit.run(starts, seed, t, method == MultistartFit.Optimizer.BOBYQA ? maxEvaluations : maxIterations, method,
          done -> bar.progress(done, starts));
    }
    List<MultistartFit.Start> results = fitted.starts();
    double seconds = (System.nanoTime() - begin) / 1e9;
    if (!fitted.reason().isEmpty()) {
      System.out.println("limbic: fitting with bobyqa, " + fitted.reason());
    }
    MultistartFit.Start best = results.stream().max(Comparator.comparingDouble(MultistartFit.Start::llh)).orElseThrow();
    List<PetabParameter> estimated = fit.estimated();
    OutputDirectory.write(out, dir -> {
      StringBuilder s = new StringBuilder("start\toptimizer\tllh_initial\tllh\tevaluations\tgradients\tseconds\tconverged\tstatus");
      estimated.forEach(e -> s.append('\t').append(e.id()));
      s.append('\n');
      StringBuilder traces = new StringBuilder("start\tstep\tllh\n");
      for (MultistartFit.Start r : results) {
        s.append(r.index()).append('\t').append(fitted.optimizer().name().toLowerCase(Locale.ROOT)).append('\t')
            .append(r.initialLlh()).append('\t').append(r.llh()).append('\t').append(r.evaluations()).append('\t')
            .append(r.gradients()).append('\t').append(String.format(Locale.ROOT, "%.3f", r.seconds())).append('\t')
            .append(r.converged()).append('\t').append(r.status());
        for (double v : r.best()) {
          s.append('\t').append(v);
        }
        s.append('\n');
        for (int k = 0; k < r.trace().size(); k++) {
          traces.append(r.index()).append('\t').append(k).append('\t').append(r.trace().get(k)).append('\n');
        }
      }
      Files.writeString(dir.resolve("starts.tsv"), s.toString());
      Files.writeString(dir.resolve("traces.tsv"), traces.toString());
      StringBuilder b = new StringBuilder("parameterId\tvalue\n");
      for (int j = 0; j < estimated.size(); j++) {
        b.append(estimated.get(j).id()).append('\t').append(best.best()[j]).append('\n');
      }
      Files.writeString(dir.resolve("best.tsv"), b.toString());
      List<PetabObjective.Simulated> simulated;
      try {
        simulated = simulations(p, estimated, best);
      } catch (RuntimeException e) {
        // the starts' tables are kept; only the best fit's simulations and the report need it
        System.err.println("limbic: the best point could not be simulated again (" + e.getMessage() + "); starts.tsv,"
            + " traces.tsv and best.tsv are written, simulations.tsv and the report are not");
        record(p, results, t, started, dir);
        return null;
      }
      StringBuilder sim = new StringBuilder("observableId\tpreequilibrationConditionId\tsimulationConditionId\ttime\tmeasurement"
          + "\tsimulation\n");
      for (PetabObjective.Simulated x : simulated) {
        var m = x.measurement();
        sim.append(m.observableId()).append('\t').append(m.preequilibration()).append('\t').append(m.condition()).append('\t')
            .append(m.time() == Double.POSITIVE_INFINITY ? "inf" : String.valueOf(m.time())).append('\t').append(m.value()).append('\t').append(x.simulation()).append('\n');
      }
      Files.writeString(dir.resolve("simulations.tsv"), sim.toString());
      String text = String.format(Locale.ROOT, "%d Latin-hypercube starts (seed %d) within the bounds, on each parameter's"
              + " scale, optimized by %s at rtol %.0e, atol %.0e%s, on %d"
              + " threads in %.1f s. Best llh %.6f; %d starts within 0.1 of it.%s", starts, seed,
          switch (fitted.optimizer()) {
            case LM, AUTO -> "projected Levenberg–Marquardt on the Fisher information";
            case LBFGSB -> "L-BFGS-B";
            case BOBYQA -> "BOBYQA";
          } + (fit.observationParameters().isEmpty() ? "" : ", hierarchical (the " + fit.observationParameters().size()
              + " observation parameters optimized on each point's trajectories)"), rtol, atol, reassessed(), t, seconds, best.llh(), results.stream().filter(r -> r.llh() >= best.llh() - 0.1).count(),
          fitted.reason().isEmpty() ? "" : " (BOBYQA: " + fitted.reason() + ")")
          + (fit.priorsAdded() == 0 ? "" : " The llh here is the log-posterior: the likelihood plus the objective priors of "
              + fit.priorsAdded() + " parameters.");
      FitReport.of("Fit: " + p.yaml().getFileName(), text, fitted, estimated, simulated).writeTo(dir.resolve("report"));
      record(p, results, t, started, dir);
      return null;
    });
    long near = results.stream().filter(r -> r.llh() >= best.llh() - 0.1).count();
    long converged = results.stream().filter(MultistartFit.Start::converged).count();
    double total = results.stream().mapToDouble(MultistartFit.Start::seconds).sum();
    // the figure multistart benchmarks compare (Villaverde et al. 2019; Fröhlich and Sorger 2022):
    // the time of all starts over the number that reached the best
    if (fit.priorsAdded() > 0) {
      System.out.println("limbic: the llh of this fit is the log-posterior, with the objective priors of " + fit.priorsAdded()
          + " parameters (--no-priors for the likelihood alone)");
    }
    System.out.printf(Locale.ROOT, "fit %s: %d starts (seed %d, %s%s, rtol %.0e) on %d threads in %.1f s; best llh %.6f (start %d);"
            + " %d of %d within 0.1 of it, %d converged; %.2f s a start, %.2f s per start within 0.1 of the best -> %s%n",
        p.yaml().getFileName(), results.size(), seed, fitted.optimizer().name().toLowerCase(Locale.ROOT),
        fit.observationParameters().isEmpty() ? "" : ", hierarchical", rtol, t, seconds,
        best.llh(), best.index(), near, results.size(), converged, total / results.size(), total / near, out);
  }

  /** The best start's simulation of every measurement, at the objective's tolerances. */
  private static List<PetabObjective.Simulated> simulations(PetabProblem p, List<PetabParameter> estimated,
                                                            MultistartFit.Start best) {
    Map<String, Double> values = new LinkedHashMap<>();
    for (int j = 0; j < estimated.size(); j++) {
      values.put(estimated.get(j).id(), best.best()[j]);
    }
    return new PetabObjective(p).evaluate(values).simulations();
  }

  /**
   * Records the fit in the run catalog, before its folder is renamed into place (as a run is): the
   * starts are its subjects, the final llh its metric; the recorded text is the command, which
   * {@code limbic runs rerun} does not re-run (a fit is not an experiment file).
   */
  private void record(PetabProblem p, List<MultistartFit.Start> results, int t, Instant started,
                      Path dir) {
    String name = "fit " + p.yaml().getFileName();
    String runId = ExperimentRunner.newRunId("fit-" + p.yaml().getFileName().toString().replaceAll("\\.ya?ml$", ""), started);
    String spec = String.format(Locale.ROOT, "# limbic fit %s --starts %d --seed %d --optimizer %s --rtol %s --atol %s"
        + " --max-iterations %d --max-evaluations %d%s%n", p.yaml().toAbsolutePath().normalize(), starts, seed, optimizer,
        rtol, atol, maxIterations, maxEvaluations, (noPriors ? " --no-priors" : "") + (hierarchical ? " --hierarchical" : ""));
    MetricSummary.Accumulator llh = new MetricSummary.Accumulator("llh");
    results.forEach(r -> llh.add(r.llh())); // the starts that could not be simulated (-inf) are left out
    MetricSummary metric = llh.summary();
    String hash = CanonicalText.sha256(p.model());
    RunSummary summary = new RunSummary(runId, name, spec, p.model().id(), hash, seed, t, ExperimentRunner.limbicVersion(),
        started, Instant.now(), results.size(), 1, results.size(), results.size() - metric.n(), 0,
        out.toAbsolutePath().normalize(), List.of(metric));
    try (RunCatalog c = RunCatalog.open(catalog != null ? catalog : CatalogLocation.defaultCatalog())) {
      c.record(summary, null, RunCatalog.Kind.FIT, problem);
    }
  }

  private String reassessed() {
    return rtol == PetabObjective.RTOL && atol == PetabObjective.ATOL ? ""
        : " (end points evaluated again at rtol 1e-10, atol 1e-12)";
  }

  private MultistartFit.Optimizer optimizer() {
    return switch (optimizer) {
      case "auto" -> MultistartFit.Optimizer.AUTO;
      case "lm" -> MultistartFit.Optimizer.LM;
      case "lbfgsb" -> MultistartFit.Optimizer.LBFGSB;
      case "bobyqa" -> MultistartFit.Optimizer.BOBYQA;
      default -> throw new IllegalArgumentException("--optimizer " + optimizer + ": unknown; give auto, lm, lbfgsb or bobyqa");
    };
  }
}
