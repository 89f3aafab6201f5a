package org.limbic.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.limbic.experiment.figure.Figure;
import org.limbic.io.AtomicFile;
import org.limbic.compile.CompiledModel;
import org.limbic.compile.ModelCompiler;
import org.limbic.compile.ModelReactionNetwork;
import org.limbic.model.Model;
import org.limbic.models.examples.BirthDeath;
import org.limbic.stochastic.Ensemble;
import org.limbic.stochastic.EnsembleMoments;

/**
 * The demo's stochastic part: receptor-bound hormone molecules bind at a constant rate and unbind
 * first-order (a birth–death process), simulated by the next-reaction method over 10,000 seeded
 * replicates on all cores, against the exact Poisson mean and variance k/mu (1 - e^{-mu t}).
 */
final class StochasticDemo {

  private static final int REPLICATES = 10_000;
  private static final long SEED = 20261123L;

  private StochasticDemo() {
  }

  static List<Figure> run(Path out) {
    Model m = new BirthDeath().model();
    double k = m.parameterById("k_bind").orElseThrow().value();
    double mu = m.parameterById("k_unbind").orElseThrow().value();
    CompiledModel c = ModelCompiler.compile(m);
    ModelReactionNetwork network = new ModelReactionNetwork(c, c.newParameters());
    double[] times = new double[21];
    for (int i = 0; i < times.length; i++) {
      times[i] = i * 0.5;
    }
    int threads = Runtime.getRuntime().availableProcessors();
    long start = System.nanoTime();
    EnsembleMoments moments = Ensemble.run(network, network.initialCounts(0), 0, times, SEED, REPLICATES, "nrm", threads);
    double seconds = (System.nanoTime() - start) / 1e9;
    StringBuilder csv = new StringBuilder("time,mean_bound,variance_bound,exact_mean\n");
    for (int i = 0; i < times.length; i++) {
      double exact = k / mu * (1 - Math.exp(-mu * times[i]));
      csv.append(times[i]).append(',').append(moments.mean(i, 0)).append(',').append(moments.variance(i, 0))
          .append(',').append(exact).append('\n');
    }
    Path file = out.resolve("birth_death_ensemble.csv");
    AtomicFile.write(file, csv.toString());
    int last = times.length - 1;
    double exact = k / mu * (1 - Math.exp(-mu * times[last]));
    double standardError = Math.sqrt(exact / REPLICATES);
    System.out.printf(Locale.ROOT, "3. %s%n   %,d replicates (next-reaction method, seed %d, %d threads, %.2f s)%n"
            + "   at t = %.0f min: mean %.3f, variance %.3f; exact Poisson mean = variance = %.3f (standard error of the"
            + " mean %.3f)%n   -> %s%n%n", m.name(), REPLICATES, SEED, threads, seconds, times[last], moments.mean(last, 0),
        moments.variance(last, 0), exact, standardError, file);
    double[] mean = new double[times.length];
    double[] lower = new double[times.length];
    double[] upper = new double[times.length];
    double[] exactMean = new double[times.length];
    for (int i = 0; i < times.length; i++) {
      mean[i] = moments.mean(i, 0);
      double sd = Math.sqrt(moments.variance(i, 0));
      lower[i] = mean[i] - 2 * sd;
      upper[i] = mean[i] + 2 * sd;
      exactMean[i] = k / mu * (1 - Math.exp(-mu * times[i]));
    }
    return List.of(new Figure.TimeCourse("Birth-death: bound molecules", "time (min)", "bound (molecules)",
        List.of(new Figure.Series("ensemble mean +- 2 SD", times, mean, lower, upper),
            Figure.Series.line("exact mean", times, exactMean)), java.util.Optional.empty()));
  }
}
