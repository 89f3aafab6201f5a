package org.limbic.experiment.results;

/**
 * A metric's distribution over an experiment's runs: count of finite values, mean, sample standard
 * deviation (NaN for fewer than 2), min and max.
 */
public record MetricSummary(String metric, long n, double mean, double sd, double min, double max) {

  /** Welford's one-pass accumulator (Knuth, TAOCP vol. 2, 4.2.2), so summaries need no stored values. */
  public static final class Accumulator {
    private final String metric;
    private long n;
    private double mean;
    private double m2;
    private double min = Double.NaN;
    private double max = Double.NaN;

    public Accumulator(String metric) {
      this.metric = metric;
    }

    public void add(double x) {
      if (!Double.isFinite(x)) {
        return;
      }
      n++;
      double delta = x - mean;
      mean += delta / n;
      m2 += delta * (x - mean);
      min = n == 1 ? x : Math.min(min, x);
      max = n == 1 ? x : Math.max(max, x);
    }

    public MetricSummary summary() {
      return new MetricSummary(metric, n, n == 0 ? Double.NaN : mean, n < 2 ? Double.NaN : Math.sqrt(m2 / (n - 1)), min, max);
    }
  }
}
