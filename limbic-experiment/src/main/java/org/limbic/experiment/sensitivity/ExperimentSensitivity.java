package org.limbic.experiment.sensitivity;

import java.util.List;
import org.limbic.experiment.run.ExperimentMetrics;
import org.limbic.experiment.spec.SensitivityExperiment;
import org.limbic.experiment.spec.SensitivitySpec;
import org.limbic.model.Model;

/**
 * The sensitivity analysis of an experiment file: its varied parameters as factors, its chosen
 * metrics as the response (one simulation per point through {@link ExperimentMetrics}, the runner's
 * own preparation of the experiment), by Sobol indices or Morris effects.
 */
public final class ExperimentSensitivity {

  private ExperimentSensitivity() {
  }

  /** Runs the file's analysis with {@code method}, {@code samples} and {@code options} in place of the file's (the command line's). */
  public static SensitivityResult run(SensitivityExperiment file, Model model, SensitivitySpec.Method method, int samples,
                                      SensitivityOptions options) {
    SensitivitySpec s = file.sensitivity();
    List<Factor> factors = s.parameters().stream().map(i -> new Factor(i.parameter(), i.distribution())).toList();
    ExperimentMetrics metrics = new ExperimentMetrics(file.experiment(), model, factors.stream().map(Factor::name).toList());
    int[] chosen = s.metrics().stream().mapToInt(metrics.metricNames()::indexOf).toArray();
    ModelResponse response = new ModelResponse() {
      @Override
      public List<String> outputs() {
        return s.metrics();
      }

      @Override
      public double[] evaluate(double[] point) {
        double[] all = metrics.evaluate(point);
        double[] out = new double[chosen.length];
        for (int m = 0; m < chosen.length; m++) {
          out[m] = all[chosen[m]];
        }
        return out;
      }
    };
    return switch (method) {
      case SOBOL -> Sobol.analyse(factors, samples, response, options);
      case MORRIS -> Morris.analyse(factors, samples, response, options);
    };
  }

  /** As the file says: its method, samples, seed (the section's, else the experiment's), levels and resamples. */
  public static SensitivityResult run(SensitivityExperiment file, Model model, int threads) {
    return run(file, model, file.sensitivity().method(), file.sensitivity().samples(), options(file).withThreads(threads));
  }

  /** The file's options: its seed, levels and resamples, on all cores. */
  public static SensitivityOptions options(SensitivityExperiment file) {
    SensitivitySpec s = file.sensitivity();
    return SensitivityOptions.defaults().withSeed(s.seed().orElse(file.experiment().seed())).withLevels(s.levels())
        .withResamples(s.resamples());
  }
}
