package org.limbic.models.demo;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.limbic.compile.CompiledModel;
import org.limbic.compile.ModelCompiler;
import org.limbic.compile.ModelReactionNetwork;
import org.limbic.experiment.figure.Figure;
import org.limbic.io.AtomicFile;
import org.limbic.model.Model;
import org.limbic.models.examples.BirthDeath;
import org.limbic.stochastic.Ensemble;
import org.limbic.stochastic.EnsembleMoments;

/**
 * The demo's stochastic step: receptor-bound hormone molecules bind at a constant rate and unbind
 * first-order (a birth–death process), simulated by the next-reaction method over
 * {@value #REPLICATES} seeded replicates on all cores, against the exact Poisson mean and variance
 * k/mu (1 − e^{−mu t}).
 */
public final class BirthDeathDemo {

  public static final int REPLICATES = 10_000;
  public static final long SEED = 20261123L;

  private BirthDeathDemo() {
  }

  /**
   * The ensemble at its last time, against the exact law.
   *
   * @param standardError of the ensemble mean, from the exact variance
   */
  public record Result(Model model, int threads, double seconds, double time, double mean, double variance, double exact,
                       double standardError, Path csv, List<Figure> figures) {
  }

  /** Runs the ensemble at 0, 0.5, ..., 10 min; writes mean, variance and exact mean to {@code out/birth_death_ensemble.csv}. */
  public static Result run(Path out) {
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
    double[] mean = new double[times.length];
    double[] lower = new double[times.length];
    double[] upper = new double[times.length];
    double[] exactMean = new double[times.length];
    StringBuilder csv = new StringBuilder("time,mean_bound,variance_bound,exact_mean\n");
    for (int i = 0; i < times.length; i++) {
      mean[i] = moments.mean(i, 0);
      double sd = Math.sqrt(moments.variance(i, 0));
      lower[i] = mean[i] - 2 * sd;
      upper[i] = mean[i] + 2 * sd;
      exactMean[i] = k / mu * (1 - Math.exp(-mu * times[i]));
      csv.append(times[i]).append(',').append(mean[i]).append(',').append(moments.variance(i, 0))
          .append(',').append(exactMean[i]).append('\n');
    }
    Path file = out.resolve("birth_death_ensemble.csv");
    AtomicFile.write(file, csv.toString());
    int last = times.length - 1;
    Figure figure = new Figure.TimeCourse("Birth-death: bound molecules", "time (min)", "bound (molecules)",
        List.of(new Figure.Series("ensemble mean +- 2 SD", times, mean, lower, upper),
            Figure.Series.line("exact mean", times, exactMean)), Optional.empty());
    return new Result(m, threads, seconds, times[last], mean[last], moments.variance(last, 0), exactMean[last],
        Math.sqrt(exactMean[last] / REPLICATES), file, List.of(figure));
  }
}
