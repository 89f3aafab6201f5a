package org.limbic.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.limbic.experiment.results.OutputDirectory;
import org.limbic.petab.MultistartFit;
import org.limbic.petab.ParameterValues;
import org.limbic.petab.PetabParameter;
import org.limbic.petab.PetabProblem;
import org.limbic.petab.ProfileLikelihood;
import org.limbic.report.ProfileReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code limbic profile PROBLEM.yaml --out DIR}: profile likelihoods of every estimated parameter
 * from the best fit (a multistart fit run here, or {@code --from} a directory {@code limbic fit}
 * wrote). Writes, atomically: {@code best.tsv} (the optimum, as {@code limbic fit} writes it),
 * {@code profiles.csv} (a row per profile point), {@code profile_paths.csv} (every estimated
 * parameter at each point), {@code summary.csv} (a row per parameter: estimate, 95 % CI, verdict),
 * {@code timing.csv} (evaluations and seconds per parameter, the only file that varies between
 * runs) and {@code report/index.html}.
 */
@Command(name = "profile", mixinStandardHelpOptions = true,
    description = "Profile likelihoods of a PEtab problem's estimated parameters from the best fit: 95 %% confidence intervals"
        + " (threshold chi2(1, 0.95)/2 = 1.920729 in llh) and a verdict per parameter (identifiable, practically"
        + " non-identifiable, structurally flat), as CSV and an HTML report.")
public final class ProfileCommand implements Runnable {

  @Parameters(index = "0", paramLabel = "PROBLEM.yaml")
  Path problem;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "output directory; must not exist or be empty")
  Path out;

  @Option(names = "--from", paramLabel = "FITDIR", description = "start from the best.tsv of a directory limbic fit (or limbic"
      + " profile) wrote, instead of fitting here")
  Path from;

  @Option(names = "--starts", defaultValue = "20", description = "starts of the fit when there is no --from (default: 20)")
  int starts;

  @Option(names = "--seed", defaultValue = "1", description = "seed of the fit's starts (default: 1)")
  long seed;

  @Option(names = "--threads", description = "threads (default: all cores); the results do not depend on it")
  Integer threads;

  @Option(names = "--max-steps", defaultValue = "100", description = "re-optimizations per side of a profile (default: 100)")
  int maxSteps;

  @Option(names = "--max-evaluations", defaultValue = "2000",
      description = "objective evaluations per re-optimization, and per start of the fit with bobyqa (iterations with lm)"
          + " (default: 2000)")
  int maxEvaluations;

  @Override
  public void run() {
    OutputDirectory.requireUsable(out);
    PetabProblem p = PetabProblem.read(problem);
    ProfileLikelihood profiles = new ProfileLikelihood(p);
    List<PetabParameter> estimated = profiles.estimated();
    int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    double[] optimum;
    String origin;
    long begin = System.nanoTime();
    if (from != null) {
      optimum = readOptimum(from.resolve("best.tsv"), p, estimated);
      origin = "The optimum is the best fit in " + from + ".";
    } else {
      MultistartFit.Result fitted = new MultistartFit(p).run(starts, seed, t, maxEvaluations, MultistartFit.Optimizer.AUTO);
      List<MultistartFit.Start> fit = fitted.starts();
      MultistartFit.Start best = fit.stream().max(Comparator.comparingDouble(MultistartFit.Start::llh)).orElseThrow();
      optimum = best.best();
      origin = String.format(Locale.ROOT, "The optimum is the best of a multistart fit (%d starts, seed %d, %s): llh %.6f, start %d.",
          starts, seed, fitted.optimizer().name().toLowerCase(Locale.ROOT), best.llh(), best.index());
      System.out.printf(Locale.ROOT, "fit %s: %d starts (seed %d) in %.1f s; best llh %.6f (start %d)%n", p.yaml().getFileName(),
          starts, seed, (System.nanoTime() - begin) / 1e9, best.llh(), best.index());
    }
    long profileBegin = System.nanoTime();
    List<ProfileLikelihood.Profile> result = profiles.run(optimum, t,
        new ProfileLikelihood.Settings(maxSteps, maxEvaluations, ProfileLikelihood.Settings.DEFAULTS.radius(),
            ProfileLikelihood.Settings.DEFAULTS.firstStep()));
    double seconds = (System.nanoTime() - profileBegin) / 1e9;
    String title = "Profile likelihoods: " + p.yaml().getFileName();
    String text = origin + String.format(Locale.ROOT, " Its llh: %.6f. Profiles on %d threads in %.1f s.",
        result.getFirst().optimum().llh(), t, seconds);
    OutputDirectory.write(out, dir -> {
      ProfileTables.write(dir, estimated, optimum, result);
      ProfileReport.of(title, text, result).writeTo(dir.resolve("report"));
      return null;
    });
    int evaluations = 0;
    for (ProfileLikelihood.Profile r : result) {
      evaluations += r.evaluations();
      System.out.printf(Locale.ROOT, "%-24s %s %-11.6g CI [%s, %s]  %s  (%s / %s, %d points, %d evaluations, %.1f s)%n",
          r.parameter().id(), r.parameter().scale().name().toLowerCase(Locale.ROOT),
          r.parameter().scale().toLinear(r.optimum().scaled()[r.index()]), brief(r.ciLow()),
          brief(r.ciHigh()), r.description(), r.lower().end().label(), r.upper().end().label(),
          r.points().size(), r.evaluations(), r.seconds());
    }
    for (ProfileLikelihood.Profile r : result) {
      r.betterPoint().ifPresent(b -> System.out.printf(Locale.ROOT, "limbic: the profile of %s found llh %.6f, %.4f above the"
              + " start's %.6f: the fit was not at the optimum; fit again from that point (profile_paths.csv) for true"
              + " intervals%n", r.parameter().id(), b.llh(), b.llh() - r.optimum().llh(), r.optimum().llh()));
    }
    System.out.printf(Locale.ROOT, "profile %s: %d parameters, llh %.6f at the optimum, %d evaluations on %d threads in %.1f s"
        + " -> %s%n", p.yaml().getFileName(), result.size(), result.getFirst().optimum().llh(), evaluations, t, seconds, out);
  }

  private static String brief(double v) {
    return Double.isInfinite(v) ? (v > 0 ? "inf" : "-inf") : String.format(Locale.ROOT, "%.4g", v);
  }

  /** The optimum of a {@code best.tsv}: every estimated parameter, linear. */
  private static double[] readOptimum(Path best, PetabProblem p, List<PetabParameter> estimated) {
    if (!Files.isRegularFile(best)) {
      throw new IllegalArgumentException(best + " does not exist; give --from a directory limbic fit --out wrote");
    }
    Map<String, Double> values = ParameterValues.read(best, p);
    double[] optimum = new double[estimated.size()];
    for (int j = 0; j < optimum.length; j++) {
      Double v = values.get(estimated.get(j).id());
      if (v == null) {
        throw new IllegalArgumentException(best + ": no value for the estimated parameter '" + estimated.get(j).id()
            + "'; a best.tsv of limbic fit lists every one");
      }
      optimum[j] = v;
    }
    return optimum;
  }
}
