package org.limbic.experiment.sensitivity;

import java.util.ArrayList;
import java.util.List;

/**
 * Screening by elementary effects (Morris 1991, Technometrics 33:161): from r trajectories of a
 * {@link MorrisDesign} ({@code r (k + 1)} evaluations), per factor and output the mean effect mu, the
 * mean absolute effect mu* (Campolongo, Cariboni &amp; Saltelli 2007, Environ Model Softw 22:1509:
 * mu* ranks factors as the total-order index does, where mu lets effects of opposite sign cancel)
 * and the standard deviation sigma (non-linearity or interactions). Intervals are percentile
 * bootstrap over the trajectories. A factor the output does not read has every effect exactly 0.
 */
public final class Morris {

  private Morris() {
  }

  /** @param samples r, the trajectories; 2 at least (sigma needs two) */
  public static SensitivityResult analyse(List<Factor> factors, int samples, ModelResponse response, SensitivityOptions options) {
    Sobol.requireFactors(factors);
    if (samples < 2) {
      throw new IllegalArgumentException("a Morris analysis needs samples (trajectories) >= 2, got " + samples);
    }
    int k = factors.size();
    MorrisDesign design = MorrisDesign.of(k, samples, options.levels(), options.seed());
    double[][] points = design.points(factors);
    double[][] y = PointEvaluation.evaluate(points, factors, response, options.threads());
    Bootstrap bootstrap = options.bootstrap();
    int r = samples;
    int[] all = new int[r];
    for (int t = 0; t < r; t++) {
      all[t] = t;
    }
    int[][] resamples = new int[bootstrap.resamples()][];
    for (int b = 0; b < resamples.length; b++) {
      resamples[b] = bootstrap.rows(b, r);
    }
    List<SensitivityIndex> indices = new ArrayList<>();
    List<String> outputs = response.outputs();
    for (int m = 0; m < outputs.size(); m++) {
      double[][] ee = design.effects(y, m, factors);
      for (int i = 0; i < k; i++) {
        double[] effects = new double[r];
        for (int t = 0; t < r; t++) {
          effects[t] = ee[t][i];
        }
        double[] estimate = statistics(effects, all);
        double[][] resampled = new double[3][resamples.length];
        for (int b = 0; b < resamples.length; b++) {
          double[] s = statistics(effects, resamples[b]);
          for (int q = 0; q < 3; q++) {
            resampled[q][b] = s[q];
          }
        }
        SensitivityIndex.Kind[] kinds = {SensitivityIndex.Kind.MU, SensitivityIndex.Kind.MU_STAR, SensitivityIndex.Kind.SIGMA};
        for (int q = 0; q < 3; q++) {
          double[] ci = bootstrap.interval(resampled[q]);
          indices.add(new SensitivityIndex(factors.get(i).name(), outputs.get(m), kinds[q], estimate[q], ci[0], ci[1]));
        }
      }
    }
    return new SensitivityResult("morris", r, factors.stream().map(Factor::name).toList(), outputs, points.length, indices);
  }

  /** {mu, mu*, sigma} of the effects on the given trajectories; sigma with the r - 1 denominator. */
  static double[] statistics(double[] effects, int[] rows) {
    double sum = 0;
    double absolute = 0;
    for (int t : rows) {
      sum += effects[t];
      absolute += Math.abs(effects[t]);
    }
    int r = rows.length;
    double mu = sum / r;
    double squares = 0;
    for (int t : rows) {
      squares += (effects[t] - mu) * (effects[t] - mu);
    }
    return new double[] {mu, absolute / r, Math.sqrt(squares / (r - 1))};
  }
}
