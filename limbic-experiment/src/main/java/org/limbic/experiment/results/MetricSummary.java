package org.limbic.experiment.results;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A metric's distribution over an experiment's runs: count of finite values, mean, sample standard
 * deviation (NaN for fewer than 2), min and max, and the runs whose value was NaN (or infinite),
 * counted by reason: they are left out of the statistics, but said, not dropped silently.
 *
 * @param nanReasons reason -> runs, in the reasons' alphabetical order; the counts sum to {@code nan}
 */
public record MetricSummary(String metric, long n, double mean, double sd, double min, double max, long nan,
                            Map<String, Long> nanReasons) {

  public MetricSummary {
    nanReasons = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(nanReasons));
  }

  /** A summary with no NaN runs. */
  public MetricSummary(String metric, long n, double mean, double sd, double min, double max) {
    this(metric, n, mean, sd, min, max, 0, Map.of());
  }

  /** Runs that gave the metric a value at all: finite and NaN. */
  public long runs() {
    return n + nan;
  }

  /** E.g. "n = 38 of 40; 2 NaN (2 never rose to the threshold)", or "n = 40" when none is NaN. */
  public String counts() {
    if (nan == 0) {
      return "n = " + n;
    }
    return "n = " + n + " of " + runs() + "; " + nan + " NaN (" + reasons() + ")";
  }

  /** E.g. "2 never rose to the threshold, 1 not a finite number"; empty when none is NaN. */
  public String reasons() {
    return nanReasons.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
  }

  /** Welford's one-pass accumulator (Knuth, TAOCP vol. 2, 4.2.2), so summaries need no stored values. */
  public static final class Accumulator {
    private final String metric;
    private final Map<String, Long> nanReasons = new TreeMap<>();
    private long n;
    private long nan;
    private double mean;
    private double m2;
    private double min = Double.NaN;
    private double max = Double.NaN;

    public Accumulator(String metric) {
      this.metric = metric;
    }

    /** A value without a reason: a non-finite one counts as {@link MetricValue#NOT_FINITE}. */
    public void add(double x) {
      add(MetricValue.of(x));
    }

    public void add(MetricValue value) {
      double x = value.value();
      if (!Double.isFinite(x)) {
        nan++;
        nanReasons.merge(value.nanReason(), 1L, Long::sum);
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
      return new MetricSummary(metric, n, n == 0 ? Double.NaN : mean, n < 2 ? Double.NaN : Math.sqrt(m2 / (n - 1)), min, max,
          nan, nanReasons);
    }
  }
}
