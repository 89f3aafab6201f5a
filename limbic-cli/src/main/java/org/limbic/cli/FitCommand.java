package org.limbic.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.limbic.experiment.results.OutputDirectory;
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
 * start's parameters, a file {@code limbic petab llh --parameters} reads), atomically.
 */
@Command(name = "fit", mixinStandardHelpOptions = true,
    description = "Fit a PEtab problem's estimated parameters by maximum likelihood from Latin-hypercube starts (BOBYQA within"
        + " the bounds, on each parameter's scale).")
public final class FitCommand implements Runnable {

  @Parameters(index = "0", paramLabel = "PROBLEM.yaml")
  Path problem;

  @Option(names = "--starts", defaultValue = "20", description = "starts (default: 20)")
  int starts;

  @Option(names = "--seed", defaultValue = "1", description = "seed of the starts (default: 1)")
  long seed;

  @Option(names = "--threads", description = "threads (default: all cores); the results do not depend on it")
  Integer threads;

  @Option(names = "--max-evaluations", defaultValue = "2000", description = "objective evaluations per start (default: 2000)")
  int maxEvaluations;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "output directory; must not exist or be empty")
  Path out;

  @Override
  public void run() {
    OutputDirectory.requireUsable(out);
    PetabProblem p = PetabProblem.read(problem);
    MultistartFit fit = new MultistartFit(p);
    int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    long begin = System.nanoTime();
    List<MultistartFit.Start> results = fit.run(starts, seed, t, maxEvaluations);
    double seconds = (System.nanoTime() - begin) / 1e9;
    MultistartFit.Start best = results.stream().max(Comparator.comparingDouble(MultistartFit.Start::llh)).orElseThrow();
    List<PetabParameter> estimated = fit.estimated();
    OutputDirectory.write(out, dir -> {
      StringBuilder s = new StringBuilder("start\tllh_initial\tllh\tevaluations\tseconds\tstatus");
      estimated.forEach(e -> s.append('\t').append(e.id()));
      s.append('\n');
      for (MultistartFit.Start r : results) {
        s.append(r.index()).append('\t').append(r.initialLlh()).append('\t').append(r.llh()).append('\t').append(r.evaluations())
            .append('\t').append(String.format(Locale.ROOT, "%.3f", r.seconds())).append('\t').append(r.status());
        for (double v : r.best()) {
          s.append('\t').append(v);
        }
        s.append('\n');
      }
      Files.writeString(dir.resolve("starts.tsv"), s.toString());
      StringBuilder b = new StringBuilder("parameterId\tvalue\n");
      for (int j = 0; j < estimated.size(); j++) {
        b.append(estimated.get(j).id()).append('\t').append(best.best()[j]).append('\n');
      }
      Files.writeString(dir.resolve("best.tsv"), b.toString());
      return null;
    });
    long near = results.stream().filter(r -> r.llh() >= best.llh() - 0.1).count();
    double perStart = results.stream().mapToDouble(MultistartFit.Start::seconds).sum() / results.size();
    System.out.printf(Locale.ROOT, "fit %s: %d starts (seed %d) on %d threads in %.1f s; best llh %.6f (start %d);"
            + " %d of %d within 0.1 of it; %.2f s a start -> %s%n", p.yaml().getFileName(), results.size(), seed, t, seconds,
        best.llh(), best.index(), near, results.size(), perStart, out);
  }
}
