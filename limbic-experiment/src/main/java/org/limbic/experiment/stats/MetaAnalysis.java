package org.limbic.experiment.stats;

import java.util.List;
import org.hipparchus.distribution.continuous.ChiSquaredDistribution;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * Random-effects meta-analysis by the method of moments of DerSimonian & Laird 1986 (Control Clin
 * Trials 7:177): Cochran's Q from inverse-variance weights, between-study variance
 * tau² = max(0, (Q − (k − 1)) / (Σw − Σw²/Σw)), pooled estimate with weights 1/(v + tau²), and
 * I² = max(0, (Q − (k − 1))/Q) (Higgins & Thompson 2002).
 */
public final class MetaAnalysis {

  /** One study's effect (e.g. an SMD or a log risk ratio) and its sampling variance. */
  public record Study(String label, double effect, double variance) {
    public Study {
      if (!Double.isFinite(effect) || !(variance > 0) || !Double.isFinite(variance)) {
        throw new IllegalArgumentException("study '" + label + "': effect " + effect + " and variance " + variance
            + " must be finite with variance > 0");
      }
    }

    /** A study from an estimate with a normal-approximation 95 % interval: variance = (width / (2·1.96))². */
    public static Study of(String label, Estimate e) {
      double se = (e.upper() - e.lower()) / (2 * Z975);
      return new Study(label, e.value(), se * se);
    }
  }

  /**
   * @param pooled the random-effects estimate with its 95 % interval
   * @param weights each study's random-effects weight, normalized to sum 1, in input order
   */
  public record Result(Estimate pooled, double z, double p, double tau2, double q, double pHeterogeneity, double i2,
                       List<Double> weights) {
    public Result {
      weights = List.copyOf(weights);
    }
  }

  private static final double Z975 = new NormalDistribution(0, 1).inverseCumulativeProbability(0.975);

  private MetaAnalysis() {
  }

  public static Result randomEffects(List<Study> studies) {
    int k = studies.size();
    if (k < 2) {
      throw new IllegalArgumentException("a meta-analysis needs at least 2 studies, got " + k);
    }
    double sw = 0;
    double sw2 = 0;
    double swy = 0;
    for (Study s : studies) {
      double w = 1 / s.variance();
      sw += w;
      sw2 += w * w;
      swy += w * s.effect();
    }
    double fixed = swy / sw;
    double q = 0;
    for (Study s : studies) {
      q += (s.effect() - fixed) * (s.effect() - fixed) / s.variance();
    }
    double tau2 = Math.max(0, (q - (k - 1)) / (sw - sw2 / sw));
    double swr = 0;
    double swry = 0;
    double[] w = new double[k];
    for (int i = 0; i < k; i++) {
      Study s = studies.get(i);
      w[i] = 1 / (s.variance() + tau2);
      swr += w[i];
      swry += w[i] * s.effect();
    }
    double mu = swry / swr;
    double se = Math.sqrt(1 / swr);
    double z = mu / se;
    double p = 2 * new NormalDistribution(0, 1).cumulativeProbability(-Math.abs(z));
    double pQ = 1 - new ChiSquaredDistribution(k - 1).cumulativeProbability(q);
    double i2 = q > 0 ? Math.max(0, (q - (k - 1)) / q) : 0;
    double total = swr;
    List<Double> weights = java.util.Arrays.stream(w).map(x -> x / total).boxed().toList();
    return new Result(new Estimate(mu, mu - Z975 * se, mu + Z975 * se, 0.95), z, p, tau2, q, pQ, i2, weights);
  }
}
